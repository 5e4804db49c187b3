"""Fixtures of the registration tests: an event open for registration in three languages, and
a way to post its form that runs what waits for the commit (e-mails)."""

import pytest

from tests.events.booking import JOIN
from tests.events.factories import EventPageFactory


@pytest.fixture
def event(translated_page):
    """An upcoming online event with two places, translated into uk and en."""
    versions = translated_page(
        EventPageFactory,
        title="Spotkanie koalicji",
        slug="spotkanie-koalicji-rsvp",
        capacity=2,
        join_link=JOIN,
        contact_email="organizator@komm.example.org",
        interpretation_available=True,
    )
    return versions["pl"]


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    def submit(page, data, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(page.url, data, **extra)

    return submit
