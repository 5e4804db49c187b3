"""Who may do what in the admin: every role against every admin URL of a Polish event and of
its Ukrainian translation, against the changes those URLs make, against the moderation of a
member's story and against wagtail-localize's tools. Allowed means 200 (or the change made);
refused means a redirect to the login (anonymous, and people without admin access) or to the
dashboard with an error (logged in), or 403, and nothing changed."""

import csv
import io
import json
from urllib.parse import urlencode

import polib
import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import resolve, reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from events.models import EventIndexPage, EventPage
from news.models import StorySubmission, StorySubmissionPage
from tests.admin_forms import edit_form_data
from tests.factories import home_page, make_event
from tests.forms import story_entries

pytestmark = pytest.mark.django_db

ALL = {"edit", "history", "view_draft", "unpublish", "copy", "move", "delete", "translate"}
ALL |= {"po_download", "registrations", "export", "translation_status"}
ALL |= {"revision_preview", "revisions_compare", "workflow_history", "revisions_revert"}
ALL |= {"sync", "compare_source", "translation_preview"}
# What each role may open, on the Polish original (pl) and on its Ukrainian translation (uk).
ALLOWED = {
    "anonymous": {"pl": set(), "uk": set()},
    "member": {"pl": set(), "uk": set()},
    # Translators may start a translation of any page ("Translate this page"); the locales on
    # offer are only those they may write in (see the test below). They may bring the source of
    # their translation up to date ("sync") and read how it changed ("compare_source"), not
    # the other translations.
    "translator-en": {
        "pl": {"translate", "translation_status", "sync", "compare_source"},
        "uk": {"translate", "translation_status"},
    },
    "translator-uk": {
        "pl": {"translate", "translation_status", "sync", "compare_source"},
        "uk": {"edit", "history", "view_draft", "unpublish", "po_download", "translate"}
        | {"translation_status", "revision_preview", "revisions_compare", "workflow_history"}
        | {"revisions_revert", "compare_source", "translation_preview"},
    },
    "moderator": {"pl": ALL, "uk": ALL},
    "editor": {"pl": ALL, "uk": ALL},
    "admin": {"pl": ALL, "uk": ALL},
}


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


@pytest.fixture
def member():
    return get_user_model().objects.create_user("member", "member@example.org", "x")


def log_in(client, role, member):
    if role == "member":
        client.force_login(member)
    elif role != "anonymous":
        client.force_login(get_user_model().objects.get(username=role))


def assert_refused(response, role, *where):
    assert response.status_code in (302, 403), (role, *where, response.status_code)
    if response.status_code == 302:
        expected = (
            "/admin/login/" if role in ("anonymous", "member") else reverse("wagtailadmin_home")
        )
        assert response["Location"].startswith(expected), (role, *where, response["Location"])


def event_versions():
    source = EventPage.objects.live().filter(locale__language_code="pl").upcoming().first()
    return {"pl": source, "uk": source.get_translations().get(locale__language_code="uk").specific}


@pytest.mark.parametrize("role", list(ALLOWED))
def test_role_matrix(client, member, role):
    versions = event_versions()
    log_in(client, role, member)
    outcome = {}
    for language, page in versions.items():
        for name, url in urls(page.specific).items():
            response = client.get(url)
            allowed = response.status_code == 200
            if not allowed:
                assert_refused(response, role, language, name)
            outcome.setdefault(language, set())
            if allowed:
                outcome[language].add(name)
    expected = {
        language: ALLOWED[role][language] & set(urls(versions[language])) for language in versions
    }
    assert outcome == expected


def test_translator_cannot_translate_into_another_language(
    client, django_capture_on_commit_callbacks
):
    source = make_event(title="Spotkanie dla tłumaczy")
    assert resolve(
        reverse("wagtail_localize:submit_page_translation", args=[source.pk])
    ).url_name == ("komm_submit_page_translation")
    client.force_login(get_user_model().objects.get(username="translator-en"))
    url = reverse("wagtail_localize:submit_page_translation", args=[source.pk])
    uk = Locale.objects.get(language_code="uk")
    en = Locale.objects.get(language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"locales": [uk.pk]})
    assert not source.get_translations().filter(locale=uk).exists()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"locales": [en.pk]})
    assert source.get_translations().filter(locale=en).exists()


def test_translator_cannot_upload_a_po_file_into_another_language(client):
    target = EventPage.objects.live().filter(locale__language_code="uk").first()
    translation = Translation.objects.get(
        source__object_id=target.translation_key, target_locale=target.locale
    )
    users = get_user_model().objects
    client.force_login(users.get(username="translator-uk"))
    po = polib.pofile(
        client.get(
            reverse("wagtail_localize:download_pofile", args=[translation.pk])
        ).content.decode()
    )
    entry = next(entry for entry in po if entry.msgctxt == "title")
    entry.msgstr = "Переклад від іншої мови"
    upload_url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])

    def upload():
        file = SimpleUploadedFile("uk.po", str(po).encode(), content_type="text/plain")
        return client.post(upload_url, {"file": file})

    client.force_login(users.get(username="translator-en"))
    assert upload().status_code in (302, 403)
    assert not StringTranslation.objects.filter(data="Переклад від іншої мови").exists()
    client.force_login(users.get(username="translator-uk"))
    upload()
    assert StringTranslation.objects.filter(data="Переклад від іншої мови").exists()


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
def test_changes_by_role(client, member, role, django_capture_on_commit_callbacks):
    """Each change is made and undone in a savepoint, so every one starts from the demo event."""
    versions = event_versions()
    changes = Changes(client, versions)
    outcome = {language: set() for language in versions}
    for language in versions:
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
        for language in versions
    }
    assert outcome == expected


