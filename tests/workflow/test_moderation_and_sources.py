"""Stories in moderation, the translators' view of the source, and translating into a language
that is not one's own: each role against each action."""

import csv
import io
import json

import polib
import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import resolve, reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from news.models import StorySubmission, StorySubmissionPage
from tests.admin_forms import edit_form_data
from tests.events.factories import EventPageFactory
from tests.forms import story_entries
from tests.workflow.roles import (
    ALLOWED,
    assert_refused,
    log_in,
)

pytestmark = pytest.mark.django_db


def test_translator_cannot_translate_into_another_language(
    client, django_capture_on_commit_callbacks
):
    source = EventPageFactory(title="Spotkanie dla tłumaczy")
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


def test_translator_cannot_upload_a_po_file_into_another_language(client, event_versions):
    target = event_versions["uk"]
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


def test_translator_sees_what_changed_in_the_source(client, event_versions):
    """An editor changes and publishes the Polish event; the Ukrainian translator brings the
    source up to date, reads the change in the source's revisions and finds the changed text
    waiting for translation in the translation editor, while the live translation keeps its
    text until they publish."""
    source, translated = event_versions["pl"], event_versions["uk"]
    users = get_user_model().objects
    editor = Client()
    editor.force_login(users.get(username="editor"))
    edit_url = reverse("wagtailadmin_pages:edit", args=[source.pk])
    changed = "Termin przesunięty na czwartek."
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
    source = EventPageFactory(title="Spotkanie tylko po polsku i angielsku")
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
