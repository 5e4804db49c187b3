"""Subscribers for the export, erase and purge commands (core.personal_data). A purge deletes
addresses never confirmed and those unsubscribed, once the retention period has passed."""

from datetime import timedelta

from django.db.models import Q
from django.forms.models import model_to_dict

from core.personal_data import delete_and_count

from .models import Subscriber

FIELDS = ["email", "name", "language", "topics", "consent_text", "confirmed_at", "unsubscribed_at"]


def _subscribers(email):
    return Subscriber.objects.filter(email__iexact=email)


def export(email):
    return {
        "subscriptions": [
            {**model_to_dict(subscriber, fields=FIELDS), "subscribed_at": subscriber.created_at}
            for subscriber in _subscribers(email)
        ]
    }


def erase(email):
    return delete_and_count("subscriptions", _subscribers(email))


def purge(now, days):
    cutoff = now - timedelta(days=days)
    gone = Subscriber.objects.filter(
        Q(confirmed_at__isnull=True, created_at__lt=cutoff) | Q(unsubscribed_at__lt=cutoff)
    )
    return delete_and_count("subscriptions", gone)
