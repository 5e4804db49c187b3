"""After registering: staff answer each request for interpretation or accessibility help (the
person hears in their language; an arranged interpretation shows on the event page), and once
the meeting's summary is online, the participants are told, once. Each e-mail is written to
the outbox with the change it reports; the outbox allows one of each kind per registration."""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from core.cache import numbers_changed

from .models import EmailDelivery, Registration
from .registrations import queue_emails


def answer_help(registration_id, outcome, note):
    """Record what was arranged and tell the person; an answered request stays answered."""
    with transaction.atomic():
        registration = Registration.objects.select_for_update().get(pk=registration_id)
        if registration.help_answered_at or not registration.asked_for_help:
            return False
        registration.help_outcome = outcome
        registration.help_note = note
        registration.help_answered_at = timezone.now()
        registration.save(update_fields=["help_outcome", "help_note", "help_answered_at"])
        queue_emails([EmailDelivery(registration=registration, kind=EmailDelivery.Kind.HELP)])
        # The event page names the interpretation arranged.
        numbers_changed()
    return True


def help_requests(registrations):
    """How many active registrations asked for help, and how many of those are answered."""
    asked = registrations.active().filter(~Q(interpretation="") | ~Q(accessibility_needs=""))
    return {
        "asked": asked.count(),
        "answered": asked.filter(help_answered_at__isnull=False).count(),
    }


def tell_participants(event):
    """E-mail every confirmed participant that the summary is online, in their language;
    whoever has been told is not told again. Returns how many e-mails were queued."""
    with transaction.atomic():
        told = EmailDelivery.objects.filter(kind=EmailDelivery.Kind.SUMMARY).values(
            "registration_id"
        )
        participants = Registration.objects.filter(
            event_key=event.translation_key, status=Registration.Status.CONFIRMED
        ).exclude(pk__in=told)
        deliveries = [
            EmailDelivery(registration=registration, kind=EmailDelivery.Kind.SUMMARY)
            for registration in participants.select_for_update()
        ]
        queue_emails(deliveries)
    return len(deliveries)
