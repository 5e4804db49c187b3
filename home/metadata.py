"""What search engines and link previews learn about a page: description, social image, the
coalition as an organisation, and JSON-LD that cannot break out of its script element."""

import html
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from wagtail.models import Site

DESCRIPTION_LENGTH = 160
SOCIAL_IMAGE_FILTER = "fill-1200x630"
# Open Graph wants a territory; these are the countries whose readers each language serves.
OG_LOCALES = {"pl": "pl_PL", "uk": "uk_UA", "en": "en_GB"}
# Plain-text fields first: an editor's search description is written for exactly this.
PLAIN_DESCRIPTION_FIELDS = ("search_description", "summary")
RICH_DESCRIPTION_FIELDS = ("intro",)
IMAGE_FIELDS = ("header_image", "image")
# Escaping "<", ">" and "&" keeps "</script>" and "<!--" in a title inside the JSON block.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def plain_text(rich_text):
    """Rich text as one line: a space where each tag was, so paragraphs do not run together."""
    text = html.unescape(strip_tags(str(rich_text).replace("<", " <")))
    return " ".join(text.split())


def page_description(page):
    for name in PLAIN_DESCRIPTION_FIELDS:
        text = " ".join(str(getattr(page, name, "") or "").split())
        if text:
            return Truncator(text).chars(DESCRIPTION_LENGTH)
    for name in RICH_DESCRIPTION_FIELDS:
        text = plain_text(getattr(page, name, "") or "")
        if text:
            return Truncator(text).chars(DESCRIPTION_LENGTH)
    return ""


def og_locale(language_code):
    return OG_LOCALES.get(language_code, translation.to_locale(language_code))


def social_image(request, page):
    """The page's picture as a large rendition, or None.

    Only a live page lends its picture: a draft story in review may carry a photo from the
    "Member submissions" collection that nobody has approved for publication yet.
    """
    if not page.live:
        return None
    image = next(
        (getattr(page, name) for name in IMAGE_FIELDS if getattr(page, name, None) is not None),
        None,
    )
    if image is None:
        return None
    rendition = image.get_rendition(SOCIAL_IMAGE_FILTER)
    return {
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": rendition.alt,
    }


def coalition(request, locale):
    """KOMM as schema.org's Organization, named and linked in the language of the page."""
    site = Site.find_for_request(request)
    home = site.root_page.get_translation_or_none(locale) if site else None
    home = home or (site.root_page if site else None)
    url = request.build_absolute_uri(home.get_url(request) if home else "/")
    with translation.override(locale.language_code):
        name = str(translation.gettext("Coalition of Minority and Migrant Organisations"))
    return {"@type": "Organization", "name": name, "alternateName": "KOMM", "url": url}


def json_ld(data):
    """A JSON-LD script element; the JSON is escaped so that no text can close the element."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(
        '<script type="application/ld+json">' + payload.translate(JSON_SCRIPT_ESCAPES) + "</script>"
    )
