"""Who may do what in the admin: every role against every admin URL of a Polish event and of
its Ukrainian translation, against the changes those URLs make, against the moderation of a
member's story and against wagtail-localize's tools. Allowed means 200 (or the change made);
refused means a redirect to the login (anonymous, and people without admin access) or to the
dashboard with an error (logged in), or 403, and nothing changed."""

from urllib.parse import urlencode

import polib
import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from events.models import EventIndexPage
from tests.admin_forms import edit_form_data
from tests.factories import home_page
from tests.workflow.roles import (
    ALL,
    ALLOWED,
    assert_refused,
    log_in,
)

pytestmark = pytest.mark.django_db


ALL |= {"po_download", "registrations", "export", "translation_status"}


ALL |= {"revision_preview", "revisions_compare", "workflow_history", "revisions_revert"}


ALL |= {"sync", "compare_source", "translation_preview"}


def urls(page):
    translation = (
        Translation.objects.filter(target_locale=page.locale)
        .filter(source__object_id=page.translation_key)
        .first()
    )
    pages = "wagtailadmin_pages"
    result = {
        "edit": reverse(f"{pages}:edit", args=[page.pk]),
        "history": reverse("wagtailadmin_pages:history", args=[page.pk]),
        "view_draft": reverse(f"{pages}:view_draft", args=[page.pk]),
        "unpublish": reverse(f"{pages}:unpublish", args=[page.pk]),
        "copy": reverse("wagtailadmin_pages:copy", args=[page.pk]),
        "move": reverse("wagtailadmin_pages:move", args=[page.pk]),
        "delete": reverse(f"{pages}:delete", args=[page.pk]),
        "translate": reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        "registrations": reverse("wagtailforms:list_submissions", args=[page.pk]),
        "export": reverse("wagtailforms:list_submissions", args=[page.pk]) + "?export=csv",
        "translation_status": reverse("komm_translation_status"),
        "revision_preview": reverse(
            f"{pages}:revisions_view", args=[page.pk, page.latest_revision_id]
        ),
        "revisions_compare": reverse(
            f"{pages}:revisions_compare", args=[page.pk, "earliest", "latest"]
        ),
        "workflow_history": reverse(f"{pages}:workflow_history", args=[page.pk]),
        "revisions_revert": reverse(
            f"{pages}:revisions_revert", args=[page.pk, page.latest_revision_id]
        ),
        "compare_source": reverse(
            "komm_source_revisions_compare", args=[page.pk, "earliest", "latest"]
        ),
    }
    if translation is not None:
        result["po_download"] = reverse("wagtail_localize:download_pofile", args=[translation.pk])
        result["translation_preview"] = reverse(
            "wagtail_localize:preview_translation", args=[translation.pk]
        )
    source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale=page.locale
    ).first()
    if source is not None:
        result["sync"] = reverse("wagtail_localize:update_translations", args=[source.pk])
    return result


@pytest.mark.parametrize("role", list(ALLOWED))
def test_role_matrix(client, member, role, event_versions):
    log_in(client, role, member)
    outcome = {}
    for language, page in event_versions.items():
        for name, url in urls(page.specific).items():
            response = client.get(url)
            allowed = response.status_code == 200
            if not allowed:
                assert_refused(response, role, language, name)
            outcome.setdefault(language, set())
            if allowed:
                outcome[language].add(name)
    expected = {
        language: ALLOWED[role][language] & set(urls(event_versions[language]))
        for language in event_versions
    }
    assert outcome == expected


# The changes each role may make (POST, PUT) on the Polish original (pl) and its Ukrainian
# translation (uk). "sync" brings the source up to date for the translation editor;
# "sync_publish" also publishes every translation. Names that do not apply to a version (the
# translation tools on the original, the sync on the translation) are left out of the check.
CHANGES = {"publish", "revert", "unpublish", "delete", "copy", "move", "preview"}


CHANGES |= {"string_edit", "po_upload", "sync", "sync_publish"}


ONLY_ON = {"string_edit": "uk", "po_upload": "uk", "sync": "pl", "sync_publish": "pl"}


NOTHING = {"pl": set(), "uk": set()}


CHANGES_ALLOWED = {
    "anonymous": NOTHING,
    "member": NOTHING,
    "translator-en": {"pl": {"sync"}, "uk": set()},
    "translator-uk": {
        "pl": {"sync"},
        "uk": {"publish", "revert", "unpublish", "preview", "string_edit", "po_upload"},
    },
    "moderator": {"pl": CHANGES, "uk": CHANGES},
    "editor": {"pl": CHANGES, "uk": CHANGES},
    "admin": {"pl": CHANGES, "uk": CHANGES},
}


NEW_TITLE = "Tytuł zmieniony w teście ról"


COPY_SLUG = "kopia-z-testu-rol"


