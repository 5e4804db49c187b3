"""A responder writes to a requester through the form on the request: the requester gets the
message in their own language with the responder as Reply-To, and neither address appears in
any public response. Staff see how many messages a request got, not what they say."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command

from partnerships.models import PartnerMessage, PartnershipIndexPage
from tests.factories import index_page
from tests.forms import contact_entries
from tests.i18n import gettext_in
from tests.partnerships.factories import PartnerRequestPageFactory

pytestmark = pytest.mark.django_db

REQUESTER = "olena.requester@example.org"
RESPONDER = "piotr.responder@example.org"


@pytest.fixture
def open_request(translated_page):
    """A Ukrainian group's request, written in Ukrainian, also in Polish and English."""
    return translated_page(
        PartnerRequestPageFactory,
        ("pl", "en"),
        language="uk",
        title="Шукаємо партнера",
        submission__email=REQUESTER,
        submission__language="uk",
    )


@pytest.fixture
def write(client, django_capture_on_commit_callbacks):
    def post(page, **fields):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(page.url, contact_entries(**fields))

    return post


def test_a_message_reaches_the_requester_in_their_language_with_reply_to(
    client, open_request, write
):
    polish = open_request["pl"]
    response = write(polish, message="Chętnie dołączymy.\nZadzwońcie.")

    assert response.status_code == 200
    assert response.context["sent"]
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]
    [message] = mail.outbox
    assert message.to == [REQUESTER]
    assert message.reply_to == [RESPONDER]
    assert gettext_in("uk", "From") in message.body
    assert "Chętnie dołączymy.\nZadzwońcie." in message.body
    assert "Piotr Wiśniewski" in message.subject
    stored = PartnerMessage.objects.get(email=RESPONDER)
    assert stored.status == PartnerMessage.Status.SENT
    assert stored.request_key == polish.translation_key
    # The responder's page thanks them and names no address.
    html = response.content.decode()
    assert REQUESTER not in html and RESPONDER not in html


def test_neither_address_is_in_any_public_response(client, open_request, write):
    write(open_request["en"])
    urls = [page.url for page in open_request.values()]
    urls += [
        index_page(PartnershipIndexPage, "uk").url,
        index_page(PartnershipIndexPage, "en").url,
        "/uk/feeds/partners.rss",
        "/en/feeds/partners.atom",
        "/sitemap.xml",
        "/en/search/?q=partner",
        "/uk/calendar.ics",
        "/api/v2/pages/?type=partnerships.PartnerRequestPage&fields=*",
        *(f"/api/v2/pages/{page.pk}/" for page in open_request.values()),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert REQUESTER not in body and RESPONDER not in body, url


def test_a_closed_request_takes_no_message(client, open_request, write):
    source = open_request["uk"]
    source.state = "partners_found"
    source.save_revision().publish()
    english = open_request["en"]
    english.refresh_from_db()

    page = client.get(english.url)
    assert page.context["contact_form"] is None
    assert 'name="message"' not in page.content.decode()
    response = write(english)
    assert response.status_code == 409
    assert not PartnerMessage.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"email": "nobody"}, "email"),
        ({"message": ""}, "message"),
        ({"consent": ""}, "consent"),
        ({"name": "Piotr\r\nBcc: spam@example.org"}, "name"),
        ({"message": "x" * 3001}, "message"),
    ],
)
def test_bad_messages_come_back_with_the_entries_and_nothing_is_sent(
    open_request, write, fields, field
):
    response = write(open_request["pl"], **fields)
    assert response.status_code == 200
    form = response.context["contact_form"]
    assert field in form.errors
    assert form.data["organisation"] == "Fundacja Boisko"
    assert not PartnerMessage.objects.exists()
    assert mail.outbox == []


def test_the_honeypot_is_thanked_and_nothing_is_sent(open_request, write):
    response = write(open_request["pl"], website="https://spam.example")
    assert response.context["sent"]
    assert not PartnerMessage.objects.exists()
    assert mail.outbox == []


def test_one_sender_is_stopped_after_the_limit(settings, open_request, write):
    cache.clear()
    settings.KOMM_FORM_SENDER_LIMIT = 2
    statuses = [write(open_request["pl"]).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    assert PartnerMessage.objects.count() == 2


@pytest.mark.parametrize("username", ["editor", "moderator", "translator-pl", "translator-uk"])
def test_staff_see_counts_never_the_words_of_a_message(client, open_request, write, username):
    write(open_request["pl"], message="Tajna propozycja współpracy")
    client.force_login(get_user_model().objects.get(username=username))
    for url in ("/admin/partnerships/requests/", "/admin/partnerships/reports/"):
        response = client.get(url)
        assert response.status_code in (200, 302, 403), url
        assert b"Tajna propozycja" not in response.content
        assert RESPONDER.encode() not in response.content
    if username in ("editor", "moderator"):
        listing = client.get("/admin/partnerships/requests/").content.decode()
        assert "Шукаємо партнера" in listing
    else:
        assert client.get("/admin/partnerships/requests/").status_code in (302, 403)


def test_a_reported_message_is_read_by_staff_with_the_permission_only(
    client, open_request, write, django_capture_on_commit_callbacks
):
    write(open_request["pl"], message="Kup tanie zegarki")
    [delivered] = mail.outbox
    report_url = next(line for line in delivered.body.split() if "/report-message/" in line)
    path = report_url.split("://", 1)[1].split("/", 1)[1]
    response = client.post(f"/{path}", {"reason": "Spam", "website": ""})
    assert response.status_code == 200
    assert response.context["sent"]
    message = PartnerMessage.objects.get()
    assert message.reported_at is not None
    report = message.reports.get()

    for username, allowed in (("moderator", True), ("translator-uk", False)):
        client.force_login(get_user_model().objects.get(username=username))
        page = client.get(f"/admin/partnerships/reports/inspect/{report.pk}/")
        if allowed:
            assert page.status_code == 200
            assert "Kup tanie zegarki" in page.content.decode()
        else:
            assert page.status_code in (302, 403)
            assert b"Kup tanie zegarki" not in page.content


def test_a_message_waits_in_the_outbox_while_the_mail_server_is_down(settings, open_request, write):
    settings.EMAIL_BACKEND = "tests.mail.BrokenBackend"
    response = write(open_request["en"])
    assert response.context["sent"]
    message = PartnerMessage.objects.get(email=RESPONDER)
    assert message.status == PartnerMessage.Status.FAILED

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    for _run in range(2):
        call_command("send_pending_emails", stdout=io.StringIO())

    [delivered] = mail.outbox
    assert delivered.to == [REQUESTER] and delivered.reply_to == [RESPONDER]
    message.refresh_from_db()
    assert message.status == PartnerMessage.Status.SENT


def test_a_post_from_another_site_is_refused(client, open_request):
    response = client.post(
        open_request["pl"].url, contact_entries(), HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == 403
    assert not PartnerMessage.objects.exists()


def test_a_report_link_with_a_number_no_database_holds_is_not_found(client):
    """SQLite refuses integers past 2**63: such an address is an unknown request, not a 500."""
    response = client.get("/pl/partners/report/" + "9" * 30 + "/")
    assert response.status_code == 404
