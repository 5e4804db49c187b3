"""Wagtail's page view with its routing kept in the cache.

Finding the page for a URL takes Wagtail five queries (the site, the locale, the language's
home page, and HomePage.route's two), the same for every visitor. The result of a route to a
live public page is kept per content version, like a template fragment, so any publish, move,
unpublish, privacy or site change routes afresh. Private pages, drafts and 404s always take
Wagtail's own way, so its view restrictions and errors apply unchanged. A cached route holds
the page without its private fields (the join link).

The public forms are pages, sent to this view: it checks that a POST comes from the site
itself (home.origin) in place of Django's per-visitor token, so that their pages can be cached.
"""

import copy

from django.conf import settings
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from wagtail import views
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from .cache import get_versioned, set_versioned, versioned_key
from .origin import refuse_cross_site, same_origin


def route_key(request, path):
    parts = [translation.get_language(), request.get_host(), path]
    return versioned_key("route", parts, request)


@csrf_exempt
def serve(request, path):
    if request.method not in ("GET", "HEAD") and not same_origin(request):
        return refuse_cross_site(request)
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
            page = without_private_fields(route.page)
            entry = (site, request.komm_home, page, route.args, route.kwargs)
            set_versioned(key, entry, settings.KOMM_FRAGMENT_CACHE_SECONDS)
    return views.serve(request, path)


def without_private_fields(page):
    """The copy of a page that the cache keeps: the fields no visitor may see (`private_fields`,
    e.g. an event's join link) are left out, so that no cache holds them. Nothing served from a
    cached route reads them: e-mails and registration read the event from the database."""
    names = getattr(page, "private_fields", ())
    if not names:
        return page
    # A deep copy: the page's prefetched form fields point back to it, and must point to the
    # copy without the private fields.
    page = copy.deepcopy(page)
    for name in names:
        setattr(page, name, "")
    return page
