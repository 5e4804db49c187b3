"""The partnerships app's personal data in the export, erase and purge commands: a requester's
details and the messages responders sent. A forgotten requester's request leaves the site (no
one could reach them); a message goes after the retention period, a requester's details once
their request has closed and the period has passed."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from partnerships.models import PartnerMessage, PartnerRequestSubmission
from tests.forms import contact_entries
from tests.partnerships.factories import PartnerRequestPageFactory

pytestmark = pytest.mark.django_db

REQUESTER = "forget.me@example.org"
RESPONDER = "responder.data@example.org"


@pytest.fixture
def answered(client, django_capture_on_commit_callbacks):
    """A request with one message from a responder."""
    page = PartnerRequestPageFactory(submission__email=REQUESTER)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(page.url, contact_entries(email=RESPONDER, message="Piszemy się!"))
    return page


def test_export_finds_the_requester_and_the_responder(run_command, answered):
    requester = json.loads(run_command("export_personal_data", REQUESTER))
    assert [item["contact_email"] for item in requester["partner_requests"]] == [REQUESTER]
    assert requester["partner_messages"] == []
    responder = json.loads(run_command("export_personal_data", RESPONDER))
    assert responder["partner_requests"] == []
    assert [item["message"] for item in responder["partner_messages"]] == ["Piszemy się!"]


def test_erasing_a_requester_takes_their_request_off_the_site(client, run_command, answered):
    url = answered.url
    output = run_command("erase_personal_data", REQUESTER)
    assert "partner_requests: 1" in output
    assert not PartnerRequestSubmission.objects.filter(contact_email=REQUESTER).exists()
    assert client.get(url).status_code == 404
    assert PartnerMessage.objects.filter(email=RESPONDER).exists()  # the responder's, not theirs


def test_erasing_a_responder_removes_their_messages(run_command, answered):
    run_command("erase_personal_data", RESPONDER)
    assert not PartnerMessage.objects.filter(email=RESPONDER).exists()
    assert PartnerRequestSubmission.objects.filter(contact_email=REQUESTER).exists()


def test_purge_keeps_what_is_still_needed(run_command, answered):
    long_ago = timezone.now() - timedelta(days=91)
    PartnerMessage.objects.filter(email=RESPONDER).update(created_at=long_ago)
    recent = PartnerRequestPageFactory(submission__email="still.open@example.org")
    PartnerRequestSubmission.objects.filter(request=recent).update(decided_at=long_ago)
    closed = PartnerRequestPageFactory(
        submission__email="closed.long.ago@example.org",
        reply_by=timezone.localdate() - timedelta(days=100),
    )
    PartnerRequestSubmission.objects.filter(request=closed).update(decided_at=long_ago)

    run_command("purge_personal_data")

    assert not PartnerMessage.objects.filter(email=RESPONDER).exists()
    emails = set(PartnerRequestSubmission.objects.values_list("contact_email", flat=True))
    assert "still.open@example.org" in emails  # its request is open: the link must work
    assert "closed.long.ago@example.org" not in emails
    assert REQUESTER in emails  # decided just now
