"""What happens to a subscription. The form answers every address the same way ("check your
inbox"), so nobody learns from it who is subscribed; what it changes depends on the address:

- new, or unsubscribed before: the choices are kept, unconfirmed, and a confirmation link sent;
- waiting for confirmation: the choices are replaced and the link sent again;
- confirmed: nothing changes (someone else may have typed the address); the owner is sent the
  link to their preferences instead.

Every e-mail is written to the outbox in the same transaction as the change it reports."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from core.outbox import send_after_commit

from .models import Subscriber, SubscriberEmail


def queue_email(subscriber, kind):
    email = SubscriberEmail.objects.create(subscriber=subscriber, kind=kind)
    send_after_commit([email])


def find(email):
    return Subscriber.objects.select_for_update().filter(email__iexact=email.strip()).first()


def subscribe(data, consent_text):
    """Record a subscription from the form's cleaned data; safe against a double click and
    against the same address sent from two places at once."""
    for attempt in range(2):
        try:
            with transaction.atomic():
                _subscribe(data, consent_text)
            return
        except IntegrityError:
            # Another request created the subscriber between our look-up and insert: the
            # second round finds it.
            if attempt:
                raise


def _subscribe(data, consent_text):
    subscriber = find(data["email"])
    if subscriber is not None and subscriber.is_active:
        queue_email(subscriber, SubscriberEmail.Kind.ALREADY)
        return
    if subscriber is None:
        subscriber = Subscriber(email=data["email"].strip())
    subscriber.name = data.get("name") or ""
    subscriber.language = data["language"]
    subscriber.topic_list = data["topics"]
    subscriber.consent_text = consent_text
    subscriber.confirmed_at = None
    subscriber.save()
    queue_email(subscriber, SubscriberEmail.Kind.CONFIRM)


def confirm(subscriber):
    """The address is confirmed: from now on it gets what it chose. Clicking twice is harmless."""
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        if subscriber.is_active:
            return False
        subscriber.confirmed_at = timezone.now()
        subscriber.unsubscribed_at = None
        subscriber.save(update_fields=["confirmed_at", "unsubscribed_at"])
    return True


def change_preferences(subscriber, data):
    subscriber.name = data.get("name") or ""
    subscriber.language = data["language"]
    subscriber.topic_list = data["topics"]
    subscriber.save(update_fields=["name", "language", "topics"])


def unsubscribe(subscriber):
    """No more e-mail from now on; the address is kept (marked) only so that the mailings
    already running skip it, and goes with the next purge."""
    updated = Subscriber.objects.filter(pk=subscriber.pk, unsubscribed_at__isnull=True).update(
        unsubscribed_at=timezone.now()
    )
    return bool(updated)
