"""Template fragments (menu, footer, page bodies, home sections): rendered once, then reused by
every visitor until anything is published, and never where they would be wrong."""

import socket
import threading
from contextlib import contextmanager
from datetime import timedelta
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageViewRestriction

from core.cache import VERSION_KEY, content_version
from events.models import EventIndexPage, EventPage
from grants.models import GrantIndexPage
from komm_site.settings.base import TASK_BACKENDS
from news.models import NewsIndexPage
from tests.events.factories import EventPageFactory
from tests.factories import home_page, index_page, translate
from tests.forms import rsvp_entries
from tests.grants.factories import GrantPageFactory
from tests.i18n import gettext_in, ngettext_in
from tests.news.factories import StoryPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]


@pytest.fixture(autouse=True)
def fragments(settings):
    settings.KOMM_FRAGMENT_CACHE_SECONDS = 300


def get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode(), len(queries)


def test_a_second_visit_reuses_the_fragments_with_fewer_queries_and_the_same_html(client):
    event = EventPageFactory(title="Spotkanie z fragmentami", registration_enabled=False)
    first, cold = get(client, event.url)
    second, warm = get(client, event.url)
    assert second == first
    assert "Spotkanie z fragmentami" in second
    assert warm < cold


@pytest.mark.parametrize("language", ["pl", "uk", "en"])
def test_a_published_change_in_any_language_shows_in_every_fragment_at_once(
    client, language, event_versions
):
    page = event_versions[language]
    home = home_page(language)
    for url in (page.url, home.url):
        get(client, url)
    page.title = f"Nowy tytuł {language}"
    page.save_revision().publish()
    assert f"Nowy tytuł {language}" in get(client, page.url)[0]
    assert f"Nowy tytuł {language}" in get(client, home.url)[0]


def test_a_new_event_shows_in_the_cached_event_list_and_its_filters(client):
    events = index_page(EventIndexPage)
    get(client, events.url)
    get(client, f"{events.url}?mode=online")
    EventPageFactory(title="Nowe spotkanie online", mode="online", registration_enabled=False)
    assert "Nowe spotkanie online" in get(client, events.url)[0]
    assert "Nowe spotkanie online" in get(client, f"{events.url}?mode=online")[0]


def test_a_new_grant_call_shows_in_the_cached_grant_lists_and_their_count(client):
    grants = index_page(GrantIndexPage)
    before = get(client, grants.url)[0]
    get(client, f"{grants.url}?status=closed")
    assert get(client, grants.url)[0] == before
    GrantPageFactory(deadline=timezone.now() + timedelta(days=40), title="Nowy konkurs otwarty")
    GrantPageFactory(deadline=timezone.now() - timedelta(days=2), title="Nowy konkurs zamknięty")
    html = get(client, grants.url)[0]
    assert "Nowy konkurs otwarty" in html and "Nowy konkurs zamknięty" in html
    assert html != before
    closed = get(client, f"{grants.url}?status=closed")[0]
    assert "Nowy konkurs zamknięty" in closed and "Nowy konkurs otwarty" not in closed


def searched(client, url):
    """The page, and whether its request read the search index."""
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url).content.decode()
    return html, any("wagtailsearch_indexentry" in query["sql"] for query in queries)


def found(count, query="ksylofonowe"):
    """The count of results a Polish search page shows."""
    singular, plural = "%(counter)s result for “%(query)s”", "%(counter)s results for “%(query)s”"
    return ngettext_in("pl", singular, plural, count, name="counter", query=query)


def test_a_repeated_search_is_served_from_its_fragment_until_a_publish_adds_a_result(client):
    EventPageFactory(title="Ksylofonowe warsztaty pierwsze", registration_enabled=False)
    url = "/pl/search/?q=ksylofonowe"
    # Menu, footer and routes come from their own fragments after any search.
    assert searched(client, "/pl/search/?q=warsztaty")[1]
    first, read_index = searched(client, url)
    assert read_index and "Ksylofonowe warsztaty pierwsze" in first and found(1) in first
    second, read_index = searched(client, url)
    assert second == first and not read_index
    EventPageFactory(title="Ksylofonowe warsztaty drugie", registration_enabled=False)
    html, read_index = searched(client, url)
    assert read_index and "Ksylofonowe warsztaty drugie" in html and found(2) in html


