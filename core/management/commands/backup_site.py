"""Write a backup of the database and the uploaded files into one folder.

PostgreSQL is dumped with pg_dump's custom format (restorable into an empty database with any
owner); SQLite is copied through its online backup API, so the site can stay up meanwhile.
"""

import json
import sqlite3
import tarfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone

from core.backups import DATABASE_FILES, MANIFEST, MEDIA_FILE, file_folders, run_pg


class Command(BaseCommand):
    help = "Back up the database and the media files into a new folder."

    def add_arguments(self, parser):
        parser.add_argument("--to", default="backups", help="parent folder (default: backups)")

    def handle(self, *args, **options):
        folder = Path(options["to"]) / timezone.now().strftime("%Y%m%d-%H%M%S")
        folder.mkdir(parents=True, exist_ok=False)
        vendor = connection.vendor
        if vendor == "postgresql":
            self.dump_postgresql(folder / DATABASE_FILES[vendor])
        elif vendor == "sqlite":
            self.copy_sqlite(folder / DATABASE_FILES[vendor])
        else:
            raise CommandError(f"No backup method for {vendor}.")
        with tarfile.open(folder / MEDIA_FILE, "w:gz") as archive:
            for name, path in file_folders().items():
                if path.exists():
                    archive.add(path, arcname=name)
        (folder / MANIFEST).write_text(
            json.dumps({"vendor": vendor, "created": timezone.now().isoformat()}, indent=2)
        )
        self.stdout.write(str(folder))

    def dump_postgresql(self, target):
        run_pg("pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", str(target))

    def copy_sqlite(self, target):
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)
