"""Fixtures of the role tests."""

import pytest
from django.contrib.auth import get_user_model

from tests.events.factories import EventPageFactory


@pytest.fixture
def member():
    return get_user_model().objects.create_user("member", "member@example.org", "x")


@pytest.fixture
def event_versions(translated_page):
    """An upcoming Polish event and its Ukrainian translation, by language code (it has an
    English one too, which the role tests leave alone)."""
    versions = translated_page(EventPageFactory)
    return {"pl": versions["pl"], "uk": versions["uk"]}
