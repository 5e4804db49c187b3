"""Filters on the index pages: query parameters that narrow each list, survive pagination and
never break the page, in every language."""

from datetime import datetime, timedelta
from itertools import count
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone, translation
from django.utils.html import escape

from directory.models import Theme, Voivodeship
from events.choices import Mode
from events.models import EventIndexPage, EventPage
from grants.choices import GrantStatus
from grants.models import GrantIndexPage
from news.models import MemberStoryPage, NewsIndexPage
from tests.factories import index_page, make_event, make_grant, publish

pytestmark = pytest.mark.django_db

WARSAW = ZoneInfo("Europe/Warsaw")
LANGUAGES = ["pl", "uk"]
serial = count()


def unique(prefix):
    return f"{prefix}-filter-{next(serial)}"


def listing(response):
    """What an index page lists (its filters and lists), built as its template reads it."""
    return response.context["listing"]


def get(client, index, **params):
    response = client.get(f"{index.url}?{urlencode(params)}" if params else index.url)
    assert response.status_code == 200
    return response


def listed(page_of_items):
    return {item.pk for item in page_of_items}


def in_language(language, text):
    with translation.override(language):
        return translation.gettext(text)


def event(language="pl", days=3, **fields):
    start = timezone.now().replace(second=0, microsecond=0) + timedelta(days=days)
    return make_event(start=start, language=language, slug=unique("event"), **fields)


def story(language="pl", tags=(), live=True, **fields):
    page = MemberStoryPage(
        title="Historia do filtrów",
        slug=unique("story"),
        organisation="Fundacja Filtr",
        summary="Krótko.",
        body=[("paragraph", "<p>Tekst.</p>")],
        live=live,
        **fields,
    )
    page.tags.add(*tags)
    index = index_page(NewsIndexPage, language)
    if live:
        return publish(index, page)
    index.add_child(instance=page)
    page.save_revision()
    return page


def grant(language="pl", days=30, themes=(), voivodeships=(), **fields):
    page = make_grant(
        timezone.now() + timedelta(days=days), language=language, slug=unique("grant"), **fields
    )
    page.themes.set(Theme.objects.filter(code__in=themes))
    page.voivodeships.set(Voivodeship.objects.filter(code__in=voivodeships))
    page.save_revision().publish()
    return page


# Events ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_mode_filter_lists_only_events_of_that_format(client, language):
    in_person = event(language, mode=Mode.IN_PERSON, voivodeship="opolskie")
    online = event(language, mode=Mode.ONLINE)
    response = get(client, index_page(EventIndexPage, language), mode="in_person")
    events = list(listing(response)["events"])
    assert in_person.pk in listed(events) and online.pk not in listed(events)
    assert {item.mode for item in events} == {"in_person"}
    assert all(item.locale.language_code == language for item in events)
    assert '<option value="in_person" selected>' in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_voivodeship_filter_lists_only_events_there(client, language):
    opole = event(language, mode=Mode.IN_PERSON, voivodeship="opolskie")
    elsewhere = event(language, mode=Mode.IN_PERSON, voivodeship="slaskie")
    response = get(client, index_page(EventIndexPage, language), voivodeship="opolskie")
    assert opole.pk in listed(listing(response)["events"])
    assert elsewhere.pk not in listed(listing(response)["events"])
    assert {item.voivodeship for item in listing(response)["events"]} == {"opolskie"}


def test_event_month_is_the_month_of_its_start_in_warsaw(client):
    year = timezone.now().year + 1
    # 22:30 and 23:30 UTC on 31 December: December and January in Warsaw.
    december = make_event(start=datetime(year, 12, 31, 23, 30, tzinfo=WARSAW), slug=unique("dec"))
    january = make_event(
        start=datetime(year + 1, 1, 1, 0, 30, tzinfo=WARSAW),
        time_zone="America/New_York",
        slug=unique("jan"),
    )
    index = index_page(EventIndexPage)
    shown = listed(listing(get(client, index, month=f"{year}-12"))["events"])
    assert december.pk in shown and january.pk not in shown
    shown = listed(listing(get(client, index, month=f"{year + 1}-01"))["events"])
    assert january.pk in shown and december.pk not in shown


