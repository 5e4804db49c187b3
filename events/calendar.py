"""iCalendar files built with the icalendar library, which escapes text and adds VTIMEZONE."""

from datetime import UTC
from urllib.parse import urlencode

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as CalendarEvent

PRODUCT_ID = "-//KOMM Hub//Events//PL"


def event_uid(event):
    """The same in every language version, so a calendar never holds the meeting twice."""
    return f"{event.translation_key}@komm-hub"


def location(event, join_link=None):
    parts = [part for part in (event.venue, event.address.replace("\n", ", ")) if part]
    if join_link:
        parts.append(join_link)
    return ", ".join(parts) or str(event.get_mode_display())


def event_component(event, url, join_link=None):
    component = CalendarEvent()
    component.add("uid", event_uid(event))
    component.add("dtstamp", event.last_published_at or timezone.now())
    component.add("dtstart", event.local_start)
    component.add("dtend", event.local_end)
    component.add("summary", event.title)
    description = [event.summary, url]
    if join_link:
        description.insert(1, join_link)
    component.add("description", "\n\n".join(description))
    component.add("location", location(event, join_link))
    component.add("url", url)
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    return component


def build_calendar(items, name):
    """`items` are (event, url) pairs, or (event, url, join_link) for a confirmed registrant."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for item in items:
        calendar.add_component(event_component(*item))
    calendar.add_missing_timezones()
    return calendar


def calendar_response(calendar, filename=None):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def google_calendar_url(event, url):
    utc = "%Y%m%dT%H%M%SZ"
    query = {
        "action": "TEMPLATE",
        "text": event.title,
        "dates": f"{event.start.astimezone(UTC).strftime(utc)}/"
        f"{event.end.astimezone(UTC).strftime(utc)}",
        "details": f"{event.summary}\n\n{url}",
        "location": location(event),
        "ctz": event.time_zone,
    }
    return "https://calendar.google.com/calendar/render?" + urlencode(query)