class Changes:
    """One request per change and how to tell from the database that it was made."""

    def __init__(self, client, versions):
        self.versions = versions
        self.uk_translation = Translation.objects.get(
            source__object_id=versions["pl"].translation_key,
            target_locale=versions["uk"].locale,
        )
        self.source = self.uk_translation.source
        editor = get_user_model().objects.get(username="editor")
        client.force_login(editor)
        edit_url = reverse("wagtailadmin_pages:edit", args=[versions["pl"].pk])
        self.form = edit_form_data(client, versions["pl"], edit_url)
        po_url = reverse("wagtail_localize:download_pofile", args=[self.uk_translation.pk])
        po = polib.pofile(client.get(po_url).content.decode())
        next(entry for entry in po if entry.msgctxt == "title").msgstr = "Переклад з PO"
        self.po = str(po).encode()
        client.logout()
        self.segment = StringSegment.objects.get(source=self.source, context__path="summary")
        self.destinations = {
            language: home_page(language).add_child(
                instance=EventIndexPage(title="Archiwum", slug=f"archiwum-{language}")
            )
            for language in versions
        }

    def post(self, client, name, language):
        page = self.versions[language]
        pages = "wagtailadmin_pages"
        publish = (
            self.form | {"title": NEW_TITLE, "action-publish": "action-publish"}
            if language == "pl"
            else {"action": "publish"}
        )
        if name == "publish":
            return client.post(reverse(f"{pages}:edit", args=[page.pk]), publish)
        if name == "revert":
            earliest = page.revisions.order_by("created_at", "id").first()
            return client.post(
                reverse(f"{pages}:revisions_revert", args=[page.pk, earliest.pk]), publish
            )
        if name in ("unpublish", "delete"):
            return client.post(reverse(f"{pages}:{name}", args=[page.pk]))
        if name == "copy":
            return client.post(
                reverse(f"{pages}:copy", args=[page.pk]),
                {
                    "new_title": "Kopia",
                    "new_slug": COPY_SLUG,
                    "new_parent_page": page.get_parent().pk,
                },
            )
        if name == "move":
            destination = self.destinations[language]
            return client.post(reverse(f"{pages}:move_confirm", args=[page.pk, destination.pk]))
        if name == "preview":
            return client.post(reverse(f"{pages}:preview_on_edit", args=[page.pk]), self.form)
        if name == "string_edit":
            url = reverse(
                "wagtail_localize:edit_string_translation",
                args=[self.uk_translation.pk, self.segment.pk],
            )
            body = urlencode({"value": "Опис від перекладача"})
            return client.put(url, body, content_type="application/x-www-form-urlencoded")
        if name == "po_upload":
            url = reverse("wagtail_localize:upload_pofile", args=[self.uk_translation.pk])
            return client.post(url, {"file": SimpleUploadedFile("uk.po", self.po)})
        url = reverse("wagtail_localize:update_translations", args=[self.source.pk])
        return client.post(url, {"publish_translations": "on"} if name == "sync_publish" else {})

    def made(self, name, language, response):
        before = self.versions[language]
        page = Page.objects.filter(pk=before.pk).first()
        if name in ("publish", "revert"):
            if language == "pl":
                return page.title == NEW_TITLE
            return page.live_revision_id != before.live_revision_id
        if name == "unpublish":
            return not page.live
        if name == "delete":
            return page is None
        if name == "copy":
            return Page.objects.filter(slug=COPY_SLUG).exists()
        if name == "move":
            return page.get_parent().pk == self.destinations[language].pk
        if name == "preview":
            return response.status_code == 200 and "is_valid" in response.json()
        if name == "string_edit":
            return StringTranslation.objects.filter(data="Опис від перекладача").exists()
        if name == "po_upload":
            return StringTranslation.objects.filter(data="Переклад з PO").exists()
        if name == "sync":
            source = TranslationSource.objects.get(pk=self.source.pk)
            return source.last_updated_at != self.source.last_updated_at
        uk = Page.objects.get(pk=self.versions["uk"].pk)
        return uk.live_revision_id != self.versions["uk"].live_revision_id


@pytest.mark.parametrize("role", list(CHANGES_ALLOWED))
def test_changes_by_role(client, member, role, event_versions, django_capture_on_commit_callbacks):
    """Each change is made and undone in a savepoint, so every one starts from the same event."""
    changes = Changes(client, event_versions)
    outcome = {language: set() for language in event_versions}
    for language in event_versions:
        for name in sorted(CHANGES):
            if ONLY_ON.get(name, language) != language:
                continue
            with transaction.atomic():
                log_in(client, role, member)
                with django_capture_on_commit_callbacks(execute=True):
                    response = changes.post(client, name, language)
                if changes.made(name, language, response):
                    outcome[language].add(name)
                else:
                    assert_refused(response, role, language, name)
                transaction.set_rollback(True)
    expected = {
        language: {
            name
            for name in CHANGES_ALLOWED[role][language]
            if ONLY_ON.get(name, language) == language
        }
        for language in event_versions
    }
    assert outcome == expected
