from django import template
from django.conf import settings
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.translation import gettext
from wagtail.models import Page, Site

from home.cache import fragment_key, get_or_build_versioned
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
    """The home page of the visitor's language: it carries the menu and the footer. Wagtail's
    router leaves it on the request for the pages it serves; other views look it up."""
    request = context.get("request")
    if request is None:
        return None
    home = getattr(request, "komm_home", None)
    if home is None:
        site = Site.find_for_request(request)
        if site is None:
            return None
        home = site.root_page.localized.specific
    return home


@register.simple_tag
def footer_partners(home):
    """Partners and funders with their logos, in one query."""
    if not isinstance(home, HomePage):
        return []
    partners = Partner.objects.select_related("logo")
    prefetch_related_objects([home], Prefetch("partners", queryset=partners))
    return home.partners.all()


@register.simple_tag
def menu_current(home, page):
    """The current page's id if the menu lists it (a child of the home page), else None: the
    menu fragment then varies only on the few pages it marks as current."""
    if not isinstance(page, Page) or not isinstance(home, HomePage):
        return None
    is_child = page.depth == home.depth + 1 and page.path.startswith(home.path)
    return page.pk if is_child else None


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


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on, timeout):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on
        self.timeout = timeout

    def render(self, context):
        request = context.get("request")
        seconds = settings.KOMM_FRAGMENT_CACHE_SECONDS
        if self.timeout is not None:
            seconds = min(seconds, int(self.timeout.resolve(context)))
        if seconds <= 0 or request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        vary_on = [str(value.resolve(context)) for value in self.vary_on]
        key = fragment_key(request, self.name, vary_on)
        if key is None:
            return self.nodelist.render(context)
        return get_or_build_versioned(key, lambda: self.nodelist.render(context), seconds)


@register.tag
def fragment(parser, token):
    """`{% fragment "name" value ... [timeout=seconds] %}…{% endfragment %}`: public content
    rendered once per language, content version and the values given, then served from the
    cache for up to KOMM_FRAGMENT_CACHE_SECONDS (or the shorter `timeout`, for content that
    changes with the time of day). Any publish retires every fragment (home.cache); previews
    are never cached. Only for what every visitor sees alike: never forms or personal data."""
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("{% fragment %} needs a name.")
    timeout = None
    if bits[-1].startswith("timeout="):
        timeout = parser.compile_filter(bits.pop().removeprefix("timeout="))
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    name = template.Variable(bits[0]).resolve({})
    return FragmentNode(nodelist, name, [parser.compile_filter(bit) for bit in bits[1:]], timeout)
