"""Calendar files: one event per language, the feed per language, links, escaping, time zones."""

import re
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from django.utils.html import escape
from icalendar import Calendar

from events.models import EventIndexPage, EventPage
from tests.events.factories import EventPageFactory
from tests.factories import index_page
from tests.html import start_tags

pytestmark = pytest.mark.django_db

LANGUAGES = ["pl", "uk", "en"]
UTC_FORMAT = "%Y%m%dT%H%M%SZ"
BASE_URL = "http://testserver"
CALENDAR_LINK = ("alternate", "text/calendar")


def calendar_url(client, page):
    """The calendar file a page announces: the event's own file, or else the language's feed."""
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    hrefs = [
        link.attrs["href"]
        for link in start_tags(response.content.decode(), "link")
        if (link.attrs.get("rel"), link.attrs.get("type")) == CALENDAR_LINK
    ]
    assert len(set(hrefs)) == len(hrefs), hrefs
    # Every page also announces its language's feed; an event page its own file besides.
    own = [href for href in hrefs if not href.endswith("/calendar.ics")]
    assert len(own) <= 1, hrefs
    return (own or hrefs)[0]


def fetch_calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].split(";")[0] == "text/calendar"
    return response, Calendar.from_ical(response.content)


def get_calendar(client, page):
    return fetch_calendar(client, calendar_url(client, page))


def unfolded(content):
    """The file's text with RFC 5545 line folding undone, so that no value is cut in two."""
    return content.replace(b"\r\n ", b"").replace(b"\r\n\t", b"").decode()


def only_event(calendar):
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return events[0]


def time_zone_ids(calendar):
    return {str(component["TZID"]) for component in calendar.walk("VTIMEZONE")}


@pytest.fixture
def versions(translated_page):
    """An upcoming event in Kyiv with its join link, live in every language, by language."""
    return translated_page(EventPageFactory, time_zone="Europe/Kyiv")


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_calendar_file_describes_the_event_in_its_language(client, versions, language):
    event = versions[language]
    response, calendar = get_calendar(client, event)

    assert event.time_zone in time_zone_ids(calendar)
    component = only_event(calendar)
    assert component.decoded("dtstart") == event.start
    assert component.decoded("dtend") == event.end
    assert component["dtstart"].params["TZID"] == event.time_zone
    assert component["dtend"].params["TZID"] == event.time_zone
    assert str(component["summary"]) == event.title
    assert BASE_URL + event.url in str(component["description"])


def test_event_calendar_file_uid_is_the_same_in_every_language_and_on_every_request(
    client, versions
):
    uids = set()
    for event in versions.values():
        for _request in range(2):
            _response, calendar = get_calendar(client, event)
            uids.add(str(only_event(calendar)["uid"]))
    assert len(uids) == 1


def test_event_calendar_file_uid_survives_a_new_title(client):
    event = EventPageFactory(title="Spotkanie przed zmianą")
    _response, calendar = get_calendar(client, event)
    uid = str(only_event(calendar)["uid"])

    event.title = "Spotkanie po zmianie"
    event.save_revision().publish()
    event.refresh_from_db()
    _response, calendar = get_calendar(client, event)
    component = only_event(calendar)
    assert str(component["summary"]) == "Spotkanie po zmianie"
    assert str(component["uid"]) == uid


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_calendar_file_never_contains_the_join_link(client, versions, language):
    event = versions[language]
    assert event.join_link
    response, _calendar = get_calendar(client, event)
    assert event.join_link.encode() not in response.content
    assert event.join_link not in unfolded(response.content)


def test_calendar_text_is_escaped_and_reads_back_unchanged(client):
    title = "Spotkanie; plan, budżet – Зустріч, план"
    summary = "Pierwsza linia; zażółć, gęślą jaźń\nДруга лінія: ґанок, їжак; єдність, щастя"
    event = EventPageFactory(title=title, summary=summary)
    response, calendar = get_calendar(client, event)

    text = unfolded(response.content)
    assert "SUMMARY:Spotkanie\\; plan\\, budżet – Зустріч\\, план\r\n" in text
    assert (
        "DESCRIPTION:Pierwsza linia\\; zażółć\\, gęślą jaźń\\n"
        "Друга лінія: ґанок\\, їжак\\; єдність\\, щастя\\n\\n"
    ) in text
    component = only_event(calendar)
    assert str(component["summary"]) == title
    description = str(component["description"])
    assert description.startswith(summary + "\n")
    assert BASE_URL + event.url in description


def test_event_index_feed_lists_upcoming_events_of_its_language_only(client):
    now = timezone.now()
    in_progress = EventPageFactory(
        title="Spotkanie w toku", start=now - timedelta(hours=1), end=now + timedelta(hours=1)
    )
    ended = EventPageFactory(
        title="Spotkanie zakończone", start=now - timedelta(hours=3), end=now - timedelta(hours=1)
    )
    index = index_page(EventIndexPage, "pl")
    response, calendar = get_calendar(client, index)
    listed = {str(component["uid"]) for component in calendar.walk("VEVENT")}

    assert f"{in_progress.translation_key}@komm-hub" in listed
    assert f"{ended.translation_key}@komm-hub" not in listed
    checked_at = timezone.now()
    for event in EventPage.objects.live().filter(locale__language_code="pl"):
        if event.end >= checked_at:
            assert f"{event.translation_key}@komm-hub" in listed, event.title
        elif event.end < now:
            assert f"{event.translation_key}@komm-hub" not in listed, event.title
    for component in calendar.walk("VEVENT"):
        assert str(component["url"]).startswith(f"{BASE_URL}/pl/")
    assert in_progress.join_link.encode() not in response.content


