from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from home.personal_data import collect
from home.ratelimit import forget_old_attempts


class Command(BaseCommand):
    help = (
        "Delete registrations and submissions kept longer than the retention period, and "
        "the form limits' counts older than a day."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.KOMM_PERSONAL_DATA_RETENTION_DAYS,
            help="Days after an event ends (default from KOMM_PERSONAL_DATA_RETENTION_DAYS).",
        )

    def handle(self, *args, **options):
        now = timezone.now()
        counts = collect("purge", now, options["days"])
        counts["form attempts (keyed hashes of senders)"] = forget_old_attempts(now)
        for name, count in counts.items():
            self.stdout.write(f"{name}: {count} deleted")
