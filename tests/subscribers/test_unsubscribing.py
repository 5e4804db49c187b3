"""Preferences and unsubscribing through the signed links of every e-mail: GET asks, POST acts,
and a mail client's one-click POST (RFC 8058) works without a page, a cookie or a CSRF token."""

import pytest
from django.core import mail
from django.test import Client

from subscribers.emails import link, unsubscribe_headers
from tests.forms import subscribe_entries
from tests.subscribers.conftest import path_of

pytestmark = pytest.mark.django_db


def test_preferences_change_through_the_link(client, confirmed):
    subscriber = confirmed()
    url = path_of(link(subscriber, "preferences"))
    page = client.get(url)
    assert page.status_code == 200
    assert subscriber.email in page.content.decode()
    saved = client.post(url, {"name": "", "language": "en", "topics": ["grant_calls"]})
    assert saved.status_code == 200
    subscriber.refresh_from_db()
    assert (subscriber.language, subscriber.topic_list) == ("en", ["grant_calls"])
    refused = client.post(url, {"language": "xx", "topics": []})
    assert refused.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.language == "en"


def test_get_asks_and_post_unsubscribes(client, confirmed):
    subscriber = confirmed()
    url = path_of(link(subscriber, "unsubscribe"))
    assert url.startswith("/uk/")
    page = client.get(url)
    assert page.status_code == 200
    assert "<form" in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.is_active
    done = Client(enforce_csrf_checks=True).post(url)
    assert done.status_code == 200
    subscriber.refresh_from_db()
    assert not subscriber.is_active


def test_one_click_unsubscribe_works_without_a_page(confirmed):
    subscriber = confirmed()
    headers = unsubscribe_headers(subscriber)
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = path_of(headers["List-Unsubscribe"].strip("<>"))
    response = Client(enforce_csrf_checks=True).post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert not subscriber.is_active
    # Again: still fine, still unsubscribed.
    assert Client().post(url, {"List-Unsubscribe": "One-Click"}).status_code == 200


def test_subscribing_again_after_unsubscribing_needs_a_new_confirmation(
    client, confirmed, subscribe
):
    subscriber = confirmed()
    Client().post(path_of(link(subscriber, "unsubscribe")))
    subscribe(subscribe_entries(subscriber.email, language="pl", topics=["stories"]))
    subscriber.refresh_from_db()
    assert not subscriber.is_active
    [message] = mail.outbox
    assert "/pl/subscribe/confirm/" in message.body
