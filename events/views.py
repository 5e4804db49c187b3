"""Event views that are not pages: cancelling a registration from the e-mail's link and the
calendar files."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from .calendar import build_calendar, calendar_response
from .emails import event_in_language, registration_for_token
from .models import EventPage
from .registrations import cancel


@never_cache
@require_http_methods(["GET", "POST"])
def cancel_registration(request, token):
    """GET asks for confirmation (mail scanners follow links); POST cancels, once."""
    registration = registration_for_token(token)
    if registration is None:
        raise Http404("Unknown cancellation link")
    event = event_in_language(registration.event_key, request.LANGUAGE_CODE)
    cancelled_now = False
    if request.method == "POST":
        cancelled_now = cancel(registration.pk)
        registration.refresh_from_db()
    return TemplateResponse(
        request,
        "events/cancel_registration.html",
        {
            "title": gettext_lazy("Cancel registration"),
            "registration": registration,
            "event": event,
            "cancelled_now": cancelled_now,
        },
    )


def live_events(request):
    return EventPage.objects.live().public().filter(locale__language_code=request.LANGUAGE_CODE)


def event_calendar(request, event_key):
    """One event as a calendar file, in the language of the URL; never the join link."""
    event = get_object_or_404(live_events(request), translation_key=event_key)
    url = request.build_absolute_uri(event.get_url(request))
    return calendar_response(build_calendar([(event, url)], event.title), f"{event.slug}.ics")


def calendar_feed(request):
    """A calendar people subscribe to: upcoming events in the language of the URL."""
    items = [
        (event, request.build_absolute_uri(event.get_url(request)))
        for event in live_events(request).upcoming()
    ]
    return calendar_response(build_calendar(items, "KOMM Hub: " + gettext("Events")))
