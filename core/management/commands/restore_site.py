"""Bring a backup written by `backup_site` back into an empty database and media folder.

Restoring over a live site would mix two states, so the database must be empty (no tables).
"""

import json
import shutil
import sqlite3
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from core.backups import DATABASE_FILES, MANIFEST, MEDIA_FILE, file_folders, run_pg


class Command(BaseCommand):
    help = "Restore a backup folder into an empty database and the media folder."

    def add_arguments(self, parser):
        parser.add_argument("folder", help="a folder written by backup_site")

    def handle(self, *args, **options):
        folder = Path(options["folder"])
        manifest = json.loads((folder / MANIFEST).read_text())
        vendor = connection.vendor
        if manifest["vendor"] != vendor:
            raise CommandError(f"This backup is of {manifest['vendor']}, not {vendor}.")
        if connection.introspection.table_names():
            raise CommandError("The database is not empty; restore into a new, empty one.")
        source = folder / DATABASE_FILES[vendor]
        if vendor == "postgresql":
            self.restore_postgresql(source)
        else:
            self.restore_sqlite(source)
        self.restore_media(folder / MEDIA_FILE)
        self.stdout.write(f"Restored {folder}")

    def restore_postgresql(self, source):
        run_pg("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", str(source))

    def restore_sqlite(self, source):
        connection.ensure_connection()
        with sqlite3.connect(source) as backup:
            backup.backup(connection.connection)

    def restore_media(self, archive_path):
        """The media and private folders, each from its folder in the archive."""
        media = Path(settings.MEDIA_ROOT)
        with tarfile.open(archive_path, "r:gz") as archive:
            staging = media.parent / f".{media.name}-restoring"
            shutil.rmtree(staging, ignore_errors=True)
            archive.extractall(staging, filter="data")
        for name, path in file_folders().items():
            restored = staging / name
            path.mkdir(parents=True, exist_ok=True)
            if restored.exists():
                shutil.copytree(restored, path, dirs_exist_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