def test_months_offered_are_those_with_events_in_the_chosen_range(client):
    year = timezone.now().year + 2
    event(days=(datetime(year, 7, 15, tzinfo=WARSAW) - timezone.now()).days)
    index = index_page(EventIndexPage)
    upcoming = dict(listing(get(client, index))["filters"].fields["month"].choices)
    past = dict(listing(get(client, index, when="past"))["filters"].fields["month"].choices)
    assert f"{year}-07" in upcoming and f"{year}-07" not in past
    past_months = {
        f"{timezone.localtime(e.start, WARSAW):%Y-%m}"
        for e in EventPage.objects.live().filter(locale__language_code="pl").past()
    }
    assert past_months and past_months <= set(past)


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_filters_combine(client, language):
    start = timezone.now() + timedelta(days=40)
    month = f"{timezone.localtime(start, WARSAW):%Y-%m}"
    match = make_event(
        start=start, language=language, slug=unique("match"), mode="hybrid", voivodeship="opolskie"
    )
    other_mode = make_event(start=start, language=language, slug=unique("online"), mode="online")
    other_place = make_event(
        start=start, language=language, slug=unique("place"), mode="hybrid", voivodeship="slaskie"
    )
    other_month = event(language, days=400, mode="hybrid", voivodeship="opolskie")
    params = {"mode": "hybrid", "voivodeship": "opolskie", "month": month}
    response = get(client, index_page(EventIndexPage, language), **params)
    shown = listed(listing(response)["events"])
    assert match.pk in shown
    assert not shown & {other_mode.pk, other_place.pk, other_month.pk}
    html = response.content.decode()
    with translation.override(language):
        counted = translation.ngettext(
            "%(counter)s upcoming event", "%(counter)s upcoming events", len(shown)
        ) % {"counter": len(shown)}
    assert counted in html
    assert f'<option value="{month}" selected>' in html


def test_event_in_progress_is_upcoming_with_filters_and_not_past(client):
    now = timezone.now()
    running = make_event(
        start=now - timedelta(hours=1),
        end=now + timedelta(hours=1),
        slug=unique("running"),
        mode="online",
    )
    index = index_page(EventIndexPage)
    month = f"{timezone.localtime(running.start, WARSAW):%Y-%m}"
    assert running.pk in listed(listing(get(client, index, mode="online", month=month))["events"])
    past = get(client, index, when="past", mode="online")
    assert running.pk not in listed(listing(past)["events"])


def test_event_that_ended_a_minute_ago_is_past_with_filters(client):
    now = timezone.now()
    ended = make_event(
        start=now - timedelta(hours=2), end=now - timedelta(minutes=1), slug=unique("ended")
    )
    index = index_page(EventIndexPage)
    assert ended.pk in listed(listing(get(client, index, when="past", mode="online"))["events"])
    assert ended.pk not in listed(listing(get(client, index, mode="online"))["events"])


def test_past_filters_keep_the_archive_in_the_form_and_the_clear_link(client):
    response = get(client, index_page(EventIndexPage), when="past", mode="online")
    assert response.context["show_past"]
    assert {item.mode for item in listing(response)["events"]} <= {"online"}
    html = response.content.decode()
    assert '<input type="hidden" name="when" value="past">' in html
    assert 'href="?when=past"' in html
    assert "recent_past_events" not in response.context


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_matching_event_says_so_in_the_visitors_language(client, language):
    year = timezone.now().year + 3
    response = get(
        client,
        index_page(EventIndexPage, language),
        mode="hybrid",
        voivodeship="lubuskie",
        month=f"{year}-02",
    )
    assert not listing(response)["events"]
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert escape(in_language(language, "No events match these filters.")) in html
    assert escape(in_language(language, "Clear filters")) in html


@pytest.mark.parametrize(
    ("params", "meaning"),
    [
        ({"mode": "xyz"}, {}),
        ({"month": "2026-13"}, {}),
        ({"month": "9999-12"}, {}),
        ({"month": "0000-01"}, {}),
        ({"month": "december"}, {}),
        ({"voivodeship": "<script>"}, {}),
        ({"page": "abc"}, {}),
        ({"mode": "online", "month": "2026-00", "page": "-5"}, {"mode": "online"}),
    ],
)
def test_invalid_event_filter_values_are_ignored(client, params, meaning):
    index = index_page(EventIndexPage)
    response = get(client, index, **params)
    expected = listed(listing(get(client, index, **meaning))["events"])
    assert listed(listing(response)["events"]) == expected
    assert "<script>" not in response.content.decode()


