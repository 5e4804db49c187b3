"""Who may do what in the admin: every role against every admin URL of a Polish event and of
its Ukrainian translation. Allowed means 200; refused means a redirect to the login (anonymous)
or to the dashboard with an error (logged in), or 403."""

import polib
import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import resolve, reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

from events.models import EventPage
from tests.factories import make_event

pytestmark = pytest.mark.django_db

ALL = {"edit", "history", "view_draft", "unpublish", "copy", "move", "delete", "translate"}
ALL |= {"po_download", "registrations", "export", "translation_status"}
ALL |= {"revision_preview", "revisions_compare", "workflow_history"}
# What each role may open, on the Polish original (pl) and on its Ukrainian translation (uk).
ALLOWED = {
    "anonymous": {"pl": set(), "uk": set()},
    "member": {"pl": set(), "uk": set()},
    # Translators may start a translation of any page ("Translate this page"); the locales on
    # offer are only those they may write in (see the test below).
    "translator-en": {
        "pl": {"translate", "translation_status"},
        "uk": {"translate", "translation_status"},
    },
    "translator-uk": {
        "pl": {"translate", "translation_status"},
        "uk": {"edit", "history", "view_draft", "unpublish", "po_download", "translate"}
        | {"translation_status", "revision_preview", "revisions_compare", "workflow_history"},
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
    }
    if translation is not None:
        result["po_download"] = reverse("wagtail_localize:download_pofile", args=[translation.pk])
    return result


@pytest.fixture
def member():
    return get_user_model().objects.create_user("member", "member@example.org", "x")


@pytest.mark.parametrize("role", list(ALLOWED))
def test_role_matrix(client, member, role):
    source = EventPage.objects.live().filter(locale__language_code="pl").upcoming().first()
    versions = {"pl": source, "uk": source.get_translations().get(locale__language_code="uk")}
    if role == "member":
        client.force_login(member)
    elif role != "anonymous":
        client.force_login(get_user_model().objects.get(username=role))
    outcome = {}
    for language, page in versions.items():
        for name, url in urls(page.specific).items():
            response = client.get(url)
            allowed = response.status_code == 200
            if not allowed:
                assert response.status_code in (302, 403), (role, language, name)
                if response.status_code == 302 and role == "anonymous":
                    assert "/admin/login/" in response["Location"]
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
