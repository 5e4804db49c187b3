"""Template fragments (menu, footer, page bodies, home sections): rendered once, then reused by
every visitor until anything is published, and never where they would be wrong."""

from datetime import timedelta
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageViewRestriction

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
