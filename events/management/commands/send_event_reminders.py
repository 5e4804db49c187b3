"""`send_event_reminders`: one reminder per confirmed registrant before an event; safe to run
as often as cron likes, as each reminder is an outbox row made once."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from events.models import EmailDelivery, EventPage, Registration


class Command(BaseCommand):
    help = "Remind confirmed registrants of events starting soon; safe to run every few minutes."

    def add_arguments(self, parser):
        parser.add_argument("--hours", type=int, default=settings.KOMM_REMINDER_HOURS)

    def handle(self, *args, **options):
        now = timezone.now()
        soon = EventPage.objects.live().filter(
            start__gt=now, start__lte=now + timedelta(hours=options["hours"])
        )
        due = Registration.objects.filter(
            event_key__in=soon.values("translation_key"),
            status=Registration.Status.CONFIRMED,
            reminder_sent_at__isnull=True,
        )
        sent = 0
        for pk in due.values_list("pk", flat=True):
            with transaction.atomic():
                # Claiming the row first makes a concurrent run skip it.
                claimed = Registration.objects.filter(pk=pk, reminder_sent_at__isnull=True).update(
                    reminder_sent_at=now
                )
                if not claimed:
                    continue
                if EmailDelivery.send_once(registration_id=pk, kind=EmailDelivery.Kind.REMINDER):
                    sent += 1
        self.stdout.write(f"{sent} reminders queued")
