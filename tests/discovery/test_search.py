"""Site search per language: /<lang>/search/?q=..."""

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.formats import date_format, time_format
from django.utils.html import escape
from django.utils.text import capfirst
from wagtail.models import Locale, PageViewRestriction

from events.models import EventIndexPage, EventPage
from home.models import StandardPage
from tests.events.factories import EventPageFactory
from tests.factories import index_page, publish, translate
from tests.grants.factories import GrantPageFactory
from tests.home.factories import StandardPageFactory
from tests.i18n import gettext_in
from tests.news.factories import StoryPageFactory

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the komm_unaccent configuration is PostgreSQL's"
)


def search(client, language, query, **params):
    response = client.get(f"/{language}/search/?{urlencode({'q': query, **params})}")
    assert response.status_code == 200
    return response


def found(response):
    return list(response.context["found"] or ())


@postgresql_only
@pytest.mark.parametrize(
    "query",
    [
        "dzialan pomocowych",
        "spotkanie koalicji",
        "SPOTKANIE Koalicji",
        unicodedata.normalize("NFD", "DZIAŁAŃ pomocowych"),
    ],
)
def test_polish_search_ignores_diacritics_and_case(
    client, query, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        meeting = EventPageFactory(
            title="Spotkanie Koalicji – podsumowanie działań pomocowych", slug="koalicja"
        )
    response = search(client, "pl", query)
    assert meeting.pk in [page.pk for page in found(response)]
    assert f'href="{meeting.url}"' in response.content.decode()


@postgresql_only
def test_ukrainian_search_finds_the_ukrainian_meeting_whatever_the_case(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ukrainian = EventPageFactory(
            language="uk", title="Третя зустріч Коаліції", slug="koalitsiia"
        )
    response = search(client, "uk", "ЗУСТРІЧ коаліції")
    assert ukrainian.pk in [page.pk for page in found(response)]
    assert f'href="{ukrainian.url}"' in response.content.decode()


def test_search_finds_only_pages_in_the_language_of_the_url(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        polish = StandardPageFactory(
            title="Ogłoszenie dla społeczności", slug="ogloszenie", summary="Оголошення громади"
        )
        translate(polish, "uk")
    ukrainian = polish.get_translation(Locale.objects.get(language_code="uk"))

    on_polish = found(search(client, "pl", "Оголошення громади"))
    assert [page.pk for page in on_polish] == [polish.pk]

    on_ukrainian = found(search(client, "uk", "Оголошення громади"))
    assert [page.pk for page in on_ukrainian] == [ukrainian.pk]
    assert not found(search(client, "en", "Оголошення громади"))


def test_draft_is_not_found_until_published(client, django_capture_on_commit_callbacks):
    start = timezone.now() + timedelta(days=5)
    draft = EventPage(
        title="Spotkanie szkicowe",
        slug="szkic-wyszukiwarki",
        summary="Pelikanowy warsztat.",
        start=start,
        end=start + timedelta(hours=1),
        live=False,
    )
    with django_capture_on_commit_callbacks(execute=True):
        index_page(EventIndexPage).add_child(instance=draft)
        draft.save_revision()
    assert not found(search(client, "pl", "pelikanowy"))

    with django_capture_on_commit_callbacks(execute=True):
        draft.get_latest_revision().publish()
    assert [page.pk for page in found(search(client, "pl", "pelikanowy"))] == [draft.pk]


def test_private_page_and_its_children_are_not_found(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        parent = StandardPageFactory(title="Strona zarządu", slug="zarzad", summary="Kormoranowy.")
        publish(parent, StandardPage(title="Protokół", slug="protokol", summary="Kormoranowy."))
    assert len(found(search(client, "pl", "kormoranowy"))) == 2

    PageViewRestriction.objects.create(
        page=parent, restriction_type=PageViewRestriction.PASSWORD, password="tylko-zarzad"
    )
    response = search(client, "pl", "kormoranowy")
    assert not found(response)
    assert "Protokół" not in response.content.decode()


def test_join_link_is_neither_searchable_nor_shown(client, django_capture_on_commit_callbacks):
    secret = "https://meet.example.org/kalafiorowy-pokoj"
    with django_capture_on_commit_callbacks(execute=True):
        event = EventPageFactory(title="Warsztat storczykowy", slug="storczyki", join_link=secret)
    assert not found(search(client, "pl", "kalafiorowy"))

    response = search(client, "pl", "storczykowy")
    assert [page.pk for page in found(response)] == [event.pk]
    assert secret not in response.content.decode()


def result_of(html, page):
    """The item of `page` in a list of results, its white space folded."""
    start = html.index(f'href="{page.url}"')
    return " ".join(html[start : html.index("</li>", start)].split())


def meta_line(result):
    return re.search(r'<p class="search-result__meta"> ?(.*?) ?</p>', result).group(1)


def written_in(language, moment):
    """A date, or a date and time on a clock, as the site writes it in `language`."""
    with translation.override(language):
        if isinstance(moment, datetime):
            return f"{date_format(moment)}, {time_format(moment)}"
        return date_format(moment)


@pytest.mark.parametrize("language", ["pl", "uk", "en"])
def test_each_result_says_its_type_and_when_in_the_pages_own_time_zone(
    client, language, django_capture_on_commit_callbacks
):
    """21:30 UTC is already the next day in Kyiv and still the afternoon in New York: an event
    and a grant call show their own zone's clock, a story its date, a plain page no date."""
    moment = datetime(2031, 5, 4, 21, 30, tzinfo=UTC)
    with django_capture_on_commit_callbacks(execute=True):
        event = EventPageFactory(
            language=language,
            title="Spotkanie Wombat",
            start=moment,
            end=moment + timedelta(hours=2),
            time_zone="Europe/Kyiv",
        )
        story = StoryPageFactory(language=language, title="Historia Wombat", date=date(2031, 3, 2))
        grant = GrantPageFactory(
            language=language, title="Konkurs Wombat", deadline=moment, time_zone="America/New_York"
        )
        page = StandardPageFactory(language=language, title="Strona Wombat")
    html = search(client, language, "wombat").content.decode()

    def label(message):
        shown = escape(capfirst(gettext_in(language, message)))
        return f'<span class="search-result__type">{shown}</span>'

    expected = {
        event: f'{label("event")} · <time datetime="2031-05-05T00:30:00+03:00">'
        f"{written_in(language, datetime(2031, 5, 5, 0, 30))}</time> "
        '<span class="tz">(Europe/Kyiv)</span>',
        story: f'{label("member story")} · <time datetime="2031-03-02">'
        f"{written_in(language, date(2031, 3, 2))}</time>",
        grant: f"{label('grant call')} · {escape(gettext_in(language, 'Deadline'))}: "
        '<time datetime="2031-05-04T17:30:00-04:00">'
        f"{written_in(language, datetime(2031, 5, 4, 17, 30))}</time> "
        '<span class="tz">(America/New_York)</span>',
        page: label("Page"),
    }
    for found_page, meta in expected.items():
        result = result_of(html, found_page)
        assert meta_line(result) == meta
        assert f"<p>{escape(found_page.summary)}</p>" in result


def test_empty_query_explains_what_to_do_and_searches_nothing(client):
    for query in ["", "   ", "\x00\x1f"]:
        with CaptureQueriesContext(connection) as queries:
            response = search(client, "en", query)
        assert not any("wagtailsearch_indexentry" in q["sql"] for q in queries)
        assert "Type one or more words to search" in response.content.decode()


def test_query_without_matches_says_so_and_stays_in_the_box(client):
    html = search(client, "en", "xylofonowy ornitorynk").content.decode()
    assert "Nothing matched “xylofonowy ornitorynk”" in html
    assert 'value="xylofonowy ornitorynk"' in html


def test_results_are_not_indexed_by_search_engines(client):
    response = search(client, "pl", "spotkanie")
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_every_page_has_a_search_form_for_its_language(client):
    html = client.get("/uk/").content.decode()
    assert '<form class="site-search" role="search" action="/uk/search/" method="get">' in html
    assert '<label class="visually-hidden" for="site-search-q">' in html


def test_language_switcher_keeps_the_query(client):
    html = search(client, "pl", "spotkanie koalicji").content.decode()
    assert 'href="/uk/search/?q=spotkanie+koalicji"' in html
    assert 'href="/en/search/?q=spotkanie+koalicji"' in html


def make_events(count, word, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return [
            EventPageFactory(title=f"Spotkanie {number}", slug=f"{word}-{number}", summary=word)
            for number in range(count)
        ]


def test_pagination_links_keep_the_query(client, django_capture_on_commit_callbacks):
    make_events(12, "gazelowy", django_capture_on_commit_callbacks)
    first = search(client, "pl", "gazelowy")
    assert len(found(first)) == 10
    assert 'href="?q=gazelowy&amp;page=2"' in first.content.decode()

    second = search(client, "pl", "gazelowy", page=2)
    assert len(found(second)) == 2
    assert 'href="?q=gazelowy&amp;page=1"' in second.content.decode()
    assert search(client, "pl", "gazelowy", page="nonsense").status_code == 200


def test_query_count_does_not_grow_with_the_number_of_results(
    client, django_capture_on_commit_callbacks, django_assert_num_queries
):
    make_events(1, "jednorozcowy", django_capture_on_commit_callbacks)
    make_events(9, "bizonowy", django_capture_on_commit_callbacks)
    search(client, "pl", "jednorozcowy")
    with CaptureQueriesContext(connection) as one:
        assert len(found(search(client, "pl", "jednorozcowy"))) == 1
    with django_assert_num_queries(len(one.captured_queries)):
        assert len(found(search(client, "pl", "bizonowy"))) == 9


@pytest.mark.parametrize(
    "query",
    [
        "ź" * 10_000,
        "spotkanie\x00koalicji\x07\x1b[0m",
        '"&|!:*()',
        "'\\ <script>alert(1)</script> -- ; DROP TABLE",
        "!!! ??? ...",
        "a | b & !c",
    ],
)
def test_odd_or_huge_input_never_fails(client, query):
    response = search(client, "pl", query)
    assert len(response.context["query"]) <= 200
    assert "<script>alert(1)</script>" not in response.content.decode()
