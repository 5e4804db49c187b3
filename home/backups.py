"""What a backup folder holds, shared by the backup_site and restore_site commands."""

import os

from django.db import connection

DATABASE_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
MEDIA_FILE = "media.tar.gz"
MANIFEST = "manifest.json"


def pg_environment(program):
    """The PostgreSQL client command for the configured database; the password travels in the
    environment, never on the command line where other users could read it."""
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
    return command, environment