@pytest.fixture
def story_in_moderation(client):
    """A story sent in Ukrainian through the public form, which starts the moderation."""
    form_page = StorySubmissionPage.objects.live().get(locale__language_code="uk")
    client.post(
        form_page.url,
        story_entries(title="Історія на модерації", contact_email="roles@example.org"),
    )
    return StorySubmission.objects.get(contact_email="roles@example.org").story


MODERATING_ROLES = {"moderator", "editor", "admin"}


def test_only_moderators_editors_and_admins_approve_or_decline_a_story(
    client, member, story_in_moderation
):
    story = story_in_moderation
    task_state = story.current_workflow_task_state
    assert story.workflow_in_progress and not story.live
    for role in ALLOWED:
        for action in ("approve", "reject"):
            with transaction.atomic():
                log_in(client, role, member)
                url = reverse(
                    "wagtailadmin_pages:workflow_action", args=[story.pk, action, task_state.pk]
                )
                response = client.post(url, {"comment": ""})
                story.refresh_from_db()
                status = StorySubmission.objects.get(story=story).status
                if role in MODERATING_ROLES:
                    assert response.status_code == 302, (role, action)
                    assert not story.workflow_in_progress
                    assert story.live == (action == "approve"), (role, action)
                    assert status == ("published" if action == "approve" else "rejected")
                else:
                    assert_refused(response, role, action)
                    assert story.workflow_in_progress and not story.live, (role, action)
                    assert status == "in_review"
                transaction.set_rollback(True)


def test_only_moderators_editors_and_admins_open_the_story_submissions(
    client, member, story_in_moderation
):
    for role in ALLOWED:
        log_in(client, role, member)
        for language in ("pl", "uk"):
            form_page = StorySubmissionPage.objects.get(locale__language_code=language)
            url = reverse("wagtailforms:list_submissions", args=[form_page.pk])
            listing = client.get(url)
            export = client.get(url + "?export=csv")
            if role in MODERATING_ROLES:
                assert listing.status_code == 200, (role, language)
                rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
                assert export.status_code == 200 and len(rows) == 2, (role, language)
            else:
                assert_refused(listing, role, language, "list")
                assert_refused(export, role, language, "export")
        client.logout()


def test_translator_sees_what_changed_in_the_source(client):
    """An editor changes and publishes the Polish event; the Ukrainian translator brings the
    source up to date, reads the change in the source's revisions and finds the changed text
    waiting for translation in the translation editor, while the live translation keeps its
    text until they publish."""
    versions = event_versions()
    source, translated = versions["pl"], versions["uk"]
    users = get_user_model().objects
    editor = Client()
    editor.force_login(users.get(username="editor"))
    edit_url = reverse("wagtailadmin_pages:edit", args=[source.pk])
    changed = "Nowy opis spotkania po zmianie."
    data = edit_form_data(editor, source, edit_url) | {"summary": changed, "action-publish": "1"}
    assert editor.post(edit_url, data).status_code == 302
    source.refresh_from_db()
    assert source.summary == changed

    client.force_login(users.get(username="translator-uk"))
    standard = reverse(
        "wagtailadmin_pages:revisions_compare", args=[source.pk, "earliest", "latest"]
    )
    assert_refused(client.get(standard), "translator-uk", "wagtail's compare")
    compare = client.get(
        reverse("komm_source_revisions_compare", args=[source.pk, "earliest", "latest"])
    )
    assert compare.status_code == 200
    assert changed in compare.content.decode()
    assert edit_url not in compare.content.decode()

    translation_source = TranslationSource.objects.get(
        object_id=source.translation_key, locale=source.locale
    )
    sync = reverse("wagtail_localize:update_translations", args=[translation_source.pk])
    assert client.get(sync).status_code == 200
    assert client.post(sync, {}).status_code == 302

    translation_editor = client.get(reverse("wagtailadmin_pages:edit", args=[translated.pk]))
    assert translation_editor.status_code == 200
    props = json.loads(translation_editor.context["props"])
    translated_ids = {item["segment_id"] for item in props["initialStringTranslations"]}
    summary = next(s for s in props["segments"] if s.get("contentPath") == "summary")
    assert summary["source"] == changed
    assert summary["id"] not in translated_ids
    title = next(s for s in props["segments"] if s.get("contentPath") == "title")
    assert title["id"] in translated_ids
    translated.refresh_from_db()
    assert translated.summary != changed


def test_sync_is_refused_to_a_translator_without_a_translation_of_the_page(client):
    source = make_event(title="Spotkanie tylko po polsku i angielsku")
    translation_source, _created = TranslationSource.get_or_create_from_instance(source)
    Translation.objects.create(
        source=translation_source, target_locale=Locale.objects.get(language_code="en")
    ).save_target()
    url = reverse("wagtail_localize:update_translations", args=[translation_source.pk])
    compare = reverse("komm_source_revisions_compare", args=[source.pk, "earliest", "latest"])
    users = get_user_model().objects
    client.force_login(users.get(username="translator-uk"))
    for response in (client.get(url), client.post(url, {}), client.get(compare)):
        assert_refused(response, "translator-uk")
    client.force_login(users.get(username="translator-en"))
    assert client.get(url).status_code == 200
    assert client.get(compare).status_code == 200
