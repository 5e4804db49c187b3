"""Compile the project's gettext catalogues with polib, so no system gettext is needed."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


def catalogues():
    for locale_path in settings.LOCALE_PATHS:
        yield from sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po"))


class Command(BaseCommand):
    help = "Compile every .po file of the project into its .mo file."

    def handle(self, *args, **options):
        for po_path in catalogues():
            polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
            self.stdout.write(f"Compiled {po_path.relative_to(settings.BASE_DIR)}")
