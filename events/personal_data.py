"""What this app stores about people, for the export, erase and purge commands
(core.personal_data)."""

from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.forms.models import model_to_dict

from core.personal_data import delete_and_count

from .models import EventPage, Registration

FIELDS = [
    "submit_time",
    "status",
    "language",
    "name",
    "email",
    "organisation",
    "email_language",
    "interpretation",
    "accessibility_needs",
    "consent_text",
    "form_data",
    "confirmed_at",
    "cancelled_at",
    "reminder_sent_at",
]


def export(email):
    registrations = Registration.objects.filter(email=email).order_by("submit_time")
    titles = dict(
        EventPage.objects.filter(
            translation_key__in=registrations.values("event_key"), locale__language_code="pl"
        ).values_list("translation_key", "title")
    )
    return {
        "event_registrations": [
            {
                "event": titles.get(registration.event_key, str(registration.event_key)),
                **model_to_dict(registration, fields=FIELDS),
                "submit_time": registration.submit_time,
                "emails": list(registration.deliveries.values("kind", "status", "sent_at")),
            }
            for registration in registrations
        ]
    }


def erase(email):
    """Remove every registration of the address; confirmed places go to the waiting list."""
    registrations = Registration.objects.filter(email=email)
    with transaction.atomic():
        return delete_and_count("event_registrations", registrations)


def purge(now, days):
    """Registrations of events that ended `days` ago, and of events deleted altogether."""
    ended = EventPage.objects.filter(end__lt=now - timedelta(days=days)).values("translation_key")
    existing = EventPage.objects.values("translation_key")
    registrations = Registration.objects.filter(Q(event_key__in=ended) | ~Q(event_key__in=existing))
    return delete_and_count("event_registrations", registrations)
