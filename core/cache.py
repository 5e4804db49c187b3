"""Caching, in one place. Six ideas, all in Django's one shared cache (Redis, or the database
table `komm_cache` when REDIS_URL is empty), so that every process and server sees the same:

1. The content version: one number. Any change a visitor could see (a page published,
   unpublished, moved or deleted, an image saved or deleted, a privacy setting, a site) moves it
   on once the change is committed (`connect`). Everything below is stored under the version it
   was built with, so a change retires all of it on the next request, everywhere: publishing is
   rare and a rebuild cheap, so this is simpler and safer than tracking which listing shows which
   page. A new counter starts from the clock, so a version never repeats one that was emptied.
2. The page cache (`PageCacheMiddleware`): whole responses to anonymous GET requests, answered
   before sessions or views run: a hit makes no query (but the cache table's, without Redis).
3. What is never stored (`storable`): anything for a signed-in person or with a cookie, anything
   but a plain 200, and whatever its view marked private or no-cache (a form sent back with the
   visitor's entries, thank-you and cancellation pages). No template shows a join link or an
   address, and the public forms carry no per-visitor token (core.origin), so their pages are
   the same for everyone.
4. Fragments: Wagtail's `{% wagtailcache fragments.seconds "name" fragments.key ... %}` for
   parts that cost queries (menu, footer, page bodies, listings), for everyone, page cache or
   not. `fragments.key` holds the version, host and language; `fragments.minute` is the lifetime
   of what changes with the clock (an event ending, a deadline passing). Index pages build their
   lists on first use (a SimpleLazyObject), so a hit does not query them.
5. Live numbers: a page showing numbers that change without a publish (an event's places left,
   the interpretation arranged) calls `shows_live_numbers`; it is stored with the live-numbers
   stamp read as the request began, and `numbers_changed` moves that stamp on once committed,
   retiring every such page. One stamp for all: a hit reads it with the version and the page
   in one round trip, and registrations are far rarer than visits.
6. A CDN in front (`purge`): only pages, feeds (those the apps register, core.subscribe) and the
   sitemap, without a query string or live numbers, are sent with `s-maxage`; every change that
   moves the version also queues, once committed, a purge of all of them in every language
   through `wagtail.contrib.frontend_cache` (a page's title shows in listings, an
   organisation's page, the menu), with the old address of a page moved, unpublished or
   deleted. Purges queued in a burst send each address once.

When the shared cache cannot be reached nothing is cached. A publish during such an outage
cannot move the version, so pages stored before it may come back for the rest of their lifetime
(KOMM_PAGE_CACHE_SECONDS).
"""

import contextlib
import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db.transaction import on_commit
from django.utils import translation
from django.utils.cache import get_max_age, patch_cache_control
from django.utils.functional import SimpleLazyObject

from .subscribe import feeds

VERSION_KEY = "pagecache:version"
LIVE_KEY = "pagecache:live"
PURGED_KEY = "pagecache:purged"
HIT_HEADER = "X-Cache"
NEVER_STORE = ("private", "no-cache", "no-store")


def content_version(request):
    """The version, read once per request (the page cache middleware leaves the one it fetched
    on the request); None when the shared cache cannot be reached."""
    if not hasattr(request, "komm_content_version"):
        version = cache.get(VERSION_KEY)
        if version is None:
            cache.add(VERSION_KEY, time.time_ns(), timeout=None)
            version = cache.get(VERSION_KEY)
        request.komm_content_version = version
    return request.komm_content_version


def next_version():
    # ValueError: no version yet (an emptied cache); the next request starts one. Django's
    # database cache writes an incremented value back with the default lifetime: touch it.
    with contextlib.suppress(ValueError):
        cache.incr(VERSION_KEY)
        cache.touch(VERSION_KEY, None)


def changed(old_urls=()):
    next_version()
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        from .tasks import purge_cdn

        purge_cdn.enqueue(*old_urls)


def invalidate(old_urls=(), **kwargs):
    """Signal receiver. The version moves when the change is committed: a request that reads
    the new version then also reads the new rows, and one that read the old version stored
    what it built under that, which is now retired."""
    on_commit(lambda: changed(old_urls))


def invalidate_on_publish(sender, instance, **kwargs):
    """Search results are cached too, and Wagtail updates the search index in a background
    task that may run after the version has moved: the page is indexed here, in the publish's
    own transaction, so that a search made right after finds it."""
    from wagtail.search import index

    index.insert_or_update_object(instance)
    invalidate()


def invalidate_on_unpublish(sender, instance, **kwargs):
    invalidate(old_urls=[instance.get_full_url()])


def invalidate_on_move(sender, instance, url_path_before, url_path_after, **kwargs):
    """The page and every page below it had addresses under `url_path_before`."""
    old_urls = []
    for page in instance.get_descendants(inclusive=True).live():
        page.url_path = url_path_before + page.url_path.removeprefix(url_path_after)
        old_urls.append(page.get_full_url())
    invalidate(old_urls=old_urls)