def test_a_search_right_after_a_publish_finds_the_page_before_the_background_indexing(
    client, settings
):
    """In production the search index is updated by the task worker, later: the publish
    indexes the page itself, so the search cached before it is not the one served after."""
    settings.TASKS = {"default": {"BACKEND": TASK_BACKENDS["database"]}}
    url = "/pl/search/?q=ksylofonowe"
    assert "Ksylofonowe" not in searched(client, url)[0].split("</form>", 1)[1]
    EventPageFactory(title="Ksylofonowe warsztaty", registration_enabled=False)
    waiting = DBTaskResult.objects.ready().values_list("task_path", flat=True)
    assert "modelsearch.tasks.insert_or_update_object_task" in waiting
    assert "Ksylofonowe warsztaty" in searched(client, url)[0]


def test_a_page_cached_before_a_publish_was_committed_is_retired_by_the_commit(
    client, django_capture_on_commit_callbacks, monkeypatch
):
    event = EventPageFactory(title="Tytuł przed zmianą", registration_enabled=False)
    monkeypatch.undo()  # This test commits by hand (commit_at_once).
    with django_capture_on_commit_callbacks() as on_commit:
        event.title = "Tytuł po zmianie"
        event.save_revision().publish()
        # Until the commit, other connections still read the old row; a visitor served then
        # renders it. The same connection sees the change, so the old title is put back.
        EventPage.objects.filter(pk=event.pk).update(title="Tytuł przed zmianą")
        assert "Tytuł przed zmianą" in get(client, event.url)[0]
        EventPage.objects.filter(pk=event.pk).update(title="Tytuł po zmianie")
    for callback in on_commit:
        callback()
    assert "Tytuł po zmianie" in get(client, event.url)[0]


def test_the_menu_follows_a_renamed_section_and_marks_the_current_page(client):
    news = index_page(NewsIndexPage)
    events = index_page(EventIndexPage)
    get(client, "/pl/")
    news.title = "Wiadomości członków"
    news.save_revision().publish()
    home_html = get(client, "/pl/")[0]
    assert "Wiadomości członków" in home_html
    assert 'aria-current="page"' not in home_html
    for current, other in ((news, events), (events, news)):
        html = get(client, current.url)[0]
        assert f'href="{current.url}" aria-current="page"' in html
        assert f'href="{other.url}" aria-current="page"' not in html


def test_the_footer_follows_the_home_page_of_each_language(client):
    get(client, "/uk/")
    home = home_page("uk")
    home.funding_acknowledgement = "Проєкт фінансується новим донором."
    home.save_revision().publish()
    assert "Проєкт фінансується новим донором." in get(client, "/uk/")[0]
    assert "Проєкт фінансується новим донором." not in get(client, "/pl/")[0]


def later(moment):
    """Time passing publishes nothing: what a visitor sees then must follow the clock."""
    return mock.patch("django.utils.timezone.now", return_value=moment)


def test_an_event_that_ends_says_so_without_any_publish(client):
    event = EventPageFactory(title="Spotkanie, które minie", registration_enabled=False)
    ended = gettext_in("pl", "This event has already taken place.")
    assert ended not in get(client, event.url)[0]
    with later(event.end + timedelta(minutes=1)):
        assert ended in get(client, event.url)[0]


def test_a_grant_call_whose_deadline_passes_shows_as_closed_without_any_publish(client):
    grant = GrantPageFactory(
        deadline=timezone.now() + timedelta(days=30), title="Konkurs, który minie"
    )
    closed = gettext_in("pl", "Closed")
    assert closed not in get(client, grant.url)[0]
    with later(grant.deadline + timedelta(minutes=1)):
        assert closed in get(client, grant.url)[0]


