"""A group applies to join, in its own language, with nothing but what the form asks."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from django.utils.html import escape

from membership.forms import DATA_CONSENT, DECLARATION_AGREEMENT
from membership.models import ApplicationPage, MembershipApplication
from tests.admin_forms import add_question
from tests.forms import application_entries, photo_upload
from tests.i18n import assert_says, gettext_in

pytestmark = pytest.mark.django_db


def form_page(language):
    return ApplicationPage.objects.live().get(locale__language_code=language)


PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.mark.parametrize("language", ["pl", "uk", "en"])
def test_the_form_asks_in_each_language_and_is_linked_from_the_join_page(client, language):
    page = form_page(language)
    html = client.get(page.url).content.decode()
    for question in ("Who is applying?", "Communities you work with or for", "Contact person"):
        assert escape(gettext_in(language, question)) in html
    assert 'name="krs"' in html and 'name="declaration_file"' in html
    assert page.declaration.split("</p>")[0].removeprefix("<p>")[:30] in html
    join_pages = [
        version
        for version in page.get_parent().get_descendants().live().specific()
        if f'href="{page.url}"' in client.get(version.url).content.decode()
        and version.pk != page.pk
    ]
    assert join_pages, f"no page of the {language} site links to the form"


def test_an_informal_group_applies_in_ukrainian_without_a_registration_number(
    client, django_capture_on_commit_callbacks
):
    page = form_page("uk")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page.url, application_entries())
    assert_says(response, "uk", "Thank you")
    application = MembershipApplication.objects.get(email="iryna@example.org")
    assert application.language == "uk"
    assert application.applicant_type == "informal-group"
    assert (application.krs, application.nip) == ("", "")
    assert sorted(application.voivodeships.values_list("code", flat=True)) == ["lubelskie"]
    assert sorted(application.themes.values_list("code", flat=True)) == ["education", "women"]
    assert sorted(application.languages.values_list("code", flat=True)) == ["pl", "uk"]
    with translation.override("uk"):
        assert application.consent_text == str(DATA_CONSENT)
        assert str(DECLARATION_AGREEMENT) in application.declaration_text
    with translation.override("en"):
        assert str(DATA_CONSENT) != application.consent_text, "the consent is in Ukrainian"
    assert "рівного ставлення" in application.declaration_text  # the Ukrainian declaration

    to_applicant = [message for message in mail.outbox if message.to == ["iryna@example.org"]]
    assert len(to_applicant) == 1
    subject = gettext_in("uk", "We have received your application to join the KOMM coalition")
    assert to_applicant[0].subject == subject
    assert subject != "We have received your application to join the KOMM coalition"
    staff = [message for message in mail.outbox if "iryna@example.org" not in message.to]
    assert len(staff) == 1
    assert "editor@komm.example.org" in staff[0].to
    assert staff[0].reply_to == ["iryna@example.org"]
    assert "/admin/membership/applications/inspect/" in staff[0].body


def test_a_registered_organisation_gives_its_numbers_and_they_are_checked(client):
    page = form_page("pl")
    entries = application_entries(
        applicant_type="organisation", name="Fundacja Test", krs="12345", nip="1234567890"
    )
    html = assert_says(
        client.post(page.url, entries),
        "pl",
        "A KRS number has 10 digits.",
        "This NIP number is not valid. Please check it, or leave the field empty.",
    )
    assert 'value="Fundacja Test"' in html, "the entries are kept"
    assert not MembershipApplication.objects.filter(name="Fundacja Test").exists()

    client.post(page.url, {**entries, "krs": "0000 123 456", "nip": "PL 526-025-09-95"})
    application = MembershipApplication.objects.get(name="Fundacja Test")
    assert (application.krs, application.nip) == ("0000123456", "5260250995")


def test_a_group_with_no_place_is_asked_for_a_voivodeship_or_nationwide(client):
    page = form_page("en")
    assert_says(
        client.post(page.url, application_entries(voivodeships=[])),
        "en",
        "Please choose at least one voivodeship, or tick “We work nationwide”.",
    )
    assert (
        not MembershipApplication.objects.exists()
        or not MembershipApplication.objects.filter(email="iryna@example.org").exists()
    )
    client.post(page.url, application_entries(voivodeships=[], nationwide="on"))
    assert MembershipApplication.objects.get(email="iryna@example.org").nationwide


@pytest.mark.parametrize(
    "field,value",
    [
        ("email", "not-an-address"),
        ("applicant_type", "company"),
        ("voivodeships", ["berlin"]),
        ("accept_declaration", ""),
        ("consent_data", ""),
        ("phone", "call me maybe"),
        ("name", "Line\x0bbreak"),
    ],
)
def test_bad_input_is_refused_with_the_entries_kept_and_nothing_stored(client, field, value):
    response = client.post(form_page("uk").url, application_entries(**{field: value}))
    html = assert_says(
        response, "uk", "Please correct the marked fields. Your entries have been kept."
    )
    assert "Iryna Bondarenko" in html
    assert not MembershipApplication.objects.filter(contact_name="Iryna Bondarenko").exists()
    assert mail.outbox == []


def test_the_honeypot_gets_the_thank_you_page_and_nothing_is_kept(client):
    response = client.post(form_page("pl").url, application_entries(website="http://spam.example"))
    assert response.status_code == 200
    assert not MembershipApplication.objects.filter(email="iryna@example.org").exists()
    assert mail.outbox == []


def test_a_signed_declaration_is_kept_privately_for_the_staff(client):
    upload = SimpleUploadedFile("deklaracja.pdf", PDF, content_type="application/pdf")
    client.post(form_page("pl").url, application_entries(declaration_file=upload))
    application = MembershipApplication.objects.get(email="iryna@example.org")
    stored = application.declaration_file
    assert stored.name.startswith("declarations/declaration-") and stored.name.endswith(".pdf")
    assert stored.read() == PDF
    assert not str(stored.path).startswith(str(settings.MEDIA_ROOT))
    assert client.get(f"/media/{stored.name}").status_code == 404

    scan = photo_upload("skan.png", "PNG")
    client.post(
        form_page("en").url,
        application_entries(email="scan@example.org", declaration_file=scan),
    )
    name = MembershipApplication.objects.get(email="scan@example.org").declaration_file.name
    assert name.endswith(".png")


FORMAT = "Please send the declaration as a PDF, JPEG or PNG file."


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("fake.pdf", b"<html>not a pdf</html>", FORMAT),
        (
            "cut.pdf",
            b"%PDF-1.4\n1 0 obj",
            "This PDF file seems incomplete. Please save it again and send it.",
        ),
        (
            "huge.pdf",
            b"%PDF-1.4\n" + b"0" * (5 * 1024 * 1024) + b"%%EOF",
            "The file is too large. Please send a file under %(size)d MB.",
        ),
        ("script.png", b"\x89PNG\r\n\x1a\n<script>", FORMAT),
    ],
)
def test_a_file_that_is_not_a_declaration_is_refused(client, name, content, message):
    upload = SimpleUploadedFile(name, content)
    response = client.post(form_page("uk").url, application_entries(declaration_file=upload))
    html = assert_says(response, "uk", "If you chose a file, please choose it again.")
    expected = gettext_in("uk", message)
    if "%(size)d" in message:
        expected = expected % {"size": 5}
    assert escape(expected) in html
    assert not MembershipApplication.objects.filter(email="iryna@example.org").exists()


def test_an_editors_question_cannot_take_a_standard_fields_name(client):
    client.force_login(get_user_model().objects.get(username="editor"))
    page = form_page("pl")
    for label in ("Website", "Email", "Name"):
        response = add_question(client, page, label)
        assert response.status_code == 200
        message = gettext_in("pl", "“%(label)s” is asked on this form already.")
        assert escape(message % {"label": label}) in response.content.decode()
    assert not page.form_fields.exists()


def test_one_sender_repeating_the_form_is_stopped_in_their_language(client, settings):
    settings.KOMM_FORM_SENDER_LIMIT = 2
    page = form_page("uk")
    for _attempt in range(2):
        client.post(page.url, application_entries(email="Same@Example.org", consent_data=""))
    response = client.post(page.url, application_entries(email="same@example.org"))
    message = "Too many attempts from your connection. Please wait an hour and try again."
    html = assert_says(response, "uk", message, status=429)
    assert gettext_in("uk", message) != message
    assert 'value="same@example.org"' in html, "the entries are kept"
    assert not MembershipApplication.objects.filter(email="same@example.org").exists()
    other = client.post(page.url, application_entries(email="other@example.org"))
    assert other.status_code == 200
    assert MembershipApplication.objects.filter(email="other@example.org").exists()
