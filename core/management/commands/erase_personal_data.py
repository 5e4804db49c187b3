"""`erase_personal_data EMAIL`: the right to erasure, through every app's registered
provider (core.personal_data)."""

from django.core.management.base import BaseCommand

from core.personal_data import collect


class Command(BaseCommand):
    help = "Remove everything stored about an e-mail address (right to erasure)."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, **options):
        counts = collect("erase", options["email"])
        for name, count in counts.items():
            self.stdout.write(f"{name}: {count} removed")
