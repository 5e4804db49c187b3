"""Staff read applications in one list for every language and decide on them; an accepted
group ends in the member directory, and the applicant hears each step in their language."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from django.utils.html import escape
from openpyxl import load_workbook

from directory.models import (
    OrganisationIndexPage,
    OrganisationPage,
    SpokenLanguage,
    Theme,
    Voivodeship,
)
from membership.models import ApplicationPage, MembershipApplication
from tests.forms import application_entries
from tests.i18n import gettext_in
from tests.membership.factories import MembershipApplicationFactory

pytestmark = pytest.mark.django_db

LIST = "/admin/membership/applications/"
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def inspect_url(application):
    return f"{LIST}inspect/{application.pk}/"


def login(client, username):
    client.logout()
    if username != "anonymous":
        client.force_login(get_user_model().objects.get(username=username))


@pytest.fixture
def application(client, django_capture_on_commit_callbacks):
    """An informal Ukrainian group's application, with a signed declaration."""
    page = ApplicationPage.objects.live().get(locale__language_code="uk")
    upload = SimpleUploadedFile("deklaracja.pdf", PDF, content_type="application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(page.url, application_entries(declaration_file=upload))
    mail.outbox.clear()
    return MembershipApplication.objects.get(email="iryna@example.org")


@pytest.mark.parametrize("role", ["anonymous", "translator-pl", "translator-uk", "translator-en"])
def test_translators_and_visitors_never_reach_applications(client, application, role):
    login(client, role)
    urls = [
        LIST,
        f"{LIST}?export=csv",
        f"{LIST}results/",
        inspect_url(application),
        f"{LIST}declaration/{application.pk}/",
        f"/admin/forms/submissions/{application.page_id}/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302 and role == "anonymous":
            assert "/admin/login/" in response["Location"]
        assert b"iryna@example.org" not in response.content
    for action, data in (("accept", {}), ("decline", {"message": "Nie"})):
        response = client.post(f"{LIST}{action}/{application.pk}/", data)
        assert response.status_code in (302, 403)
        assert "/pages/" not in response.get("Location", "")
    application.refresh_from_db()
    assert application.status == "new"
    assert application.member_page is None
    assert mail.outbox == []


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_staff_see_every_application_with_filters_and_exports(client, application, role):
    MembershipApplicationFactory(name="Recruitment Partners", language="en", status="declined")
    MembershipApplicationFactory(name="Wspólny Stół", voivodeships=["mazowieckie"])
    login(client, role)
    html = client.get(LIST).content.decode()
    assert "Ukraińskie Mamy z Lublina" in html
    assert "Recruitment Partners" in html
    declined = client.get(f"{LIST}?status=declined").content.decode()
    assert "Recruitment Partners" in declined
    assert "Ukraińskie Mamy z Lublina" not in declined
    in_ukrainian = client.get(f"{LIST}?language=uk").content.decode()
    assert "Ukraińskie Mamy z Lublina" in in_ukrainian
    assert "Wspólny Stół" not in in_ukrainian
    lublin = Voivodeship.objects.get(code="lubelskie")
    in_lublin = client.get(f"{LIST}?voivodeship={lublin.pk}").content.decode()
    assert "Ukraińskie Mamy z Lublina" in in_lublin
    assert "Wspólny Stół" not in in_lublin

    exported = client.get(f"{LIST}?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(exported.streaming_content).decode())))
    assert any("iryna@example.org" in row for row in rows)
    workbook = load_workbook(
        io.BytesIO(b"".join(client.get(f"{LIST}?export=xlsx").streaming_content))
    )
    cells = {cell.value for row in workbook.active.iter_rows() for cell in row}
    assert "iryna@example.org" in cells

    page = client.get(inspect_url(application)).content.decode()
    assert "iryna@example.org" in page and "+48 600 700 800" in page
    application.refresh_from_db()
    assert application.status == "in_review"
    download = client.get(f"{LIST}declaration/{application.pk}/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF
    assert download["Content-Disposition"].startswith("attachment")
    assert "no-store" in download["Cache-Control"]


def test_accepting_makes_a_draft_directory_page_and_tells_the_applicant_in_ukrainian(
    client, application, django_capture_on_commit_callbacks
):
    login(client, "editor")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{LIST}accept/{application.pk}/")
    application.refresh_from_db()
    page = application.member_page
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert application.status == "accepted"
    assert not page.live
    assert page.locale.language_code == "uk"
    assert isinstance(page.get_parent().specific, OrganisationIndexPage)
    assert page.public_email == "" and page.public_phone == "", "no consent to publish them"
    assert sorted(page.voivodeships.values_list("code", flat=True)) == ["lubelskie"]
    (accepted,) = mail.outbox
    assert accepted.to == ["iryna@example.org"]
    assert accepted.subject == gettext_in("uk", "Welcome to the KOMM coalition")
    assert accepted.subject != "Welcome to the KOMM coalition"

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    (published,) = mail.outbox
    assert published.subject == gettext_in("uk", "Your page in the KOMM member directory is online")
    assert "http://" in published.body and page.url in published.body

    client.logout()
    directory = OrganisationIndexPage.objects.get(locale__language_code="uk")
    listing = client.get(directory.url).content.decode()
    assert "Ukraińskie Mamy z Lublina" in listing
    member_page = client.get(OrganisationPage.objects.get(pk=page.pk).url).content.decode()
    with translation.override("uk"):
        lublin = str(Voivodeship.objects.get(code="lubelskie"))
    assert lublin != "Lublin", "named in Ukrainian"
    assert lublin in member_page and lublin in listing
    with translation.override("uk"):
        themes = [str(theme) for theme in Theme.objects.filter(code__in=["education", "women"])]
    languages = SpokenLanguage.objects.filter(code__in=["uk", "pl"]).values_list("name", flat=True)
    for shown in (*themes, *languages):
        assert escape(shown) in listing and escape(shown) in member_page, shown
    education = client.get(directory.url, {"theme": "education"}).content.decode()
    labour = client.get(directory.url, {"theme": "labour"}).content.decode()
    assert "Ukraińskie Mamy z Lublina" in education and "Ukraińskie Mamy z Lublina" not in labour
    assert "iryna@example.org" not in listing + member_page
    assert "600 700 800" not in listing + member_page

    login(client, "editor")
    again = client.post(f"{LIST}accept/{application.pk}/")
    assert again.status_code == 302 and "/pages/" not in again["Location"]
    assert OrganisationPage.objects.filter(title="Ukraińskie Mamy z Lublina").count() == 1


def test_declining_sends_the_staffs_message_and_the_list_shows_it(
    client, application, django_capture_on_commit_callbacks
):
    login(client, "moderator")
    message = "Дякуємо! Ми не можемо прийняти заявку, бо ..."
    assert client.post(f"{LIST}decline/{application.pk}/", {"message": ""}).status_code == 400
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{LIST}decline/{application.pk}/", {"message": message})
    application.refresh_from_db()
    assert application.status == "declined"
    (declined,) = mail.outbox
    assert declined.subject == gettext_in("uk", "About your application to the KOMM coalition")
    assert message in declined.body
    listing = client.get(f"{LIST}?status=declined").content.decode()
    assert "Ukraińskie Mamy z Lublina" in listing
    assert client.post(f"{LIST}accept/{application.pk}/").status_code == 302
    application.refresh_from_db()
    assert application.status == "declined" and application.member_page is None


def test_a_second_application_from_the_same_group_is_flagged(
    client, application, django_capture_on_commit_callbacks
):
    page = ApplicationPage.objects.live().get(locale__language_code="pl")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            page.url,
            application_entries(
                name="Grupa nieformalna UKRAIŃSKIE MAMY z Lublina!", email="inna@example.org"
            ),
        )
    second = MembershipApplication.objects.get(email="inna@example.org")
    login(client, "editor")
    html = client.get(inspect_url(second)).content.decode()
    assert gettext_in("pl", "Possible duplicate") in html
    assert inspect_url(application) in html
    different = MembershipApplicationFactory(name="Wspólny Stół", email="stol@example.org")
    assert inspect_url(application) not in client.get(inspect_url(different)).content.decode()
