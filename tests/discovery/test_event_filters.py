"""Filters of the event index: format, voivodeship, month, upcoming or past; combined,
kept through pages, and never breaking the page, in every language."""

from datetime import datetime, timedelta

import pytest
from django.utils import timezone, translation

from events.choices import Mode
from events.models import EventIndexPage, EventPage
from tests.discovery.listings import (
    LANGUAGES,
    WARSAW,
    event,
    get,
    listed,
    listing,
    unique,
)
from tests.events.factories import EventPageFactory
from tests.factories import index_page
from tests.i18n import assert_says

pytestmark = pytest.mark.django_db


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
    december = EventPageFactory(
        start=datetime(year, 12, 31, 23, 30, tzinfo=WARSAW), slug=unique("dec")
    )
    january = EventPageFactory(
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
    ended = event(days=-60)
    index = index_page(EventIndexPage)
    upcoming = dict(listing(get(client, index))["filters"].fields["month"].choices)
    past = dict(listing(get(client, index, when="past"))["filters"].fields["month"].choices)
    assert f"{year}-07" in upcoming and f"{year}-07" not in past
    assert f"{timezone.localtime(ended.start, WARSAW):%Y-%m}" in past
    past_months = {
        f"{timezone.localtime(e.start, WARSAW):%Y-%m}"
        for e in EventPage.objects.live().filter(locale__language_code="pl").past()
    }
    assert past_months and past_months <= set(past)


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_filters_combine(client, language):
    start = timezone.now() + timedelta(days=40)
    month = f"{timezone.localtime(start, WARSAW):%Y-%m}"
    match = EventPageFactory(
        start=start, language=language, slug=unique("match"), mode="hybrid", voivodeship="opolskie"
    )
    other_mode = EventPageFactory(
        start=start, language=language, slug=unique("online"), mode="online"
    )
    other_place = EventPageFactory(
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
    running = EventPageFactory(
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
    ended = EventPageFactory(
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
    html = assert_says(response, language, "No events match these filters.", "Clear filters")
    assert f'<html lang="{language}"' in html


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
