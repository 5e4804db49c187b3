"""Fixtures shared by the cache tests: an event in every language, for the tests that publish a
change in one language and look for it where that language's pages are cached."""

import pytest

from tests.factories import EventPageFactory


@pytest.fixture
def event_versions(translated_page):
    """An upcoming event without a registration form, translated into uk and en: every version
    by language code."""
    return translated_page(
        EventPageFactory, title="Spotkanie w pamięci podręcznej", registration_enabled=False
    )