@pytest.mark.parametrize("language", ["uk", "en"])
def test_event_index_feed_of_another_language_leaves_out_untranslated_events(
    client, versions, language
):
    event = EventPageFactory(title="Tylko po polsku", start=timezone.now() + timedelta(days=2))
    index = index_page(EventIndexPage, language)
    _response, calendar = get_calendar(client, index)
    components = calendar.walk("VEVENT")
    uids = {str(component["uid"]) for component in components}
    assert f"{versions[language].translation_key}@komm-hub" in uids
    assert f"{event.translation_key}@komm-hub" not in uids
    for component in components:
        assert str(component["url"]).startswith(f"{BASE_URL}/{language}/")


def test_event_index_feed_never_contains_join_links(client):
    EventPageFactory()
    index = index_page(EventIndexPage, "pl")
    response, calendar = get_calendar(client, index)
    assert calendar.walk("VEVENT")
    text = unfolded(response.content)
    for event in EventPage.objects.exclude(join_link=""):
        assert event.join_link not in text


def test_event_page_links_to_its_calendar_file_and_to_google_calendar(client):
    start = datetime(2035, 7, 1, 18, 0, tzinfo=ZoneInfo("Europe/Kyiv"))
    event = EventPageFactory(
        title="Zustrich, Kyiv",
        start=start,
        end=start + timedelta(hours=2, minutes=30),
        time_zone="Europe/Kyiv",
    )
    response = client.get(event.url)
    assert response.status_code == 200
    links = response.context["calendar_links"]
    html = response.content.decode()
    assert f'href="{escape(links["file"])}"' in html
    assert f'href="{escape(links["google"])}"' in html
    assert links["file"] == calendar_url(client, event)
    _response, calendar = fetch_calendar(client, links["file"])
    assert str(only_event(calendar)["uid"]) == f"{event.translation_key}@komm-hub"

    google = urlsplit(links["google"])
    assert (google.scheme, google.netloc) == ("https", "calendar.google.com")
    query = parse_qs(google.query)
    assert query["dates"] == ["20350701T150000Z/20350701T173000Z"]
    assert re.fullmatch(r"\d{8}T\d{6}Z/\d{8}T\d{6}Z", query["dates"][0])
    expected = (
        f"{event.start.astimezone(UTC).strftime(UTC_FORMAT)}/"
        f"{event.end.astimezone(UTC).strftime(UTC_FORMAT)}"
    )
    assert query["dates"] == [expected]
    assert query["ctz"] == ["Europe/Kyiv"]
    assert query["text"] == [event.title]
    assert event.join_link not in links["google"]
    assert event.join_link not in query["details"][0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_calendar_links_of_an_event_point_to_it_in_its_language(client, rf, versions, language):
    event = versions[language]
    links = event.calendar_links(rf.get(event.url))
    _response, calendar = fetch_calendar(client, links["file"])
    assert str(only_event(calendar)["summary"]) == event.title
    query = parse_qs(urlsplit(links["google"]).query)
    start, end = query["dates"][0].split("/")
    assert datetime.strptime(start, UTC_FORMAT).replace(tzinfo=UTC) == event.start.replace(
        microsecond=0
    )
    assert datetime.strptime(end, UTC_FORMAT).replace(tzinfo=UTC) == event.end.replace(
        microsecond=0
    )
    assert query["ctz"] == [event.time_zone]
    assert BASE_URL + event.url in query["details"][0]


@pytest.mark.parametrize(
    ("local_start", "utc_offset"),
    [
        (datetime(2035, 7, 1, 18, 0), timedelta(hours=3)),
        (datetime(2035, 1, 15, 9, 30), timedelta(hours=2)),
    ],
)
def test_event_in_kyiv_gets_a_kyiv_time_zone_and_kyiv_times(client, local_start, utc_offset):
    start = local_start.replace(tzinfo=ZoneInfo("Europe/Kyiv"))
    assert start.utcoffset() == utc_offset
    event = EventPageFactory(start=start, end=start + timedelta(hours=1), time_zone="Europe/Kyiv")
    response, calendar = get_calendar(client, event)

    assert time_zone_ids(calendar) == {"Europe/Kyiv"}
    offsets = {
        rule.decoded("tzoffsetto")
        for zone in calendar.walk("VTIMEZONE")
        for rule in zone.subcomponents
    }
    assert utc_offset in offsets
    component = only_event(calendar)
    assert component["dtstart"].params["TZID"] == "Europe/Kyiv"
    assert component.decoded("dtstart") == start
    assert component.decoded("dtstart").utcoffset() == start.utcoffset()
    assert component.decoded("dtend") == start + timedelta(hours=1)
    stamp = local_start.strftime("%Y%m%dT%H%M%S")
    assert f"DTSTART;TZID=Europe/Kyiv:{stamp}\r\n" in unfolded(response.content)
