"""A page cache for anonymous visitors, and template fragments for everyone, that can never
serve stale or personal content.

Every cached response and fragment is stored with a site-wide content version. Publishing,
unpublishing, moving or deleting any page (in any language), changing an image, a page's privacy
or a site moves the version on, so every language's pages, listings, feeds and the sitemap are
rebuilt on their next request, on every application server that shares the cache. Publishing is
rare and a rebuild is cheap, so this is simpler and safer than tracking which listing shows
which page. Time-driven changes (an event ending, a deadline passing) are bounded by the cache
lifetime; fragments that depend on them vary on the state itself (past or not, open or closed)
or live a minute at most.

A page may also depend on a counter that changes without any publish (an event's places left):
its view names that dependency (`depend_on`), the page is stored with the dependency's stamp,
and `changed` (called when the counter moves) makes every page stored with an older stamp a miss.
A CDN, which knows nothing of the stamp, is told not to keep such a page.

What is never stored: requests that carry a session cookie (signed-in editors, translators),
anything but a plain 200 to GET, responses that set a cookie, that used the CSRF token, that
vary on Cookie, or that say private / no-cache / no-store (thank-you, cancellation and other
personal pages, a form sent back with the visitor's entries). The public forms carry no token
(home.origin), so their empty pages are stored like any other. Hits are answered before the
session, authentication or any view runs, so they touch no database.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.utils import translation
from django.utils.cache import get_max_age, patch_cache_control

logger = logging.getLogger("komm.cache")

VERSION_KEY = "pagecache:version"
HIT_HEADER = "X-Cache"
NEVER_STORE = ("private", "no-cache", "no-store")
FEEDS = ("stories_rss", "stories_atom", "grants_rss", "grants_atom", "calendar_feed")
_missed_bump = False


def content_version(request=None):
    """The site-wide content version; read once per request (the page cache middleware
    leaves the one it fetched on the request). None when the shared cache cannot be reached:
    then nothing is cached at all, as no server could learn of a publish, and the request
    does not ask again.

    A new version counter starts from the clock, not from 1: after the shared cache is
    emptied (Redis restarted), no version can repeat one that a server still holds copies of.
    """
    if hasattr(request, "komm_content_version"):
        return request.komm_content_version
    if _missed_bump:
        next_version()
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, first_version(), timeout=None)
        version = cache.get(VERSION_KEY)
    if request is not None:
        request.komm_content_version = version
    return version


def get_versioned(key):
    """A value stored under a key that holds the content version (a fragment, a route, filter
    choices). Such an entry never changes, only expires, so each server keeps a copy in its
    own memory and asks the shared cache only for what it has not seen yet. Entries carry
    their expiry and live under keys of their own, apart from plain values that an earlier
    release may have left under the same names."""
    local = caches["local"]
    key = f"entry:{key}"
    entry = local.get(key)
    if entry is None:
        entry = cache.get(key)
        if entry is None:
            return None
        expires, seconds, _value = entry
        # The expiry is the writer's clock; another server's may differ a little, so a copy
        # never lives longer than the entry's own lifetime either.
        remaining = min(expires - time.time(), seconds)
        if remaining <= 0:
            return None
        local.set(key, entry, remaining)
    return entry[2]


def set_versioned(key, value, seconds):
    """Store for every server; the copies expire when the shared entry does."""
    key = f"entry:{key}"
    entry = (time.time() + seconds, seconds, value)
    cache.set(key, entry, seconds)
    caches["local"].set(key, entry, seconds)


def get_or_build_versioned(key, build, seconds):
    value = get_versioned(key)
    if value is None:
        value = build()
        set_versioned(key, value, seconds)
    return value


def versioned_key(kind, parts, request=None):
    """A key for what is cached under the content version (a fragment, a route, filter
    choices): its kind, the version (so a publish anywhere retires it, as it does every cached
    page) and a digest of what it depends on. None when there is no content version."""
    version = content_version(request)
    if version is None:
        return None
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
    return f"{kind}:{version}:{digest}"


def fragment_key(request, name, vary_on):
    """A template fragment's key: its name, the active language, the host (absolute links
    name it) and the values it varies on."""
    parts = [name, translation.get_language(), request.get_host(), *vary_on]
    return versioned_key("fragment", parts, request)


def first_version():
    return time.time_ns() // 1000


def next_version():
    """Move the version on. When the shared cache cannot be reached (its errors are ignored,
    so incr answers None), this process tries again before it next reads the version: what
    was cached before a publish made during the outage must not come back with Redis."""
    global _missed_bump
    try:
        _missed_bump = cache.incr(VERSION_KEY) is None
    except ValueError:
        cache.set(VERSION_KEY, first_version(), timeout=None)
        _missed_bump = False
    if _missed_bump:
        logger.warning("The content version could not be moved on; retrying on next request.")


def invalidate(**kwargs):
    """Signal receiver: a change anywhere makes every cached page obsolete. Once now, and once
    more when the change is committed: a request served in between still read the old rows,
    and what it cached under the new version must not outlive the commit."""
    next_version()
    transaction.on_commit(next_version)


def invalidate_on_publish(sender, instance, **kwargs):
    """Search results are cached like pages, but Wagtail updates the search index in a
    background task, which in production runs after the publish has retired the caches: a
    search made in between would keep the old results. The published page is indexed here,
    in the publish's own transaction, before the caches are retired."""
    from wagtail.search import index

    index.insert_or_update_object(instance)
    invalidate()