def test_making_a_page_private_is_never_hidden_by_a_cached_fragment(client, settings):
    settings.KOMM_PAGE_CACHE_SECONDS = 300
    event = EventPageFactory(title="Spotkanie tylko dla członków", registration_enabled=False)
    get(client, event.url)
    get(client, "/pl/")
    PageViewRestriction.objects.create(page=event, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(event.url)
    assert response.status_code == 302
    assert "Spotkanie tylko dla członków" not in get(client, "/pl/")[0]


def test_filter_choices_follow_a_published_tag(client):
    story = StoryPageFactory()
    news = index_page(NewsIndexPage)
    get(client, news.url)
    assert "Świeża etykieta" not in get(client, news.url)[0]
    story.tags.add("Świeża etykieta")
    story.save_revision().publish()
    assert "Świeża etykieta" in get(client, news.url)[0]


def test_a_page_that_moves_or_goes_is_not_found_at_its_old_address(client):
    event = EventPageFactory(title="Spotkanie w drodze", registration_enabled=False)
    get(client, event.url)
    old_url = event.url
    event.slug = "spotkanie-przeniesione"
    event.save_revision().publish()
    assert client.get(old_url).status_code == 404
    assert "Spotkanie w drodze" in get(client, EventPage.objects.get(pk=event.pk).url)[0]
    EventPage.objects.get(pk=event.pk).unpublish()
    assert client.get(EventPage.objects.get(pk=event.pk).url).status_code == 404


def test_private_pages_always_ask_for_their_password(client):
    event = EventPageFactory(title="Spotkanie z hasłem", registration_enabled=False)
    PageViewRestriction.objects.create(
        page=event, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )
    for _visit in range(2):
        response = client.get(event.url)
        assert 'name="password"' in response.content.decode()
        assert event.summary not in response.content.decode()


def test_a_preview_shows_the_draft_not_the_cached_live_page(client):
    event = EventPageFactory(title="Tytuł opublikowany", registration_enabled=False)
    get(client, event.url)
    draft = EventPage.objects.get(pk=event.pk)
    draft.title = "Tytuł w podglądzie"
    preview = draft.make_preview_request().render().content.decode()
    assert "Tytuł w podglądzie" in preview
    assert "Tytuł opublikowany" in get(client, event.url)[0]


def test_fragments_are_off_when_their_lifetime_is_zero(client, settings):
    settings.KOMM_FRAGMENT_CACHE_SECONDS = 0
    event = EventPageFactory(title="Spotkanie bez pamięci", registration_enabled=False)
    get(client, event.url)
    # A change that no signal announces: only a page rendered afresh can show it.
    EventPage.objects.filter(pk=event.pk).update(venue="Sala zmieniona po cichu")
    assert "Sala zmieniona po cichu" in get(client, event.url)[0]
    # The control: with fragments on, the body rendered first is what the next visit gets.
    settings.KOMM_FRAGMENT_CACHE_SECONDS = 300
    get(client, event.url)
    EventPage.objects.filter(pk=event.pk).update(venue="Druga cicha sala")
    assert "Druga cicha sala" not in get(client, event.url)[0]


def test_an_emptied_shared_cache_starts_a_version_that_never_repeats_an_old_one(client, rf):
    """Redis restarted, or the version's row culled from the database cache: a new counter
    starts from the clock, above any version a fragment may still be stored under."""
    event = EventPageFactory(title="Spotkanie przed restartem", registration_enabled=False)
    get(client, event.url)
    before = content_version(rf.get("/"))
    EventPage.objects.filter(pk=event.pk).update(venue="Sala po restarcie")
    assert "Sala po restarcie" not in get(client, event.url)[0]
    cache.delete(VERSION_KEY)
    assert content_version(rf.get("/")) > before
    assert "Sala po restarcie" in get(client, event.url)[0]


@contextmanager
def version_unreadable():
    """The shared cache cannot say or keep the version (as django-redis answers while Redis is
    down, its errors ignored), while whatever else is written still lands: a Redis that drops
    some connections. Whatever is stored then without a version would be served later."""
    read, add = cache.get, cache.add

    def get(key, *args, **kwargs):
        return None if key == VERSION_KEY else read(key, *args, **kwargs)

    def start(key, *args, **kwargs):
        return False if key == VERSION_KEY else add(key, *args, **kwargs)

    with mock.patch.object(cache, "get", get), mock.patch.object(cache, "add", start):
        yield


def test_nothing_is_cached_while_the_shared_cache_cannot_be_reached(client):
    """No version, so no server could learn of a publish: every page is rendered afresh, and
    nothing rendered then is served to a later visitor."""
    event = EventPageFactory(title="Spotkanie bez Redisa", registration_enabled=False)
    get(client, event.url)
    EventPage.objects.filter(pk=event.pk).update(venue="Sala przed awarią")
    # The control: with the version, the body rendered first is what the next visit gets.
    assert "Sala przed awarią" not in get(client, event.url)[0]
    with version_unreadable():
        assert "Sala przed awarią" in get(client, event.url)[0]
        EventPage.objects.filter(pk=event.pk).update(venue="Sala w czasie awarii")
        assert "Sala w czasie awarii" in get(client, event.url)[0]
        EventPage.objects.filter(pk=event.pk).update(venue="Sala pod koniec awarii")
        assert "Sala pod koniec awarii" in get(client, event.url)[0]


class DownRedis:
    """A Redis server that answers every command with an error, as django-redis meets one that
    is down (its errors ignored); it notes each command it was sent."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.commands = []
        self.url = f"redis://127.0.0.1:{self.listener.getsockname()[1]}/0"
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            try:
                connection, _address = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self.answer, args=(connection,), daemon=True).start()

    def answer(self, connection):
        received = b""
        with connection:
            while data := connection.recv(65536):
                received += data
                while (parsed := resp_command(received)) is not None:
                    command, received = parsed
                    self.commands.append(command)
                    connection.sendall(b"-ERR the cache is down\r\n")

    def close(self):
        self.listener.close()

    def caches(self):
        """The site's CACHES setting with this server as its Redis."""
        return {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": self.url,
                # RESP2: the server need not answer RESP3's handshake to be sent each command.
                "OPTIONS": {"IGNORE_EXCEPTIONS": True, "CONNECTION_POOL_KWARGS": {"protocol": 2}},
            }
        }