def invalidate_on_delete(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        invalidate(old_urls=[instance.get_full_url()] if instance.live else ())


def invalidate_on_image_save(sender, instance, update_fields=None, **kwargs):
    """Wagtail fills in an image's file size and hash when the admin first needs them: a save
    that changes nothing a visitor sees."""
    if not update_fields or not set(update_fields) <= {"file_hash", "file_size"}:
        invalidate()


def connect():
    """Called once from CoreConfig.ready: every change that moves the version."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.images import get_image_model
    from wagtail.models import PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(invalidate_on_publish, dispatch_uid="komm.cache.publish")
    page_unpublished.connect(invalidate_on_unpublish, dispatch_uid="komm.cache.unpublish")
    post_page_move.connect(invalidate_on_move, dispatch_uid="komm.cache.move")
    post_delete.connect(invalidate_on_delete, dispatch_uid="komm.cache.delete")
    image = get_image_model()
    post_save.connect(invalidate_on_image_save, sender=image, dispatch_uid="komm.cache.image")
    post_delete.connect(invalidate, sender=image, dispatch_uid="komm.cache.image.delete")
    for model in (PageViewRestriction, Site):
        for signal in (post_save, post_delete):
            signal.connect(invalidate, sender=model, dispatch_uid=f"komm.cache.{model}.{signal}")


def fragments(request):
    """Context processor for `{% wagtailcache %}` (idea 4), read only by templates that use it.
    Nothing is kept when there is no version to file it under."""

    def settings_for_request():
        seconds = settings.KOMM_FRAGMENT_CACHE_SECONDS
        version = content_version(request) if seconds > 0 else None
        if version is None:
            seconds = 0
        key = f"{version}:{request.get_host()}:{translation.get_language()}"
        return {"seconds": seconds, "minute": min(seconds, 60), "key": key}

    return {"fragments": SimpleLazyObject(settings_for_request)}


def shows_live_numbers(request):
    """Called by a view that shows live numbers (idea 5): its page is kept only while the stamp
    the middleware read before the view ran is current."""
    request.komm_live_numbers = True


def numbers_changed():
    """Live numbers have changed: once committed, the pages showing them are misses."""
    on_commit(lambda: cache.set(LIVE_KEY, time.time_ns(), None))


def cacheable(request):
    return (
        settings.KOMM_PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def storable(request, response):
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


def page_key(request):
    digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"page:{request.method == 'HEAD'}:{request.get_host()}:{digest}"


class PageCacheMiddleware:
    """Sits before the session and authentication middleware (see settings.MIDDLEWARE). One
    round trip fetches the version, the live-numbers stamp and the page; a page stored under
    another version, or with live numbers whose stamp has moved since, is a miss."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(settings.KOMM_PAGE_CACHE_EXCLUDED_PREFIXES):
            return self.get_response(request)
        key = version = live = None
        if cacheable(request):
            key = page_key(request)
            found = cache.get_many([VERSION_KEY, LIVE_KEY, key])
            if VERSION_KEY in found:
                request.komm_content_version = found[VERSION_KEY]
            version = content_version(request)
            live = found.get(LIVE_KEY)
            stored_version, stored, stored_live = found.get(key, (None, None, None))
            if (
                stored is not None
                and stored_version == version
                and (stored_live is None or stored_live == (live,))
            ):
                stored[HIT_HEADER] = "HIT"
                return stored
        response = self.get_response(request)
        if version is not None and storable(request, response):
            # (stamp,) for a page with live numbers, None for one without.
            live_numbers = (live,) if getattr(request, "komm_live_numbers", False) else None
            patch_cache_control(
                response,
                public=True,
                max_age=settings.KOMM_BROWSER_CACHE_SECONDS,
                s_maxage=cdn_seconds(request, live_numbers),
            )
            response[HIT_HEADER] = "MISS"
            cache.set(key, (version, response, live_numbers), settings.KOMM_PAGE_CACHE_SECONDS)
        elif "Cache-Control" not in response:
            # Forms, signed-in views and anything personal: no shared cache may keep it.
            patch_cache_control(response, private=True, no_cache=True)
        return response


def kept_by_cdn():
    """The views whose responses a CDN may keep (idea 6), by URL name: only what `purge`
    reaches."""
    return {"wagtail_serve", "sitemap", *(feed.url_name for feed in feeds())}


def cdn_seconds(request, live_numbers):
    """How long a CDN may keep the response: 0 for what `purge` would not reach."""
    match = request.resolver_match
    if request.GET or live_numbers or not match or match.url_name not in kept_by_cdn():
        return 0
    return settings.KOMM_PAGE_CACHE_SECONDS


def purge(old_urls=()):
    """Idea 6, run by the task core.tasks.purge_cdn: the old addresses it was given, and every
    address a CDN may keep as the site now stands, unless a purge has already been made since
    the version last moved (a burst of changes queues one purge each)."""
    from django.urls import reverse
    from wagtail.contrib.frontend_cache.utils import PurgeBatch
    from wagtail.models import Page, Site

    batch = PurgeBatch(url for url in old_urls if url)
    version = cache.get(VERSION_KEY)
    if version is None or cache.get(PURGED_KEY) != version:
        batch.add_pages(Page.objects.live().filter(depth__gt=1))
        for site in Site.objects.all():
            batch.add_url(site.root_url + reverse("sitemap"))
            for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
                with translation.override(code):
                    batch.add_urls(site.root_url + reverse(feed.url_name) for feed in feeds())
        cache.set(PURGED_KEY, version, None)
    batch.purge()
