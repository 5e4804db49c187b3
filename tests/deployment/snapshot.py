"""What a visitor and the staff get from a database, written as JSON to $SNAPSHOT_OUT.

Run with `manage.py shell -c` by test_migrate_forward.py, by the code of an earlier release and
again by today's code after `migrate`, so it uses nothing but Wagtail and Django by name (and
fills the registration form itself: the suite's builders in tests/forms.py may not exist in the
earlier release). With $SNAPSHOT_REGISTER set it first registers for every event whose form is
open, through the form.
"""

import json
import os

from django.apps import apps
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Page

client = Client()
registration = apps.get_model("events", "Registration")
event_model = apps.get_model("events", "EventPage")

if os.environ.get("SNAPSHOT_REGISTER"):
    for number, event in enumerate(Page.objects.live().type(event_model).specific()):
        if 'name="consent"' in client.get(event.url).content.decode():
            client.post(
                event.url,
                {
                    "name": "Olena Kowalenko",
                    "email": f"olena{number}@example.org",
                    "organisation": "",
                    "email_language": "uk",
                    "interpretation": "",
                    "accessibility_needs": "",
                    "consent": "on",
                    "website": "",
                },
            )

pages = {}
for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
    response = client.get(page.url)
    pages[page.url] = {
        "status": response.status_code,
        "type": type(page).__name__,
        "language": page.locale.language_code,
        "translation_key": str(page.translation_key),
        "title_shown": page.title.replace("&", "&amp;") in response.content.decode(),
    }

# Each member organisation (and the directory's page): its vocabularies by code, and whether a
# superuser's admin edit page for it opens. The models moved between apps over the releases.
users = get_user_model().objects
superuser = users.filter(is_superuser=True).first() or users.create_superuser(
    "snapshot-admin", "snapshot-admin@example.org", "snapshot-admin-password"
)
staff = Client()
staff.force_login(superuser)
organisations = {}
for page in Page.objects.filter(depth__gt=1).specific().order_by("path"):
    if type(page).__name__ not in ("OrganisationPage", "OrganisationIndexPage"):
        continue
    edit = staff.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    organisations[page.url_path] = {"type": type(page).__name__, "edit": edit.status_code}
    for field in ("themes", "voivodeships", "languages"):
        if hasattr(page, field):
            codes = getattr(page, field).values_list("code", flat=True)
            organisations[page.url_path][field] = sorted(codes)

images = {}
for image in get_image_model().objects.order_by("pk"):
    rendition = image.get_rendition("width-400")
    storage = rendition.file.storage
    images[image.title] = {
        "original": storage.exists(image.file.name),
        "rendition": storage.exists(rendition.file.name),
    }

snapshot = {
    "pages": pages,
    "organisations": organisations,
    "images": images,
    "registrations": list(
        registration.objects.order_by("email").values_list("email", "status", "language")
    ),
    "drafts": Page.objects.filter(live=False).count(),
}
with open(os.environ["SNAPSHOT_OUT"], "w") as out:
    json.dump(snapshot, out, indent=1, default=str)
