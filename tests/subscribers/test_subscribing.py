"""Subscribing, with double opt-in: the form in each language, the confirmation e-mail in the
chosen language, nothing sent before the link is clicked, and the form telling nobody who is
subscribed already."""

import pytest
from django.core import mail

from membership.models import ApplicationPage
from subscribers.emails import token
from subscribers.models import Subscriber
from tests.forms import subscribe_entries
from tests.i18n import assert_says, gettext_in
from tests.subscribers.conftest import link_to

pytestmark = pytest.mark.django_db

CHECK_YOUR_INBOX = (
    "Thank you. Please check your inbox: we have sent you an e-mail with a link. "
    "Nothing else will come until you click it."
)


@pytest.mark.parametrize("language", ["pl", "uk", "en"])
def test_the_form_is_in_every_language_and_linked_from_every_page(client, language):
    heading = gettext_in(language, "E-mail updates")
    assert language == "en" or heading != "E-mail updates"
    home = client.get(f"/{language}/")
    assert f'href="/{language}/subscribe/"' in home.content.decode()
    page = client.get(f"/{language}/subscribe/")
    assert page.status_code == 200
    assert heading in page.content.decode()
    assert "no-cache" in page["Cache-Control"] or "max-age=0" in page["Cache-Control"]


def test_a_ukrainian_subscriber_gets_a_ukrainian_confirmation_and_nothing_else(client, subscribe):
    response = subscribe(subscribe_entries())
    assert_says(response, "uk", CHECK_YOUR_INBOX)
    subscriber = Subscriber.objects.get(email="oksana@example.org")
    assert not subscriber.is_active
    assert subscriber.topic_list == ["invitations", "stories"]
    [message] = mail.outbox
    assert message.to == ["oksana@example.org"]
    assert gettext_in("uk", "Please confirm your subscription") in message.subject
    confirm = link_to(message, "confirm")
    assert confirm.startswith("/uk/subscribe/confirm/")
    assert "oksana" not in confirm

    # A mail scanner opening the link confirms nothing; the button does.
    page = client.get(confirm)
    assert page.status_code == 200
    subscriber.refresh_from_db()
    assert not subscriber.is_active
    done = client.post(confirm)
    assert done.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.is_active
    assert len(mail.outbox) == 1


def test_a_second_subscription_to_a_confirmed_address_changes_nothing_and_says_nothing(
    confirmed, subscribe
):
    subscriber = confirmed()
    response = subscribe(subscribe_entries(language="en", topics=["grant_calls"]), "pl")
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert (subscriber.language, subscriber.topic_list) == ("uk", ["invitations", "stories"])
    [message] = mail.outbox
    assert "/uk/subscribe/preferences/" in message.body
    assert "/subscribe/confirm/" not in message.body


def test_bad_entries_come_back_with_a_translated_error(client, subscribe):
    response = subscribe(subscribe_entries(email="not-an-address", topics=[], consent=""))
    text = assert_says(
        response, "uk", "Please correct the marked fields. Your entries have been kept.", status=400
    )
    assert 'value="not-an-address"' in text
    assert "Оксана" in text
    assert not Subscriber.objects.exists()
    assert not mail.outbox


def test_a_tampered_or_old_confirmation_link_is_refused(client, subscribe, settings):
    subscribe(subscribe_entries())
    confirm = link_to(mail.outbox[0], "confirm")
    assert client.post(confirm[:-3] + "xx/").status_code == 404
    # A preferences link is not a confirmation link.
    subscriber = Subscriber.objects.get()
    wrong = token(subscriber, "preferences")
    assert client.post(f"/uk/subscribe/confirm/{wrong}/").status_code == 404
    subscriber.refresh_from_db()
    assert not subscriber.is_active


def test_the_honeypot_keeps_bots_out_without_telling_them(subscribe):
    response = subscribe(subscribe_entries(website="http://spam.example"))
    assert response.status_code == 200
    assert not Subscriber.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize("language", ["pl", "uk", "en"])
def test_the_join_path_leads_to_the_subscription(client, language):
    form = ApplicationPage.objects.live().get(locale__language_code=language)
    text = client.get(form.url).content.decode()
    hint = text[text.index('class="subscribe-hint"') :]
    assert f'href="/{language}/subscribe/"' in hint[: hint.index("</p>")]
