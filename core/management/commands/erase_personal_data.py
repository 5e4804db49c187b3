"""`erase_personal_data EMAIL`: the right to erasure, through every app's registered
provider (core.personal_data)."""

from core.management.person import PersonCommand
from core.personal_data import collect


class Command(PersonCommand):
    help = "Remove everything stored about an e-mail address (right to erasure)."

    def handle(self, *args, **options):
        counts = collect("erase", options["email"])
        for name, count in counts.items():
            self.stdout.write(f"{name}: {count} removed")