def test_unrecognised_filter_value_is_reported_and_the_select_reset(client):
    response = get(client, index_page(EventIndexPage), mode="xyz")
    html = response.content.decode()
    assert not listing(response)["filters"].is_active
    assert "selected" not in html.split('name="mode"')[1].split("</select>")[0]
    assert escape(in_language("pl", "Format")) in html.split("listing-filters__note")[1]


def test_event_pagination_keeps_the_filters(client):
    created = {
        event(mode="in_person", voivodeship="podkarpackie", days=2 + n).pk for n in range(12)
    }
    index = index_page(EventIndexPage)
    params = {"mode": "in_person", "voivodeship": "podkarpackie"}
    first = get(client, index, **params)
    html = first.content.decode()
    assert "?mode=in_person&amp;voivodeship=podkarpackie&amp;page=2" in html
    second = get(client, index, **params, page=2)
    shown = listed(listing(first)["events"]) | listed(listing(second)["events"])
    assert created <= shown
    assert {item.voivodeship for item in listing(second)["events"]} == {"podkarpackie"}
    assert "?mode=in_person&amp;voivodeship=podkarpackie&amp;page=1" in second.content.decode()


# Stories --------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_story_tag_filter_lists_only_stories_with_that_tag(client, language):
    tagged = story(language, tags=["rzemioslo"], voivodeship="opolskie")
    untagged = story(language, tags=["sport"], voivodeship="opolskie")
    response = get(client, index_page(NewsIndexPage, language), tag="rzemioslo")
    assert listed(listing(response)["stories"]) == {tagged.pk}
    assert untagged.pk not in listed(listing(response)["stories"])
    assert '<option value="rzemioslo" selected>' in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_story_voivodeship_filter_and_combination(client, language):
    both = story(language, tags=["rzemioslo"], voivodeship="lubuskie")
    tag_only = story(language, tags=["rzemioslo"], voivodeship="opolskie")
    place_only = story(language, tags=["sport"], voivodeship="lubuskie")
    index = index_page(NewsIndexPage, language)
    in_lubuskie = listed(listing(get(client, index, voivodeship="lubuskie"))["stories"])
    assert {both.pk, place_only.pk} <= in_lubuskie and tag_only.pk not in in_lubuskie
    combined = get(client, index, voivodeship="lubuskie", tag="rzemioslo")
    assert listed(listing(combined)["stories"]) == {both.pk}


def test_tags_offered_are_those_of_live_stories_in_this_language(client):
    story("pl", tags=["tylko-po-polsku"])
    story("uk", tags=["lyshe-ukrainskoiu"])
    story("uk", tags=["wersja-robocza"], live=False)
    offered = dict(
        get(client, index_page(NewsIndexPage, "uk"))
        .context["listing"]["filters"]
        .fields["tag"]
        .choices
    )
    assert "lyshe-ukrainskoiu" in offered
    assert "tylko-po-polsku" not in offered and "wersja-robocza" not in offered


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_matching_story_says_so(client, language):
    story(language, tags=["rzemioslo"], voivodeship="opolskie")
    response = get(
        client, index_page(NewsIndexPage, language), tag="rzemioslo", voivodeship="lubuskie"
    )
    assert not listing(response)["stories"]
    assert escape(in_language(language, "No stories match these filters.")) in (
        response.content.decode()
    )


@pytest.mark.parametrize("params", [{"tag": "no-such-tag"}, {"voivodeship": "x"}, {"page": "abc"}])
def test_invalid_story_filter_values_are_ignored(client, params):
    index = index_page(NewsIndexPage)
    unfiltered = listed(listing(get(client, index))["stories"])
    assert listed(listing(get(client, index, **params))["stories"]) == unfiltered


def test_story_pagination_keeps_the_tag(client):
    for _ in range(11):
        story(tags=["stronicowanie"])
    index = index_page(NewsIndexPage)
    first = get(client, index, tag="stronicowanie")
    assert "?tag=stronicowanie&amp;page=2" in first.content.decode()
    second = get(client, index, tag="stronicowanie", page=2)
    assert len(listing(first)["stories"]) + len(listing(second)["stories"]) == 11


