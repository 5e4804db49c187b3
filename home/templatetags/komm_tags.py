from django import template
from django.conf import settings
from wagtail.models import Site

from home.i18n import language_versions

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context):
    """Language versions of the current page, and the one search engines should default to."""
    request = context.get("request")
    if request is None:
        return {"versions": [], "translated": [], "x_default": None, "canonical": None}
    versions = language_versions(request, context.get("page"))
    translated = [version for version in versions if version["translated"]]
    default = next((v for v in translated if v["code"] == settings.LANGUAGE_CODE), None)
    if default is None and translated:
        default = next((v for v in translated if v["current"]), translated[0])
    page = context.get("page")
    canonical = request.build_absolute_uri(page.get_url(request)) if page is not None else None
    return {
        "versions": versions,
        "translated": translated,
        "x_default": default,
        "canonical": canonical,
    }


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page of the visitor's language: it carries the menu and the footer."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    return site.root_page.localized.specific


@register.simple_tag(takes_context=True)
def menu_pages(context, home):
    if home is None:
        return []
    return home.get_children().live().public().in_menu()