def invalidate_on_delete(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        invalidate()


def dependency_key(name):
    return f"pagecache:depends:{name}"


def depend_on(request, name):
    """Called by a view before it reads what `name` stands for: the page it builds is valid
    until `changed(name)`. Reading the stamp first means a change made while the page is being
    built retires it too. Nothing to do where the page cache would not store the page."""
    if cacheable_request(request):
        request.komm_dependency = (name, cache.get(dependency_key(name)))


def changed(name):
    """What `name` stands for has changed: once the change is committed, pages built on it
    are no longer served from the cache."""
    transaction.on_commit(lambda: cache.set(dependency_key(name), time.time_ns(), None))


def cacheable_request(request):
    return (
        settings.KOMM_PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def storable_response(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not request.META.get("CSRF_COOKIE_USED")
        and "cookie" not in response.get("Vary", "").lower()
        and not any(word in cache_control for word in NEVER_STORE)
        and get_max_age(response) != 0
        and not (getattr(request, "user", None) and request.user.is_authenticated)
    )


def cache_key(request):
    digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"page:{request.method == 'HEAD'}:{request.get_host()}:{digest}"


class PageCacheMiddleware:
    """Sits before the session and authentication middleware (see settings.MIDDLEWARE).

    A page is stored with the content version it was built under; one round trip to the cache
    fetches both, and a page from an older version counts as a miss.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(settings.KOMM_PAGE_CACHE_EXCLUDED_PREFIXES):
            return self.get_response(request)
        key = version = None
        if cacheable_request(request):
            key = cache_key(request)
            found = cache.get_many([VERSION_KEY, key])
            version = found.get(VERSION_KEY) or content_version(request)
            if version is None:
                key = None
            else:
                request.komm_content_version = version
                stored_version, cached, dependency = found.get(key, (None, None, None))
                if (
                    cached is not None
                    and stored_version == version
                    and (dependency is None or still_valid(dependency))
                ):
                    cached[HIT_HEADER] = "HIT"
                    return cached
        response = self.get_response(request)
        if key and storable_response(request, response):
            # Shared caches (a CDN) may keep the page as long as this one does; browsers
            # revalidate sooner so that a visitor sees a published change quickly. A filtered
            # or paginated variant (a query string) is not among the URLs purged on publish,
            # and a page with a dependency changes without one: a CDN must not keep them.
            dependency = getattr(request, "komm_dependency", None)
            patch_cache_control(
                response,
                public=True,
                max_age=settings.KOMM_BROWSER_CACHE_SECONDS,
                s_maxage=0 if request.GET or dependency else settings.KOMM_PAGE_CACHE_SECONDS,
            )
            response[HIT_HEADER] = "MISS"
            entry = (version, response, dependency)
            cache.set(key, entry, settings.KOMM_PAGE_CACHE_SECONDS)
        elif "Cache-Control" not in response:
            # Forms, signed-in views and anything personal: no shared cache may keep it.
            patch_cache_control(response, private=True, no_cache=True)
        return response


def still_valid(dependency):
    name, stamp = dependency
    return cache.get(dependency_key(name)) == stamp


def listing_urls():
    """The pages that list other pages, in every language: purged from a CDN with the page."""
    from django.urls import reverse
    from django.utils import translation
    from wagtail.models import Page, Site

    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return []
    homes = site.root_page.get_translations(inclusive=True)
    listings = Page.objects.filter(depth=site.root_page.depth + 1).live()
    urls = [page.full_url for page in [*homes, *listings.specific()] if page.full_url]
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        with translation.override(code):
            urls += [site.root_url + reverse(name) for name in FEEDS]
    urls.append(site.root_url + reverse("sitemap"))
    return urls


def purge_listings(**kwargs):
    """Wagtail's front-end cache app purges the published page itself; the listings that show
    it, in every language, must go too."""
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    purge_urls_from_cache(listing_urls())
