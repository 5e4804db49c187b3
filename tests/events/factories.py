"""Factories of the events app: an event page and a registration for it."""

import secrets
from datetime import timedelta

import factory

from events.models import EventPage, Registration
from tests.factories import PublishedPageFactory, soon


class EventPageFactory(PublishedPageFactory):
    """An online event in three days, for two hours, with a join link kept from the public."""

    class Meta:
        model = EventPage

    start = factory.LazyFunction(soon)
    end = factory.LazyAttribute(lambda event: event.start + timedelta(hours=2))
    join_link = "https://meet.example.org/test-secret-room"


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A confirmed registration for `page` (one language version of an event), made as the
    form stores it but without what the form adds (the seat count, the e-mails); in the page's
    language unless `language` says otherwise."""

    class Meta:
        model = Registration

    event_key = factory.LazyAttribute(lambda o: o.page.translation_key)
    language = factory.LazyAttribute(lambda o: o.page.locale.language_code)
    status = Registration.Status.CONFIRMED
    name = "Osoba"
    email = factory.Sequence(lambda n: f"uczestnik{n}@example.org")
    email_language = factory.LazyAttribute(lambda o: o.language)
    consent_text = "Zgoda."
    form_data = factory.LazyFunction(dict)
    # Random, not a sequence: the concurrency tests make registrations from several threads.
    token = factory.LazyFunction(lambda: secrets.token_urlsafe(24))
