"""Files from the public (a story's photo, a signed membership declaration): checked by
content, bounded in size (and images in pixels before decoding), images re-encoded so that no
metadata (EXIF, GPS, the JPEG comment) survives, all under a name nobody can guess."""

import io
import secrets

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
ACCEPT = "image/jpeg,image/png,image/webp"
# Photos from the public, and every size Wagtail makes of them, have names that start with this:
# the media view looks them up (news.media) and serves every other file without a query.
PUBLIC_UPLOAD_PREFIX = "member-"


def clean_photo(upload):
    """Return the photo re-encoded as a ContentFile, or raise a ValidationError for the person."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("The photo is too large. Please send a file under %(size)d MB."),
            params={"size": MAX_BYTES // (1024 * 1024)},
            code="too_large",
        )
    try:
        with Image.open(upload) as picture:
            if picture.format not in FORMATS:
                raise ValidationError(
                    _("Please send a photo in JPEG, PNG or WebP format."), code="format"
                )
            width, height = picture.size
            if width * height > MAX_PIXELS:
                raise ValidationError(
                    _("The photo has too many pixels. Please send a smaller version."),
                    code="too_many_pixels",
                )
            picture.load()
            extension = FORMATS[picture.format]
            image_format = picture.format
            upright = ImageOps.exif_transpose(picture)
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        raise ValidationError(
            _("This file is not a photo we can read. Please send a JPEG, PNG or WebP photo."),
            code="unreadable",
        ) from error
    if image_format == "JPEG" and upright.mode not in ("RGB", "L"):
        upright = upright.convert("RGB")
    buffer = io.BytesIO()
    options = {"quality": 88} if image_format in ("JPEG", "WEBP") else {}
    # Pillow writes back what it read into `info` (the JPEG comment, EXIF, XMP): only the
    # colour profile is kept, which carries nothing about the person.
    if upright.info.get("icc_profile"):
        options["icc_profile"] = upright.info["icc_profile"]
    upright.info = {}
    upright.save(buffer, format=image_format, **options)
    # A name nobody can guess: until the moderators publish the story, the photo's address must
    # not be findable (where uploads are served without the site, e.g. from S3).
    name = f"{PUBLIC_UPLOAD_PREFIX}{secrets.token_urlsafe(18)}.{extension}"
    return ContentFile(buffer.getvalue(), name=name)


DOCUMENT_MAX_BYTES = 5 * 1024 * 1024
DOCUMENT_ACCEPT = "application/pdf,image/jpeg,image/png"


def clean_document(upload):
    """A signed document (PDF, or a JPEG or PNG scan), judged by its content, not its name;
    returned under a name nobody can guess. Scans are re-encoded like photos (no metadata)."""
    if upload.size > DOCUMENT_MAX_BYTES:
        raise ValidationError(
            _("The file is too large. Please send a file under %(size)d MB."),
            params={"size": DOCUMENT_MAX_BYTES // (1024 * 1024)},
            code="too_large",
        )
    upload.seek(0)
    head = upload.read(1024)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        content = upload.read()
        if b"%%EOF" not in content[-2048:]:
            raise ValidationError(
                _("This PDF file seems incomplete. Please save it again and send it."),
                code="unreadable",
            )
        return ContentFile(content, name=f"declaration-{secrets.token_urlsafe(18)}.pdf")
    try:
        with Image.open(upload) as picture:
            image_format = picture.format
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        image_format = None
    if image_format not in ("JPEG", "PNG"):
        raise ValidationError(
            _("Please send the declaration as a PDF, JPEG or PNG file."), code="format"
        )
    upload.seek(0)
    scan = clean_photo(upload)
    scan.name = f"declaration-{secrets.token_urlsafe(18)}.{FORMATS[image_format]}"
    return scan
