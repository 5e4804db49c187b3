"""Only Editors write to the subscribers: moderators, translators and visitors can neither open
"Send to subscribers" nor send, in any language version of the page; the button shows only to
those who may use it. The subscriber list is personal data: only roles given the permission to
view it see it."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from wagtail.models import Page

from mailings.models import Mailing, MailingDelivery
from tests.events.factories import EventPageFactory
from tests.mailings.conftest import send_url
from tests.subscribers.factories import SubscriberFactory

pytestmark = pytest.mark.django_db

REFUSED = ["moderator", "translator-pl", "translator-uk", "translator-en"]


@pytest.fixture
def event(translated_page):
    SubscriberFactory(email="private.subscriber@example.org", language="uk")
    return translated_page(EventPageFactory, ("uk",), title="Spotkanie ról")


def refused(response):
    """Wagtail's admin answers a refused permission with a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username))


@pytest.mark.parametrize("username", REFUSED)
@pytest.mark.parametrize("language", ["pl", "uk"])
def test_only_editors_send(client, event, username, language, django_capture_on_commit_callbacks):
    login(client, username)
    page = event[language]
    assert refused(client.get(send_url(page)))
    with django_capture_on_commit_callbacks(execute=True):
        assert refused(client.post(send_url(page)))
    for view, page_id in (
        ("wagtailadmin_pages:edit", page.pk),
        ("wagtailadmin_explore", page.get_parent().pk),
    ):
        assert send_url(page) not in client.get(reverse(view, args=[page_id])).content.decode()
    assert not Mailing.objects.exists() and mail.outbox == []


def test_a_visitor_is_sent_to_the_login_page(client, event):
    response = client.post(send_url(event["pl"]))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert not Mailing.objects.exists()


def test_an_editor_sees_the_button_and_sends(client, event, press_send):
    login(client, "editor")
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[event["pl"].pk]))
    assert send_url(event["pl"]) in edit.content.decode()
    listing = client.get(reverse("wagtailadmin_explore", args=[event["uk"].get_parent().pk]))
    assert send_url(event["uk"]) in listing.content.decode()
    press_send(event["uk"])
    assert MailingDelivery.objects.filter(status="sent").count() == 1
    assert [m.to for m in mail.outbox] == [["private.subscriber@example.org"]]


def test_pages_that_are_not_mailed_have_no_send_view(client):
    login(client, "editor")
    home = Page.objects.get(depth=2, locale__language_code="pl")
    # A 404 (which the language middleware turns into a redirect under /pl/).
    assert client.get(send_url(home)).status_code in (302, 404)
    assert client.post(send_url(home)).status_code in (302, 404)
    assert not Mailing.objects.exists()


@pytest.mark.parametrize(
    ("username", "allowed"),
    [("editor", True), ("moderator", True), *((name, False) for name in REFUSED[1:])],
)
def test_the_subscriber_list_is_for_roles_with_the_permission(client, event, username, allowed):
    login(client, username)
    response = client.get(reverse("subscribers:index"))
    shown = "private.subscriber@example.org" in response.content.decode()
    assert shown == allowed
    assert (response.status_code == 200) == allowed
    assert allowed or refused(response)
