"""`purge_personal_data`: what the retention period allows no longer is removed; run daily."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from core.personal_data import collect


class Command(BaseCommand):
    help = "Delete registrations and submissions kept longer than the retention period."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.KOMM_PERSONAL_DATA_RETENTION_DAYS,
            help="Days after an event ends (default from KOMM_PERSONAL_DATA_RETENTION_DAYS).",
        )

    def handle(self, *args, **options):
        counts = collect("purge", timezone.now(), options["days"])
        for name, count in counts.items():
            self.stdout.write(f"{name}: {count} deleted")
