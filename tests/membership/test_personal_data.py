"""Applications in the GDPR commands: exported, erased, and purged after the retention period
(an accepted group keeps only what its directory page shows)."""

import json
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from membership.models import ApplicationPage, MembershipApplication
from tests.forms import application_entries

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture
def applied(client, django_capture_on_commit_callbacks):
    def apply(language="uk", **fields):
        page = ApplicationPage.objects.live().get(locale__language_code=language)
        upload = SimpleUploadedFile("d.pdf", PDF, content_type="application/pdf")
        with django_capture_on_commit_callbacks(execute=True):
            client.post(page.url, application_entries(declaration_file=upload, **fields))
        return MembershipApplication.objects.get(
            email__iexact=fields.get("email", "iryna@example.org")
        )

    return apply


def test_export_gives_the_application_whatever_the_case_of_the_address(applied, run_command):
    applied(email="Iryna.B@Example.org")
    data = json.loads(run_command("export_personal_data", "iryna.b@example.org"))
    (exported,) = data["membership_applications"]
    assert exported["name"] == "Ukraińskie Mamy z Lublina"
    assert exported["phone"] == "+48 600 700 800"
    assert exported["voivodeships"] == ["lubelskie"]
    assert exported["signed_declaration_sent"] is True
    assert exported["consent_text"] and exported["declaration_text"]


def test_erase_removes_the_application_and_its_file_and_keeps_others(applied, run_command):
    application = applied()
    other = applied(email="other@example.org", name="Inna grupa")
    storage, name = application.declaration_file.storage, application.declaration_file.name
    assert storage.exists(name)
    run_command("erase_personal_data", "IRYNA@example.org")
    assert not MembershipApplication.objects.filter(pk=application.pk).exists()
    assert not storage.exists(name)
    assert MembershipApplication.objects.filter(pk=other.pk).exists()
    assert storage.exists(other.declaration_file.name)


def test_purge_deletes_old_declined_and_abandoned_and_anonymises_accepted(
    applied, client, run_command
):
    old = timezone.now() - timedelta(days=400)
    abandoned = applied(email="abandoned@example.org", name="Porzucona")
    declined = applied(email="declined@example.org", name="Odrzucona")
    accepted = applied(email="accepted@example.org", name="Przyjęta", publish_contact="on")
    recent = applied(email="recent@example.org", name="Świeża")
    MembershipApplication.objects.filter(pk=abandoned.pk).update(submit_time=old)
    MembershipApplication.objects.filter(pk=declined.pk).update(
        status="declined", decided_at=old, decision_message="Nie tym razem"
    )
    from membership.applications import accept

    page = accept(accepted, None)
    MembershipApplication.objects.filter(pk=accepted.pk).update(decided_at=old)
    file_name = accepted.declaration_file.name

    output = run_command("purge_personal_data")
    assert "membership_applications: 2" in output
    remaining = MembershipApplication.objects.filter(
        email__in=["abandoned@example.org", "declined@example.org"]
    )
    assert not remaining.exists()
    kept = MembershipApplication.objects.get(pk=accepted.pk)
    assert (kept.email, kept.contact_name, kept.phone, kept.declaration_file.name) == (
        "",
        "",
        "",
        "",
    )
    assert kept.name == "Przyjęta" and kept.member_page_id == page.pk
    assert not accepted.declaration_file.storage.exists(file_name)
    assert MembershipApplication.objects.filter(pk=recent.pk, email="recent@example.org").exists()
    exported = json.loads(run_command("export_personal_data", "accepted@example.org"))
    assert exported["membership_applications"] == []
