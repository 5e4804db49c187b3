"""Factories of the subscribers app."""

import factory
from django.utils import timezone

from subscribers.models import Subscriber


class SubscriberFactory(factory.django.DjangoModelFactory):
    """A confirmed subscriber of every topic, writing in `language`."""

    class Meta:
        model = Subscriber

    email = factory.Sequence(lambda n: f"subscriber{n}@example.org")
    language = "pl"
    topics = "invitations,grant_calls,stories"
    consent_text = "Zgoda."
    confirmed_at = factory.LazyFunction(timezone.now)
