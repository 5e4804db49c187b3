"""RSS and Atom feeds of member stories, one per language, read back as a feed reader reads
them, and what every feed shares (the grant calls' own are in tests/grants/test_feeds.py)."""

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

import pytest
from wagtail.models import PageViewRestriction

from grants.models import GrantIndexPage
from news.models import MemberStoryPage, NewsIndexPage
from tests.factories import index_page
from tests.feeds import entry_links, feed_url, newest_live_urls, read_feed
from tests.grants.factories import GrantPageFactory
from tests.news.factories import StoryPageFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["pl", "uk", "en"]
FEEDS = {
    "stories_rss": "rss20",
    "stories_atom": "atom10",
    "grants_rss": "rss20",
    "grants_atom": "atom10",
}


def published(entry):
    """An entry's publication time with its offset (feedparser's parsed form is in UTC)."""
    if "T" in entry.published:
        return datetime.fromisoformat(entry.published)
    return parsedate_to_datetime(entry.published)


@pytest.fixture
def live_in_every_language(translated_page):
    """A member's story and a grant call, each live in every language: no feed is empty."""
    return {"story": translated_page(StoryPageFactory), "grant": translated_page(GrantPageFactory)}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", FEEDS)
def test_every_feed_is_well_formed_in_its_language_and_links_to_its_index(
    client, live_in_every_language, name, language
):
    feed = read_feed(client, name, language)

    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == FEEDS[name]
    assert feed.feed.language == language
    assert feed.feed.title.startswith("KOMM Hub: ")
    index_model = NewsIndexPage if name.startswith("stories") else GrantIndexPage
    assert feed.feed.link == index_page(index_model, language).get_full_url()
    assert feed.entries


@pytest.mark.parametrize("language", LANGUAGES)
def test_story_feeds_list_the_languages_live_stories_newest_first(
    client, live_in_every_language, language
):
    expected = newest_live_urls(MemberStoryPage, language, "-date", "-pk")
    assert live_in_every_language["story"][language].get_full_url() in expected

    for name in ("stories_rss", "stories_atom"):
        feed = read_feed(client, name, language)
        assert entry_links(feed) == expected
        assert [entry.id for entry in feed.entries] == expected


def test_story_entry_carries_title_summary_and_the_storys_date(client):
    story = StoryPageFactory(
        title="Nasz festiwal", summary="Tańce & muzyka <na żywo>.", date=date(2031, 5, 4)
    )

    for name in ("stories_rss", "stories_atom"):
        first = read_feed(client, name, "pl").entries[0]
        assert first.link == story.get_full_url()
        assert first.title == "Nasz festiwal"
        assert first.summary == "Tańce &amp; muzyka &lt;na żywo&gt;."
        assert published(first) == datetime(2031, 5, 4, tzinfo=ZoneInfo("Europe/Warsaw"))


def test_drafts_private_and_other_languages_stories_stay_out_of_the_feed(client):
    draft = StoryPageFactory(title="Szkic historii", live=False)
    private = StoryPageFactory(title="Historia tylko dla członków", date=date(2031, 1, 1))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )
    ukrainian = StoryPageFactory(language="uk", title="Українська історія", date=date(2031, 1, 2))

    for name in ("stories_rss", "stories_atom"):
        polish_links = entry_links(read_feed(client, name, "pl"))
        assert draft.get_full_url() not in polish_links
        assert private.get_full_url() not in polish_links
        assert ukrainian.get_full_url() not in polish_links
        assert all("/pl/" in link for link in polish_links)
        assert entry_links(read_feed(client, name, "uk"))[0] == ukrainian.get_full_url()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_head_links_the_feeds_and_the_calendar_of_its_language(client, language):
    html = client.get(f"/{language}/").content.decode()
    head = html.split("</head>")[0]
    expected = {
        ("application/rss+xml", feed_url("stories_rss", language)),
        ("application/atom+xml", feed_url("stories_atom", language)),
        ("application/rss+xml", feed_url("grants_rss", language)),
        ("application/atom+xml", feed_url("grants_atom", language)),
        ("text/calendar", feed_url("calendar_feed", language)),
    }
    links = {
        (match["type"], match["href"])
        for match in re.finditer(
            r'<link rel="alternate" type="(?P<type>[^"]+)" title="[^"]+" href="(?P<href>[^"]+)">',
            head,
        )
    }
    assert expected <= links
    for _type, href in expected:
        assert client.get(href).status_code == 200


def test_footer_offers_visible_subscribe_links(client):
    html = client.get("/en/").content.decode()
    footer = html.split('<footer class="site-footer">')[1]
    for name in ("stories_rss", "stories_atom", "grants_rss", "grants_atom", "calendar_feed"):
        assert f'href="{feed_url(name, "en")}"' in footer