# Grant calls ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "shown", "hidden"),
    [
        (GrantStatus.OPEN, {"open", "soon"}, {"closed"}),
        (GrantStatus.CLOSING_SOON, {"soon"}, {"open", "closed"}),
        (GrantStatus.CLOSED, {"closed"}, {"open", "soon"}),
    ],
)
def test_grant_status_filter(client, status, shown, hidden):
    calls = {"open": grant(days=60), "soon": grant(days=3), "closed": grant(days=-3)}
    response = get(client, index_page(GrantIndexPage), status=status)
    listed_calls = set()
    lists = listing(response)
    for calls_page in (lists.open, lists.closed):
        listed_calls |= listed(calls_page or [])
    assert {calls[name].pk for name in shown} <= listed_calls
    assert not {calls[name].pk for name in hidden} & listed_calls
    if status == GrantStatus.CLOSED:
        assert lists.open is None
    else:
        assert lists.closed is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_grant_theme_voivodeship_and_funder_filters_combine(client, language):
    match = grant(
        language,
        themes=["youth"],
        voivodeships=["opolskie"],
        nationwide=False,
        funder="Fundacja Filtrów",
    )
    nationwide = grant(language, themes=["youth"], nationwide=True, funder="Fundacja Filtrów")
    other_region = grant(
        language,
        themes=["youth"],
        voivodeships=["slaskie"],
        nationwide=False,
        funder="Fundacja Filtrów",
    )
    other_theme = grant(language, themes=["health"], nationwide=True, funder="Fundacja Filtrów")
    other_funder = grant(language, themes=["youth"], nationwide=True, funder="Inny Fundator")
    index = index_page(GrantIndexPage, language)
    params = {"theme": "youth", "voivodeship": "opolskie", "funder": "Fundacja Filtrów"}
    response = get(client, index, **params)
    shown = listed(listing(response).open)
    assert {match.pk, nationwide.pk} == shown
    assert not shown & {other_region.pk, other_theme.pk, other_funder.pk}
    assert listed(listing(get(client, index, theme="health")).open) >= {other_theme.pk}
    assert '<option value="Fundacja Filtrów" selected>' in response.content.decode()


def test_funders_offered_are_those_of_live_calls_in_this_language(client):
    grant("uk", funder="Фонд Тест")
    grant("pl", funder="Tylko Polski Fundator")
    offered = dict(
        get(client, index_page(GrantIndexPage, "uk"))
        .context["listing"]
        .filters.fields["funder"]
        .choices
    )
    assert "Фонд Тест" in offered and "Tylko Polski Fundator" not in offered


@pytest.mark.parametrize(
    "params",
    [{"theme": "999999"}, {"status": "soon"}, {"funder": "Nobody"}, {"closed_page": "abc"}],
)
def test_invalid_grant_filter_values_are_ignored(client, params):
    index = index_page(GrantIndexPage)
    unfiltered = get(client, index)
    response = get(client, index, **params)
    for name in ("open", "closed"):
        shown = getattr(listing(response), name)
        assert listed(shown) == listed(getattr(listing(unfiltered), name))


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_matching_grant_call_says_so(client, language):
    index = index_page(GrantIndexPage, language)
    response = get(client, index, status="closed", theme="health", voivodeship="lubuskie")
    assert listing(response).filters.is_active
    lists = listing(response)
    assert not lists.closed and lists.total == 0
    assert escape(in_language(language, "No grant calls match these filters.")) in (
        response.content.decode()
    )


def test_grant_pagination_keeps_filters_and_the_other_lists_page(client):
    for days in range(1, 13):
        grant(days=-days, themes=["culture"], funder="Archiwum")
    index = index_page(GrantIndexPage)
    first = get(client, index, theme="culture", funder="Archiwum", page=1)
    html = first.content.decode()
    assert "theme=culture&amp;funder=Archiwum&amp;page=1&amp;closed_page=2" in html
    second = get(client, index, theme="culture", funder="Archiwum", closed_page=2)
    closed = listed(listing(first).closed) | listed(listing(second).closed)
    assert len(closed) == 12
