"""A member sends a partner request in their language; it waits in review, a moderator publishes
it, and it appears on its grant call and in the partnerships listings of that language. The
sender hears at each step, in the language they wrote in."""

from datetime import timedelta

import feedparser
import pytest
from django.core import mail
from django.utils import timezone, translation

from partnerships.models import PartnerRequestPage, PartnerRequestSubmission, PartnershipIndexPage
from tests.directory.factories import OrganisationPageFactory
from tests.factories import index_page
from tests.forms import partner_request_entries
from tests.i18n import assert_says, gettext_in
from tests.partnerships.conftest import form_page, manage_link, sent_to, submission_of

pytestmark = pytest.mark.django_db


def test_a_ukrainian_request_goes_to_review_then_to_its_call_listings_and_feed(
    client, send_request, decide, grant_call
):
    call = grant_call["uk"]
    data = partner_request_entries(
        grant_call=str(call.pk), call_name="", call_url="", call_deadline=""
    )
    response = send_request("uk", data)

    assert response.status_code == 200
    assert response.context["form_submission"] is not None
    submission = submission_of("iryna.partner@example.org")
    draft = submission.request.specific
    assert not draft.live and draft.workflow_in_progress
    assert draft.locale.language_code == "uk"
    assert draft.grant_call_id == call.pk
    assert submission.status == PartnerRequestSubmission.Status.IN_REVIEW
    [received] = sent_to("iryna.partner@example.org")
    assert (
        gettext_in("uk", "We have received your partner request: %(title)s")
        % {"title": draft.title}
        == received.subject
    )
    assert "/uk/partners/manage/" in manage_link(received)
    # Not yet public anywhere.
    index = index_page(PartnershipIndexPage, "uk")
    assert draft.title not in client.get(call.url).content.decode()
    assert draft.title not in client.get(index.url).content.decode()

    mail.outbox.clear()
    decide(draft)

    assert draft.live
    submission.refresh_from_db()
    assert submission.status == PartnerRequestSubmission.Status.PUBLISHED
    [published] = sent_to("iryna.partner@example.org")
    assert published.subject == gettext_in("uk", "Your partner request is published: %(title)s") % {
        "title": draft.title
    }
    assert draft.full_url in published.body

    call_page = client.get(call.url).content.decode()
    assert draft.title in call_page
    with translation.override("uk"):
        expected = translation.ngettext(
            "%(counter)s organisation looks for partners for this call.",
            "%(counter)s organisations look for partners for this call.",
            1,
        ) % {"counter": 1}
    assert expected in call_page

    listing = client.get(index.url, {"call": str(call.translation_key), "theme": "education"})
    assert [item.pk for item in listing.context["listing"]["open"]] == [draft.pk]
    elsewhere = client.get(index.url, {"voivodeship": "pomorskie"})
    assert draft.pk not in [item.pk for item in elsewhere.context["listing"]["open"]]
    feed = feedparser.parse(client.get("/uk/feeds/partners.rss").content)
    assert draft.full_url in [entry.link for entry in feed.entries]
    assert draft.full_url not in [
        entry.link
        for entry in feedparser.parse(client.get("/pl/feeds/partners.rss").content).entries
    ]


def test_a_declined_request_tells_its_sender_and_stays_off_the_site(client, send_request, decide):
    send_request("en", partner_request_entries(contact_email="declined@example.org"))
    draft = submission_of("declined@example.org").request.specific
    mail.outbox.clear()

    decide(draft, action="reject")

    assert not draft.live
    assert submission_of("declined@example.org").status == "rejected"
    [declined] = sent_to("declined@example.org")
    assert declined.subject.startswith("About your partner request")
    assert "/partners/manage/" not in declined.body
    assert client.get(draft.url or "/en/partners/x/").status_code == 404


def test_a_request_is_linked_to_its_members_directory_page(send_request):
    member = OrganisationPageFactory(title="Fundacja Ukraińskie Mamy z Lublina")
    send_request("pl", partner_request_entries(organisation="Ukraińskie Mamy z Lublina"))
    page = submission_of("iryna.partner@example.org").request
    assert page.organisation_page_id == member.pk


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"call_name": ""}, "call_name"),
        ({"reply_by": (timezone.localdate() - timedelta(days=1)).isoformat()}, "reply_by"),
        ({"reply_by": (timezone.localdate() + timedelta(days=400)).isoformat()}, "reply_by"),
        ({"reply_by": (timezone.localdate() + timedelta(days=50)).isoformat()}, "reply_by"),
        (
            {"call_deadline": (timezone.localdate() - timedelta(days=1)).isoformat()},
            "call_deadline",
        ),
        ({"voivodeships": []}, "voivodeships"),
        ({"themes": ["cooking"]}, "themes"),
        ({"contact_email": "not an address"}, "contact_email"),
        ({"title": "Tytuł\nz nową linią"}, "title"),
        ({"consent_data": ""}, "consent_data"),
        # A call number no database column can hold: an unknown call, not a crash.
        ({"grant_call": "9" * 30}, "grant_call"),
        ({"grant_call": "-1"}, "grant_call"),
    ],
)
def test_bad_entries_come_back_with_a_translated_error_and_nothing_is_stored(
    send_request, fields, field
):
    data = partner_request_entries(**fields)
    before = PartnerRequestSubmission.objects.count()
    response = send_request("uk", data)

    assert_says(response, "uk", "Please correct the marked fields. Your entries have been kept.")
    form = response.context["form"]
    assert field in form.errors
    assert form.data["title"] == data["title"]  # the person's entries come back
    assert PartnerRequestSubmission.objects.count() == before
    assert not PartnerRequestPage.objects.filter(title=data["title"]).exists()
    assert mail.outbox == []


def test_a_call_on_the_site_is_chosen_from_the_link_on_its_page(client, grant_call):
    call = grant_call["en"]
    html = client.get(call.url).content.decode()
    assert f"{form_page('en').url}?call={call.pk}" in html
    form = client.get(form_page("en").url, {"call": call.pk}).context["form"]
    assert form["grant_call"].value() == call.pk
    # Only the open calls of the form's language are offered.
    offered = list(form.fields["grant_call"].queryset)
    assert call in offered
    assert all(offered_call.locale_id == call.locale_id for offered_call in offered)


def test_the_honeypot_is_thanked_and_nothing_is_kept(send_request):
    before = PartnerRequestSubmission.objects.count()
    response = send_request("pl", partner_request_entries(website="https://spam.example"))
    assert response.status_code == 200
    assert PartnerRequestSubmission.objects.count() == before
    assert mail.outbox == []


def test_the_sender_address_is_on_no_public_page(client, send_request, decide):
    send_request("pl", partner_request_entries())
    draft = submission_of("iryna.partner@example.org").request.specific
    decide(draft)
    for url in (
        draft.url,
        index_page(PartnershipIndexPage, "pl").url,
        "/pl/feeds/partners.rss",
        "/pl/feeds/partners.atom",
        "/sitemap.xml",
        "/pl/search/?q=letniej",
        f"/api/v2/pages/{draft.pk}/",
        "/api/v2/pages/?type=partnerships.PartnerRequestPage&fields=*",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert b"iryna.partner@example.org" not in response.content, url
        assert b"Iryna Bondarenko" not in response.content, url
