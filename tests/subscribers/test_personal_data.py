"""Subscribers in the export, erase and purge commands: an erased address leaves the list with
every e-mail written to it (and its links stop working); a purge deletes addresses never
confirmed and those unsubscribed once the retention period has passed, and keeps the rest."""

import json
import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from mailings.models import Mailing, MailingDelivery
from subscribers.emails import link
from subscribers.models import Subscriber, SubscriberEmail
from tests.forms import subscribe_entries
from tests.subscribers.conftest import path_of
from tests.subscribers.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


def test_export_finds_the_subscription(subscribe, run_command):
    subscribe(subscribe_entries("export.me@example.org"))
    data = json.loads(run_command("export_personal_data", "EXPORT.ME@example.org"))
    [subscription] = data["subscriptions"]
    assert subscription["email"] == "export.me@example.org"
    assert subscription["language"] == "uk" and subscription["topics"] == "invitations,stories"
    assert subscription["confirmed_at"] is None
    assert "KOMM" in subscription["consent_text"]


def test_erase_removes_the_subscriber_and_their_e_mails(client, subscribe, run_command):
    subscribe(subscribe_entries("forget.me@example.org"))
    subscriber = Subscriber.objects.get()
    mailing = Mailing.objects.create(page_key=uuid.uuid4(), topic="invitations")
    MailingDelivery.objects.create(mailing=mailing, subscriber=subscriber)
    assert SubscriberEmail.objects.exists()
    unsubscribe = path_of(link(subscriber, "unsubscribe"))
    output = run_command("erase_personal_data", "forget.me@example.org")
    assert "subscriptions: 1" in output
    assert not Subscriber.objects.exists()
    assert not SubscriberEmail.objects.exists() and not MailingDelivery.objects.exists()
    assert client.get(unsubscribe).status_code == 404


def test_purge_keeps_confirmed_subscribers_and_recent_ones(run_command):
    long_ago = timezone.now() - timedelta(days=91)
    SubscriberFactory(email="confirmed.long.ago@example.org", confirmed_at=long_ago)
    SubscriberFactory(email="waiting.recent@example.org", confirmed_at=None)
    old = SubscriberFactory(email="never.confirmed@example.org", confirmed_at=None)
    gone = SubscriberFactory(email="unsubscribed.long.ago@example.org", unsubscribed_at=long_ago)
    SubscriberFactory(email="unsubscribed.recently@example.org", unsubscribed_at=timezone.now())
    Subscriber.objects.filter(pk__in=[old.pk, gone.pk]).update(created_at=long_ago)

    run_command("purge_personal_data")

    assert set(Subscriber.objects.values_list("email", flat=True)) == {
        "confirmed.long.ago@example.org",
        "waiting.recent@example.org",
        "unsubscribed.recently@example.org",
    }
