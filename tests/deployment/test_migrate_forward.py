"""A database created by an earlier release keeps serving the same site after `migrate`.

The earlier release's code is taken from git (the clone CI starts from has the history), fills
a database with the demo and registrations through its own forms, and records what visitors
get (tests/deployment/snapshot.py); today's code then migrates that database and must give the
same answers. On PostgreSQL when the suite runs on it, else on SQLite.
"""

import json
import os
import subprocess
import sys
import urllib.parse
import uuid
from pathlib import Path

import psycopg2
import pytest
from django.conf import settings

REPO = Path(__file__).resolve().parents[2]
SNAPSHOT = Path(__file__).with_name("snapshot.py")
# Main before the member directory moved out of `home` into its own app.
EARLIER_RELEASE = "406d8c198eb2"


@pytest.fixture
def fresh_database(tmp_path):
    """A database URL of the same engine as the suite's, empty; on PostgreSQL a database of this
    run's own, dropped afterwards, whether the test passed or not."""
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        yield f"sqlite:///{tmp_path / 'earlier.sqlite3'}"
        return
    parts = urllib.parse.urlparse(os.environ["DATABASE_URL"])
    name = f"komm_migrate_forward_{uuid.uuid4().hex[:12]}"
    server = psycopg2.connect(parts._replace(path="/postgres").geturl())
    server.autocommit = True
    try:
        with server.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}"')
        yield parts._replace(path=f"/{name}").geturl()
    finally:
        with server.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.close()


def run(code, env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=code, env=env, check=True, capture_output=True
    )


def snapshot(code, env, out, **extra):
    run(code, {**env, "SNAPSHOT_OUT": str(out), **extra}, "shell", "-c", SNAPSHOT.read_text())
    return json.loads(out.read_text())


def test_a_database_of_the_earlier_release_serves_the_same_site_after_migrating(
    tmp_path, fresh_database
):
    earlier = tmp_path / "earlier"
    earlier.mkdir()
    archive = subprocess.run(
        ["git", "archive", EARLIER_RELEASE], cwd=REPO, check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(earlier)], input=archive, check=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "komm_site.settings.dev",
        "DATABASE_URL": fresh_database,
        "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
        "REDIS_URL": "",
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1:8000",
    }
    run(earlier, env, "migrate")
    run(earlier, env, "load_demo")
    before = snapshot(earlier, env, tmp_path / "before.json", SNAPSHOT_REGISTER="1")
    assert before["registrations"], "the earlier release took no registration"
    assert {"OrganisationPage", "EventPage", "MemberStoryPage"} <= {
        page["type"] for page in before["pages"].values()
    }
    assert all(page["status"] == 200 for page in before["pages"].values())
    members = [o for o in before["organisations"].values() if o["type"] == "OrganisationPage"]
    assert any(member["themes"] for member in members), "no organisation with themes"
    assert any(member["voivodeships"] for member in members), "no organisation with voivodeships"

    run(REPO, env, "migrate")
    after = snapshot(REPO, env, tmp_path / "after.json")

    assert after["pages"] == before["pages"]
    # Every organisation keeps its themes, voivodeships and languages, and its admin edit page
    # (and the directory's) opens for a superuser.
    assert after["organisations"] == before["organisations"]
    assert all(entry["edit"] == 200 for entry in after["organisations"].values())
    assert after["images"] == before["images"]
    assert after["registrations"] == before["registrations"]
    assert after["drafts"] == before["drafts"]
