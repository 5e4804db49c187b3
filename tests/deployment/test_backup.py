"""The restore drill: back up a site, restore it into an empty database, compare what it serves.
It runs with the fast suite on PostgreSQL (CI's PostgreSQL lane): it needs pg_dump, not a
fault."""

import json
import os
import shutil
import uuid

import psycopg2
import pytest
from django.db import connection

from tests.commands import manage, manage_ok

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="the drill backs up PostgreSQL with pg_dump",
    ),
]

# Run inside `manage.py shell`: what a visitor and an auditor would see of the site.
SNAPSHOT = r"""
import hashlib, json, re
from pathlib import Path
from django.test import Client
from wagtail.models import Page
from wagtail_localize.models import Translation
from events.models import Registration
from home.models import CustomImage
from membership.models import MembershipApplication

client = Client()
pages = {}
for page in Page.objects.live().public().filter(depth__gt=1).order_by("path"):
    response = client.get(page.url)
    html = re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", response.content)
    pages[page.url] = [response.status_code, hashlib.sha256(html).hexdigest()]
images = {
    image.title: hashlib.sha256(Path(image.file.path).read_bytes()).hexdigest()
    for image in CustomImage.objects.all()
}
print(json.dumps({
    "pages": pages,
    "images": images,
    "translations": sorted(
        f"{t.source.object_id}:{t.target_locale.language_code}" for t in Translation.objects.all()
    ),
    "registrations": sorted(Registration.objects.values_list("email", "status", "event_key")),
    "declarations": {
        application.email: hashlib.sha256(application.declaration_file.read()).hexdigest()
        for application in MembershipApplication.objects.exclude(declaration_file="")
    },
}, default=str))
"""

# A visitor registers through the public form, so the backup holds real personal data. Run by
# this checkout's `manage.py shell`, so it fills the forms with the suite's builders.
REGISTER = r"""
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from events.models import EventPage
from membership.models import ApplicationPage
from tests.forms import application_entries, rsvp_entries

event = next(e for e in EventPage.objects.live() if e.registration_state() == "open")
response = Client().post(event.url, rsvp_entries(organisation="", interpretation=""))
assert response.status_code == 200, response.status_code

# And a group applies to join, with its signed declaration (a private file).
form = ApplicationPage.objects.live().get(locale__language_code="pl")
declaration = SimpleUploadedFile("d.pdf", b"%PDF-1.4\n%%EOF\n")
response = Client().post(form.url, application_entries(declaration_file=declaration))
assert response.status_code == 200, response.status_code
"""


def site_command(database_url, media, *arguments, stdin=None):
    environment = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "komm_site.settings.dev",
        "DJANGO_MEDIA_ROOT": str(media),
        "DJANGO_PRIVATE_ROOT": f"{media}-private",
        "KOMM_PAGE_CACHE_SECONDS": "0",
    }
    return manage_ok(*arguments, env=environment, stdin=stdin)


@pytest.fixture
def databases():
    """Two throwaway databases next to the test database, dropped afterwards."""
    params = connection.settings_dict
    base = f"postgres://{params['USER']}@{params['HOST'] or '127.0.0.1'}:{params['PORT'] or 5432}"
    names = [f"komm_drill_{uuid.uuid4().hex[:8]}" for _ in range(2)]
    admin = psycopg2.connect(
        dbname="postgres",
        user=params["USER"],
        host=params["HOST"] or "127.0.0.1",
        port=params["PORT"] or 5432,
        password=params["PASSWORD"] or None,
    )
    admin.autocommit = True
    with admin.cursor() as cursor:
        for name in names:
            cursor.execute(f'CREATE DATABASE "{name}"')
    yield [f"{base}/{name}" for name in names]
    with admin.cursor() as cursor:
        for name in names:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


def test_a_restored_site_serves_the_same_pages_translations_registrations_and_images(
    databases, tmp_path
):
    source, target = databases
    media, restored_media = tmp_path / "media", tmp_path / "restored-media"
    site_command(source, media, "migrate", "--noinput")
    site_command(source, media, "load_demo")
    site_command(source, media, "shell", "-c", REGISTER)
    before = json.loads(site_command(source, media, "shell", "--no-imports", "-c", SNAPSHOT))
    assert before["registrations"], "the drill needs a registration to carry over"
    assert before["declarations"], "and a private file"
    assert len(before["pages"]) > 30 and before["images"] and before["translations"]

    folder = site_command(source, media, "backup_site", "--to", str(tmp_path / "backups")).strip()
    site_command(target, restored_media, "restore_site", folder)
    after = json.loads(
        site_command(target, restored_media, "shell", "--no-imports", "-c", SNAPSHOT)
    )

    assert after == before
    assert all(status == 200 for status, _digest in after["pages"].values())


def test_restore_refuses_a_database_that_is_not_empty(databases, tmp_path):
    source, _target = databases
    media = tmp_path / "media"
    site_command(source, media, "migrate", "--noinput")
    folder = site_command(source, media, "backup_site", "--to", str(tmp_path / "backups")).strip()
    result = manage(
        "restore_site",
        folder,
        env={**os.environ, "DATABASE_URL": source, "DJANGO_MEDIA_ROOT": str(media)},
    )
    assert result.returncode != 0
    assert "not empty" in result.stderr
    shutil.rmtree(tmp_path / "backups")