def resp_command(received):
    """The first whole command in `received` (a RESP array of bulk strings) and what follows
    it, or None while it is incomplete."""
    head, separator, rest = received.partition(b"\r\n")
    if not separator:
        return None
    command = []
    for _argument in range(int(head.removeprefix(b"*"))):
        size, separator, rest = rest.partition(b"\r\n")
        length = int(size.removeprefix(b"$") or -1)
        if not separator or length < 0 or len(rest) < length + 2:
            return None
        command.append(rest[:length].decode(errors="replace"))
        rest = rest[length + 2 :]
    return command, rest


@pytest.fixture
def redis_down():
    server = DownRedis()
    yield server
    server.close()


def test_a_request_asks_a_cache_that_is_down_for_the_version_once(client, settings, redis_down):
    """Each question to a Redis that is down costs its timeout (half a second in production):
    a page asks for the version once (a read, a new counter, a read again), not once for each
    of its fragments, and is served, rendered afresh."""
    event = EventPageFactory(title="Spotkanie bez Redisa", registration_enabled=False)
    settings.CACHES = redis_down.caches()
    asked = []
    for venue in ("Sala pierwsza w czasie awarii", "Sala druga w czasie awarii"):
        EventPage.objects.filter(pk=event.pk).update(venue=venue)
        redis_down.commands.clear()
        assert venue in get(client, event.url)[0]
        asked.append(redis_down.commands[:])
    for commands in asked:
        version = [command for command in commands if f":{VERSION_KEY}" in str(command)]
        fragments = [command for command in commands if "template.cache." in str(command)]
        assert 0 < len(version) <= 3, version
        # The control: a question per fragment would be over that budget.
        assert len(fragments) > 3, fragments


def test_no_cache_holds_a_join_link_or_a_registrants_address(
    client, settings, shared_cache, django_capture_on_commit_callbacks
):
    settings.KOMM_PAGE_CACHE_SECONDS = 300
    join = "https://meet.example.org/never-in-a-cache-4410"
    with django_capture_on_commit_callbacks(execute=True):
        event = EventPageFactory(title="Spotkanie bez śladu", join_link=join)
        translate(event, "uk")
    pages = [event.url, event.get_translations().get().url, event.get_parent().url, "/pl/"]
    for url in pages * 2:
        assert client.get(url).status_code == 200
    data = rsvp_entries("no.trace@example.org", name="Ślad Nieobecny", organisation="")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(event.url, data).status_code == 200
    for url in pages:
        client.get(url)
    stored = shared_cache()
    assert b"Spotkanie bez \xc5\x9bladu" in stored, "nothing was cached at all"
    for secret in (join, "no.trace@example.org", "Ślad Nieobecny"):
        assert secret.encode() not in stored, secret
    assert EventPage.objects.get(pk=event.pk).join_link == join
