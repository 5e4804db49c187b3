"""PO files and machine translation, as translators use them in the admin."""

import polib
import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from tests.events.factories import EventPageFactory
from tests.page_types import PAGE_TYPES, live_versions

pytestmark = pytest.mark.django_db


def translation_of(page):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username))


def start_translation(client, page, language, django_capture_on_commit_callbacks):
    locale = Locale.objects.get(language_code=language)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [locale.pk]},
        )
    return page.get_translation(locale)


def test_po_file_downloads_for_every_page_type(client, django_capture_on_commit_callbacks):
    login(client, "translator-uk")
    for model in PAGE_TYPES:
        page = live_versions(model, django_capture_on_commit_callbacks)["uk"]
        url = reverse("wagtail_localize:download_pofile", args=[translation_of(page).pk])
        response = client.get(url)
        assert response.status_code == 200, model.__name__
        po = polib.pofile(response.content.decode())
        assert po.translated_entries(), model.__name__


def test_po_file_upload_translates_the_page(client, django_capture_on_commit_callbacks):
    event = EventPageFactory(title="Spotkanie z pliku PO", summary="Opis z pliku PO.")
    login(client, "translator-uk")
    draft = start_translation(client, event, "uk", django_capture_on_commit_callbacks)
    translation = translation_of(draft)
    po = polib.pofile(
        client.get(
            reverse("wagtail_localize:download_pofile", args=[translation.pk])
        ).content.decode()
    )
    for entry in po:
        entry.msgstr = f"{entry.msgid}-uk" if entry.msgctxt == "slug" else f"PO: {entry.msgid}"
    upload = SimpleUploadedFile(
        "uk.po", str(po).encode(), content_type="text/x-gettext-translation"
    )
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload}
    )
    assert response.status_code == 302
    total, done = translation.get_progress()
    assert done == total
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[draft.pk]), {"action": "publish"})
    draft.refresh_from_db()
    client.logout()
    html = client.get(draft.url).content.decode()
    assert "PO: Spotkanie z pliku PO" in html
    assert "PO: Opis z pliku PO." in html


def test_machine_translation_fills_missing_strings(
    client, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
    }
    event = EventPageFactory(title="Spotkanie maszynowe")
    login(client, "translator-en")
    draft = start_translation(client, event, "en", django_capture_on_commit_callbacks)
    translation = translation_of(draft)
    total, done = translation.get_progress()
    assert done < total
    response = client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]),
        {"next": reverse("wagtailadmin_pages:edit", args=[draft.pk])},
    )
    assert response.status_code == 302
    total, done = translation.get_progress()
    assert done == total
