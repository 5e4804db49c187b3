"""Wagtail's page view with its routing kept in the cache.

Finding the page for a URL takes Wagtail five queries (the site, the locale, the language's
home page, and HomePage.route's two), the same for every visitor. The result of a route to a
live public page is kept per content version, like a template fragment, so any publish, move,
unpublish, privacy or site change routes afresh. Private pages, drafts and 404s always take
Wagtail's own way, so its view restrictions and errors apply unchanged.
"""

from django.conf import settings
from django.utils import translation
from wagtail import views
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from .cache import get_versioned, set_versioned, versioned_key


def route_key(request, path):
    parts = [translation.get_language(), request.get_host(), path]
    return versioned_key("route", parts, request)


def serve(request, path):
    key = route_key(request, path) if settings.KOMM_FRAGMENT_CACHE_SECONDS > 0 else None
    if key is None:
        return views.serve(request, path)
    found = get_versioned(key)
    if found is not None:
        site, home, page, args, kwargs = found
        request._wagtail_site = site
        request.komm_home = home
        request._wagtail_route_for_request = RouteResult(page, args, kwargs)
    else:
        route = Page.route_for_request(request, path)
        if route is not None and getattr(route.page, "known_public", False):
            site = Site.find_for_request(request)
            entry = (site, request.komm_home, route.page, route.args, route.kwargs)
            set_versioned(key, entry, settings.KOMM_FRAGMENT_CACHE_SECONDS)
    return views.serve(request, path)
