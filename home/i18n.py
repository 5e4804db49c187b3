"""The language switcher and hreflang: one entry per content language, never a dead link."""

from django.conf import settings
from django.utils.translation import get_language, get_language_info
from wagtail.models import Site

from .queries import live_translations


def language_versions(request, page=None):
    """One entry per content language: the live translation of `page`, or else that language's
    home page, so that the switcher never leads to a 404 and hreflang names only real pages."""
    translations = {}
    if page is not None:
        for translation in live_translations([page.translation_key]):
            translations[translation.locale.language_code] = translation
            if translation.pk == page.pk:
                # The page's own row came back too: its locale, read next by the templates,
                # needs no query of its own.
                page.locale = translation.locale
    homes = None
    active = get_language()
    versions = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        target = translations.get(code)
        translated = target is not None
        if not translated:
            if homes is None:
                homes = _live_homes(request)
            target = homes.get(code)
        url = target.get_url(request) if target is not None else f"/{code}/"
        versions.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "full_url": request.build_absolute_uri(url),
                "translated": translated,
                "current": code == active,
            }
        )
    return versions


def _live_homes(request):
    site = Site.find_for_request(request)
    if site is None:
        return {}
    return {
        home.locale.language_code: home
        for home in site.root_page.get_translations(inclusive=True).live().select_related("locale")
    }
