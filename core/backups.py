"""What a backup folder holds, shared by the backup_site and restore_site commands."""

import os
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.files.storage import storages
from django.core.management.base import CommandError
from django.db import connection

DATABASE_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
MEDIA_FILE = "media.tar.gz"
MANIFEST = "manifest.json"


def file_folders():
    """The folders of files kept on this server, by their name in the archive: the media and
    the private files (signed declarations). Files on S3 are not archived (bucket versioning)."""
    folders = {"media": Path(settings.MEDIA_ROOT)}
    private = storages["private"]
    if hasattr(private, "location"):
        folders["private"] = Path(private.location)
    return folders


def run_pg(program, *arguments):
    """Run a PostgreSQL client program against the configured database; the password travels
    in the environment, never on the command line where other users could read it."""
    settings = connection.settings_dict
    command = [program, "--dbname", settings["NAME"]]
    if settings.get("HOST"):
        command += ["--host", settings["HOST"]]
    if settings.get("PORT"):
        command += ["--port", str(settings["PORT"])]
    if settings.get("USER"):
        command += ["--username", settings["USER"]]
    environment = {**os.environ}
    if settings.get("PASSWORD"):
        environment["PGPASSWORD"] = settings["PASSWORD"]
    result = subprocess.run([*command, *arguments], env=environment, capture_output=True, text=True)
    if result.returncode:
        raise CommandError(f"{program} failed: {result.stderr.strip()}")
