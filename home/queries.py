"""Listing queries whose number does not grow with the content: the cost of a page should not
depend on how many events, stories or calls the coalition has published."""

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.models import Locale, Page

CARD_IMAGE_FILTER = "fill-480x270"


def live_translations(translation_keys):
    """Live public pages in any language with one of these translation keys, with their
    locales: a page and its translations, for the language switcher and hreflang links."""
    return (
        Page.objects.filter(translation_key__in=translation_keys, live=True)
        .public()
        .select_related("locale")
    )


def versions_by_language(model, translation_key):
    """The live versions of one page, by language code (one query)."""
    pages = model.objects.live().filter(translation_key=translation_key).select_related("locale")
    return {page.locale.language_code: page for page in pages}


def in_language(versions, language):
    """From `versions_by_language`: the version in `language`, else the default language's
    (the source), else any."""
    default = Locale.get_default().language_code
    return versions.get(language) or versions.get(default) or next(iter(versions.values()), None)


def prefetch_card_renditions(pages):
    """Fetch the card renditions of all listed pages in one query, whichever lists they are in.

    Each page model names its card picture in `card_image_field` and the listing fetches that
    image with the page (`select_related`); Wagtail then finds the rendition among the
    prefetched ones (as with `prefetch_renditions()`) instead of asking once per card.
    """
    from .models import CustomRendition

    images = []
    for page in pages:
        name = getattr(page, "card_image_field", None)
        if name and page._meta.get_field(name).is_cached(page) and getattr(page, name):
            images.append(getattr(page, name))
    renditions = CustomRendition.objects.filter(filter_spec=CARD_IMAGE_FILTER)
    prefetch_related_objects(images, Prefetch("renditions", queryset=renditions))
