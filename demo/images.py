"""Demo pictures drawn in code: these machines are offline and the repository stays small."""

import io
import random

from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image, ImageDraw, ImageFont

from home.models import CustomImage

PALETTES = [
    ("#0b4f8a", "#ffd23f"),
    ("#1d6b35", "#f4f1de"),
    ("#8a1c4a", "#ffe8d6"),
    ("#3d348b", "#f7b801"),
    ("#005f73", "#e9d8a6"),
    ("#6a040f", "#ffba08"),
]


def _draw(seed, size, label=None):
    rng = random.Random(seed)
    dark, light = rng.choice(PALETTES)
    picture = Image.new("RGB", size, dark)
    draw = ImageDraw.Draw(picture)
    width, height = size
    for _ in range(14):
        radius = rng.randint(height // 10, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=light, width=6)
    if label:
        font = ImageFont.load_default(size=max(18, height // 4))
        draw.text((width // 2, height // 2), label, fill=light, font=font, anchor="mm")
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG" if label is None else "PNG", quality=85)
    return buffer


def demo_image(title, description, credit="", size=(1200, 630), label=None):
    """Return the image with this title, drawing it on the first run only."""
    existing = CustomImage.objects.filter(title=title).first()
    if existing is not None:
        return existing
    extension = "jpg" if label is None else "png"
    buffer = _draw(title, size, label)
    image = CustomImage(title=title, description=description, credit=credit)
    image.file = ImageFile(buffer, name=f"demo-{slugify(title)[:50]}.{extension}")
    image.save()
    return image
