"""Template tags of the shared layout: language versions, metadata, menu and footer."""

from django import template
from django.conf import settings
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.translation import get_language, gettext
from wagtail.models import Page, Site

from core import subscribe
from home.i18n import language_versions
from home.metadata import json_ld, og_locale, page_description, social_image
from home.models import HomePage, Partner

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
    home = HomePage.objects.filter(
        translation_key=site.root_page.translation_key, locale__language_code=get_language()
    ).first()
    return home or site.root_page.specific


@register.simple_tag
def footer_partners(home):
    """Partners and funders with their logos, in one query."""
    if not isinstance(home, HomePage):
        return []
    partners = Partner.objects.select_related("logo")
    prefetch_related_objects([home], Prefetch("partners", queryset=partners))
    return home.partners.all()


@register.simple_tag
def subscribe_links():
    """The footer's "Subscribe" list: the feeds and pages the apps registered (core.subscribe)."""
    return subscribe.links()


@register.simple_tag
def feeds():
    """The apps' feeds, which every page announces in its head (core.subscribe)."""
    return subscribe.feeds()


@register.simple_tag
def menu_current(page):
    """The current page's id if the menu lists it (a child of a home page, which are children
    of Wagtail's root), else None: the menu fragment then varies only on the pages it marks."""
    return page.pk if isinstance(page, Page) and page.depth == 3 else None


@register.simple_tag(takes_context=True)
def menu_pages(context, home):
    if not isinstance(home, HomePage):
        return []
    return [page for page in home.public_children if page.show_in_menus]


@register.inclusion_tag("home/includes/page_meta.html", takes_context=True)
def page_meta(context, languages):
    """Description, Open Graph and Twitter card of the current page, from `page_languages`."""
    request, page = context.get("request"), context.get("page")
    if request is None or page is None:
        return {"meta": None}
    language = page.locale.language_code
    image = social_image(request, page)
    return {
        "meta": {
            "title": page.seo_title or page.title,
            "description": page_description(page)
            or gettext("Coalition of Minority and Migrant Organisations"),
            "type": getattr(page, "og_type", "website"),
            "url": languages["canonical"],
            "locale": og_locale(language),
            "alternate_locales": [
                og_locale(version["code"])
                for version in languages["translated"]
                if version["code"] != language
            ],
            "site_name": settings.WAGTAIL_SITE_NAME,
            "image": image,
            "twitter_card": "summary_large_image" if image else "summary",
        }
    }


@register.simple_tag(takes_context=True)
def structured_data(context, page):
    """The page's schema.org description as JSON-LD, for pages that offer one."""
    request = context.get("request")
    if request is None or not hasattr(page, "structured_data"):
        return ""
    return json_ld(page.structured_data(request))
