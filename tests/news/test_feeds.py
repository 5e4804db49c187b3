"""RSS and Atom feeds of member stories and grant calls, one per language, read back as a feed
reader reads them."""

import re
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

import feedparser
import pytest
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import PageViewRestriction

from grants.models import GrantIndexPage, GrantOpportunityPage
from news.models import MemberStoryPage, NewsIndexPage
from tests.factories import GrantPageFactory, StoryPageFactory, index_page

pytestmark = pytest.mark.django_db

LANGUAGES = ["pl", "uk", "en"]
FEEDS = {
    "stories_rss": "rss20",
    "stories_atom": "atom10",
    "grants_rss": "rss20",
    "grants_atom": "atom10",
}


def feed_url(name, language):
    with translation.override(language):
        return reverse(name)


def read_feed(client, name, language):
    response = client.get(feed_url(name, language))
    assert response.status_code == 200
    return feedparser.parse(response.content)


def entry_links(feed):
    return [entry.link for entry in feed.entries]


def newest_live_urls(model, language, *ordering):
    """What a feed must list, in its order: the language's live public pages, 30 at most."""
    pages = model.objects.live().public().filter(locale__language_code=language).order_by(*ordering)
    return [page.get_full_url() for page in pages[:30]]


def published(entry):
    """An entry's publication time with its offset (feedparser's parsed form is in UTC)."""
    if "T" in entry.published:
        return datetime.fromisoformat(entry.published)
    return parsedate_to_datetime(entry.published)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", FEEDS)
def test_every_feed_is_well_formed_in_its_language_and_links_to_its_index(client, name, language):
    feed = read_feed(client, name, language)

    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == FEEDS[name]
    assert feed.feed.language == language
    assert feed.feed.title.startswith("KOMM Hub: ")
    index_model = NewsIndexPage if name.startswith("stories") else GrantIndexPage
    assert feed.feed.link == index_page(index_model, language).get_full_url()
    assert feed.entries, "the demo has content in every language"


@pytest.mark.parametrize("language", LANGUAGES)
def test_story_feeds_list_the_languages_live_stories_newest_first(client, language):
    expected = newest_live_urls(MemberStoryPage, language, "-date", "-pk")

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
def test_grant_feeds_list_the_languages_live_calls_newest_published_first(client, language):
    expected = newest_live_urls(GrantOpportunityPage, language, "-first_published_at", "-pk")

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
        assert "10 marca 2031, 18:30 (America/New_York)" in text
        assert "Granty na spotkania sąsiedzkie." in text


def test_unpublished_grant_leaves_the_feed(client):
    grant = GrantPageFactory(deadline=timezone.now() + timedelta(days=30), title="Konkurs wycofany")
    assert entry_links(read_feed(client, "grants_rss", "pl"))[0] == grant.get_full_url()

    grant.unpublish()

    for name in ("grants_rss", "grants_atom"):
        assert grant.get_full_url() not in entry_links(read_feed(client, name, "pl"))


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
