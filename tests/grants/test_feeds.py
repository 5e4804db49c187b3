"""RSS and Atom feeds of grant calls, one per language, read back as a feed reader reads them."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from grants.models import GrantOpportunityPage
from tests.feeds import entry_links, newest_live_urls, read_feed
from tests.grants.factories import GrantPageFactory
from tests.i18n import date_in

pytestmark = pytest.mark.django_db

LANGUAGES = ["pl", "uk", "en"]


@pytest.fixture
def call_in_every_language(translated_page):
    """A grant call live in every language, so that no feed is empty."""
    return translated_page(GrantPageFactory)


@pytest.mark.parametrize("language", LANGUAGES)
def test_grant_feeds_list_the_languages_live_calls_newest_published_first(
    client, call_in_every_language, language
):
    expected = newest_live_urls(GrantOpportunityPage, language, "-first_published_at", "-pk")
    assert call_in_every_language[language].get_full_url() in expected

    for name in ("grants_rss", "grants_atom"):
        assert entry_links(read_feed(client, name, language)) == expected


def test_grant_entry_names_the_funder_and_the_deadline_in_the_calls_time_zone(client):
    deadline = datetime(2031, 3, 10, 22, 30, tzinfo=UTC)
    grant = GrantPageFactory(
        deadline=deadline,
        title="Konkurs na dialog",
        funder="Fundacja Dialogu",
        summary="Granty na spotkania sąsiedzkie.",
        time_zone="America/New_York",
    )

    for name in ("grants_rss", "grants_atom"):
        first = read_feed(client, name, "pl").entries[0]
        assert first.link == grant.get_full_url()
        assert first.title == "Konkurs na dialog"
        text = re.sub(r"<[^>]+>", " ", first.summary)
        assert "Fundacja Dialogu" in text
        local_date = date_in("pl", datetime(2031, 3, 10))
        assert f"{local_date}, 18:30 (America/New_York)" in text
        assert "Granty na spotkania sąsiedzkie." in text


def test_unpublished_grant_leaves_the_feed(client):
    grant = GrantPageFactory(deadline=timezone.now() + timedelta(days=30), title="Konkurs wycofany")
    assert entry_links(read_feed(client, "grants_rss", "pl"))[0] == grant.get_full_url()

    grant.unpublish()

    for name in ("grants_rss", "grants_atom"):
        assert grant.get_full_url() not in entry_links(read_feed(client, name, "pl"))
