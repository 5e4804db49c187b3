"""A CDN in front (core/cache.py, idea 6): whatever the site lets a shared cache keep is purged,
through a real HTTP purge endpoint, by every change a visitor could see."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from core.cache import VERSION_KEY
from core.tasks import purge_cdn
from news.models import NewsIndexPage
from tests.caching.conftest import CACHE_TABLE
from tests.directory.factories import OrganisationPageFactory
from tests.events.factories import EventPageFactory
from tests.factories import ImageFactory, index_page
from tests.home.factories import StandardPageFactory
from tests.news.factories import StoryPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]


@pytest.fixture
def cdn(settings):
    """An HTTP purge endpoint, as Varnish or a CDN's would be, that records what it is asked
    to purge; `cdn()` gives the paths purged since the last call."""
    purged = []

    class Endpoint(BaseHTTPRequestHandler):
        def do_PURGE(self):
            purged.append(urlsplit(self.path).path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.KOMM_PAGE_CACHE_SECONDS = 300
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }

    def since_last_call():
        paths = list(purged)
        purged.clear()
        return paths

    yield since_last_call
    server.shutdown()
    server.server_close()


def kept_by_a_cdn(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    cache_control = dict(
        part.strip().partition("=")[::2] for part in response["Cache-Control"].split(",")
    )
    return "public" in cache_control and int(cache_control.get("s-maxage", 0) or 0) > 0


def test_every_address_a_cdn_may_keep_is_purged_when_any_page_is_published(client, cdn):
    organisation = OrganisationPageFactory(title="Fundacja Widoczna w CDN")
    story = StoryPageFactory(title="Historia przed zmianą", organisation_page=organisation)
    event = EventPageFactory(title="Spotkanie w CDN", registration_enabled=False)
    sitemap = client.get("/sitemap.xml").content.decode()
    urls = [urlsplit(loc).path for loc in sitemap.split("<loc>")[1:]]
    urls = [url.split("</loc>")[0] for url in urls]
    urls += [
        f"/{code}/{name}"
        for code in ("pl", "uk", "en")
        for name in (
            "feeds/stories.rss",
            "feeds/grants.atom",
            "feeds/partners.rss",
            "calendar.ics",
            "search/",
            "subscribe/",
        )
    ]
    urls += [
        f"/pl/calendar/{event.translation_key}.ics",
        "/api/v2/pages/",
        f"/api/v2/pages/{story.pk}/",
        "/robots.txt",
        "/sitemap.xml",
    ]
    held = {url for url in urls if kept_by_a_cdn(client, url)}
    assert organisation.url in held and story.url in held, "pages are kept by a CDN"
    cdn()

    # A story's new title shows on its organisation's page, the listings and the menu of none.
    story.title = "Historia po zmianie"
    story.save_revision().publish()

    assert held - set(cdn()) == set()


def test_making_a_section_private_purges_it_and_every_page_below_it(cdn):
    index = index_page(NewsIndexPage)
    story = StoryPageFactory()
    cdn()
    PageViewRestriction.objects.create(page=index, restriction_type="password", password="x")
    purged = cdn()
    assert index.url in purged and story.url in purged


def test_an_image_deleted_in_the_admin_is_purged_from_the_pages_that_showed_it(cdn):
    story = StoryPageFactory(image=ImageFactory())
    cdn()
    editor = Client()
    editor.force_login(get_user_model().objects.get(username="editor"))
    assert editor.post(reverse("wagtailimages:delete", args=[story.image.pk])).status_code == 302
    purged = cdn()
    assert story.url in purged and story.get_parent().url in purged


def test_a_moved_page_is_purged_at_its_old_address_with_the_pages_below_it(cdn):
    section = StandardPageFactory(title="Dział do przeniesienia", slug="dzial-stary")
    below = StandardPageFactory(title="Strona w dziale", slug="w-dziale", parent=section)
    old = [section.url, below.url]
    cdn()
    admin = Client()
    admin.force_login(get_user_model().objects.get(username="admin"))
    target = StandardPageFactory(title="Nowy dział nadrzędny")
    move = reverse("wagtailadmin_pages:move_confirm", args=[section.pk, target.pk])
    assert admin.post(move).status_code == 302
    section.refresh_from_db()
    assert section.url != old[0]
    assert set(old) <= set(cdn())


def test_a_deleted_page_is_purged(cdn):
    event = EventPageFactory(title="Spotkanie do usunięcia")
    url = event.url
    cdn()
    admin = Client()
    admin.force_login(get_user_model().objects.get(username="admin"))
    assert admin.post(reverse("wagtailadmin_pages:delete", args=[event.pk])).status_code == 302
    assert url in cdn()


def test_purges_queued_for_changes_already_purged_send_nothing_again(cdn):
    """A burst of changes (a section deleted, a bulk publish) queues a purge each; the first
    that runs purges everything as it then stands, and the rest find nothing new."""
    cache.get_or_set(VERSION_KEY, 1, None)
    purge_cdn.call()
    assert len(cdn()) > 20
    purge_cdn.call()
    assert cdn() == []
    cache.incr(VERSION_KEY)
    purge_cdn.call()
    assert len(cdn()) > 20


def test_an_address_is_purged_in_its_own_language_only(cdn):
    """Every language version is a page of its own, purged by its own address: no guessed
    twin of a Polish address under /uk/ or /en/."""
    story = StoryPageFactory(title="Tylko po polsku", slug="tylko-po-polsku")
    purged = cdn()
    assert {path for path in purged if path.endswith("/tylko-po-polsku/")} == {story.url}


def test_the_version_keeps_no_expiry_on_the_database_cache(settings, cdn):
    """Django's database cache writes an incremented value back with the default lifetime:
    the version would lapse five minutes after a change and retire every page again."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": CACHE_TABLE,
            # A default lifetime of a second instead of five minutes, so as not to wait them.
            "TIMEOUT": 1,
        }
    }
    cache.get_or_set(VERSION_KEY, 1, None)
    StoryPageFactory()
    changed = cache.get(VERSION_KEY)
    assert changed == 2, "the control: the change moved the version"
    # The database cache keeps expiry times to the second.
    time.sleep(2.1)
    assert cache.get(VERSION_KEY) == changed


def test_an_image_file_hash_filled_in_by_the_admin_keeps_the_version(cdn):
    image = get_image_model().objects.first()
    image.file_hash = ""
    image.save(update_fields=["file_hash"])
    before = cache.get(VERSION_KEY)
    image.get_file_hash()
    assert image.file_hash and cache.get(VERSION_KEY) == before
    assert cdn() == []
