"""Fixtures of the security suites: an event open for registration, with a question of its own."""

import pytest

from events.models import EventPage, RsvpFormField
from tests.events.factories import EventPageFactory


@pytest.fixture
def open_event(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        event = EventPageFactory(
            title="Spotkanie bezpieczeństwa",
            slug="spotkanie-bezpieczenstwa",
            contact_email="organizator@komm.example.org",
            capacity=1,
        )
        question = RsvpFormField.objects.create(
            page=event, label="Skąd wiesz?", field_type="singleline", required=False
        )
        event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk), question.clean_name
