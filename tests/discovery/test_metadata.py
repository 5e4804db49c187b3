"""What search engines and link previews read: description, Open Graph, Twitter card, JSON-LD."""

import json
import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from events.choices import Mode
from events.models import EventPage
from news.models import MemberStoryPage, NewsIndexPage
from partnerships.models import PartnerRequestPage
from tests.events.factories import EventPageFactory
from tests.factories import home_page, index_page
from tests.forms import send_story
from tests.home.factories import StandardPageFactory
from tests.html import start_tags
from tests.page_types import PAGE_TYPES, live_versions

pytestmark = pytest.mark.django_db

LANGUAGES = ["pl", "uk", "en"]
OG_LOCALES = {"pl": "pl_PL", "uk": "uk_UA", "en": "en_GB"}
WITH_IMAGE = {EventPage, MemberStoryPage}
HOSTILE_TITLE = "</script><script>alert(1)</script><!-- x"


@dataclass
class Head:
    """What a page's head tells search engines and link previews: the <meta> contents by
    property or name, the canonical address, and the JSON-LD blocks."""

    meta: dict
    canonical: str | None
    json_ld: list


def parse(response):
    assert response.status_code == 200
    tags = start_tags(response.content.decode())
    meta = {}
    for tag in tags:
        if tag.name == "meta" and "content" in tag.attrs:
            key = tag.attrs.get("property") or tag.attrs.get("name")
            meta.setdefault(key, []).append(tag.attrs["content"])
    canonical = [
        tag.attrs["href"]
        for tag in tags
        if tag.name == "link" and tag.attrs.get("rel") == "canonical"
    ]
    assert len(canonical) <= 1, canonical
    json_ld = [
        tag.text
        for tag in tags
        if tag.name == "script" and tag.attrs.get("type") == "application/ld+json"
    ]
    return Head(meta, next(iter(canonical), None), json_ld)


def one(head, key):
    values = head.meta.get(key, [])
    assert len(values) == 1, f"{key}: {values}"
    return values[0]


def structured(response):
    blocks = parse(response).json_ld
    assert len(blocks) == 1
    return json.loads(blocks[0])


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_has_description_open_graph_and_twitter_card(
    client, django_capture_on_commit_callbacks, model, language
):
    page = live_versions(model, django_capture_on_commit_callbacks)[language]
    head = parse(client.get(page.url))

    description = one(head, "description")
    assert 0 < len(description) <= 160
    assert one(head, "og:description") == description
    assert one(head, "twitter:description") == description
    assert head.canonical == f"http://testserver{page.url}"
    assert one(head, "og:url") == head.canonical
    assert one(head, "og:title") == (page.seo_title or page.title)
    assert one(head, "twitter:title") == (page.seo_title or page.title)
    assert one(head, "og:site_name") == "KOMM Hub"
    assert one(head, "og:locale") == OG_LOCALES[language]
    others = {OG_LOCALES[code] for code in LANGUAGES if code != language}
    assert set(head.meta["og:locale:alternate"]) == others
    articles = (MemberStoryPage, PartnerRequestPage)
    assert one(head, "og:type") == ("article" if model in articles else "website")
    if model in WITH_IMAGE:
        image = page.header_image if model is EventPage else page.image
        rendition = image.get_rendition("fill-1200x630")
        assert one(head, "og:image") == f"http://testserver{rendition.url}"
        assert one(head, "og:image:width") == "1200"
        assert one(head, "og:image:height") == "630"
        assert one(head, "og:image:alt") == image.default_alt_text
        assert one(head, "twitter:image") == one(head, "og:image")
        assert one(head, "twitter:card") == "summary_large_image"
    else:
        assert "og:image" not in head.meta
        assert one(head, "twitter:card") == "summary"


def test_search_description_comes_first(client):
    page = StandardPageFactory(search_description="Opis dla wyszukiwarek.", summary="Opis.")
    assert one(parse(client.get(page.url)), "description") == "Opis dla wyszukiwarek."


def test_long_summary_is_cut_to_about_160_characters(client):
    page = StandardPageFactory(slug="dlugi-opis", summary="Słowo " * 80)
    description = one(parse(client.get(page.url)), "description")
    assert len(description) <= 160
    assert description.startswith("Słowo Słowo")
    assert description.endswith("…")


def test_rich_text_introduction_becomes_plain_text(client):
    index = index_page(NewsIndexPage, "en")
    index.intro = '<p>Stories &amp; news</p><p>from <a href="https://example.org">members</a></p>'
    index.save_revision().publish()
    assert one(parse(client.get(index.url)), "description") == "Stories & news from members"


def test_untranslated_page_names_no_alternate_locale(client):
    page = StandardPageFactory()
    head = parse(client.get(page.url))
    assert one(head, "og:locale") == "pl_PL"
    assert "og:locale:alternate" not in head.meta


def test_members_photo_is_not_shared_before_the_story_is_published(
    client, django_capture_on_commit_callbacks
):
    story = send_story(
        client, django_capture_on_commit_callbacks, contact_email="anna.nowak@example.org"
    )
    assert story.image.collection.name == "Member submissions"
    client.force_login(get_user_model().objects.get(username="moderator"))
    draft = client.get(reverse("wagtailadmin_pages:view_draft", args=[story.pk]))
    head = parse(draft)
    assert "og:image" not in head.meta
    assert "twitter:image" not in head.meta
    assert one(head, "twitter:card") == "summary"
    assert "image" not in json.loads(head.json_ld[0])
    client.logout()

    story.get_latest_revision().publish()
    story.refresh_from_db()
    head = parse(client.get(story.url))
    assert one(head, "og:image").startswith("http://testserver/")
    assert json.loads(head.json_ld[0])["image"] == [one(head, "og:image")]
    assert "anna.nowak@example.org" not in client.get(story.url).content.decode()


def utc_offset(zone, when):
    offset = when.replace(tzinfo=ZoneInfo(zone)).utcoffset()
    sign = "-" if offset.total_seconds() < 0 else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


@pytest.mark.parametrize(
    ("zone", "local_start", "expected_offset"),
    [
        ("Europe/Warsaw", datetime(2027, 4, 15, 18, 0), "+02:00"),
        ("Europe/Warsaw", datetime(2027, 1, 14, 18, 0), "+01:00"),
        ("Europe/Kyiv", datetime(2027, 7, 1, 10, 30), "+03:00"),
        ("America/Toronto", datetime(2027, 1, 20, 9, 0), "-05:00"),
    ],
)
def test_event_times_carry_the_offset_of_the_events_own_zone(
    client, zone, local_start, expected_offset
):
    assert utc_offset(zone, local_start) == expected_offset
    start = local_start.replace(tzinfo=ZoneInfo(zone))
    event = EventPageFactory(start=start, end=start.replace(hour=start.hour + 2), time_zone=zone)
    data = structured(client.get(event.url))
    assert data["startDate"] == local_start.strftime("%Y-%m-%dT%H:%M:%S") + expected_offset
    assert data["endDate"].endswith(expected_offset)
    assert datetime.fromisoformat(data["startDate"]) == event.start


def test_online_event_is_a_virtual_location_at_the_event_page_never_the_join_link(client):
    event = EventPageFactory(mode=Mode.ONLINE, meeting_language="uk")
    response = client.get(event.url)
    data = structured(response)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == event.title
    assert data["description"] == event.summary
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"] == {"@type": "VirtualLocation", "url": f"http://testserver{event.url}"}
    assert data["inLanguage"] == "uk"
    home = home_page("pl")
    assert data["organizer"]["@type"] == "Organization"
    assert data["organizer"]["url"] == f"http://testserver{home.url}"
    assert "test-secret-room" not in response.content.decode()


def test_in_person_event_is_a_place_with_a_postal_address(client):
    event = EventPageFactory(
        mode=Mode.IN_PERSON,
        venue="Dom Kultury",
        address="ul. Długa 5\n00-001 Warszawa",
        voivodeship="mazowieckie",
    )
    data = structured(client.get(event.url))
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["name"] == "Dom Kultury"
    address = data["location"]["address"]
    assert address["@type"] == "PostalAddress"
    assert address["streetAddress"] == "ul. Długa 5, 00-001 Warszawa"
    assert address["addressCountry"] == "PL"
    assert address["addressRegion"] == event.get_voivodeship_display()


def test_hybrid_event_has_both_locations(client):
    event = EventPageFactory(mode=Mode.HYBRID, venue="Dom Kultury", address="ul. Długa 5")
    data = structured(client.get(event.url))
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [location["@type"] for location in data["location"]] == ["Place", "VirtualLocation"]
    assert "meet.example.org" not in json.dumps(data)


@pytest.mark.parametrize("language", LANGUAGES)
def test_event_in_every_language_describes_the_same_meeting(
    client, django_capture_on_commit_callbacks, language
):
    event = live_versions(EventPage, django_capture_on_commit_callbacks)[language]
    data = structured(client.get(event.url))
    assert data["name"] == event.title
    assert data["startDate"] == event.local_start.isoformat()
    assert data["image"] == [one(parse(client.get(event.url)), "og:image")]
    assert event.join_link not in client.get(event.url).content.decode()


def test_title_cannot_break_out_of_the_json_ld_block(client):
    event = EventPageFactory(title=HOSTILE_TITLE)
    html = client.get(event.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(block.group(1))
    assert data["name"] == HOSTILE_TITLE
    assert "<!--" not in block.group(1)


@pytest.mark.parametrize("language", LANGUAGES)
def test_member_story_is_a_news_article_by_its_organisation(
    client, django_capture_on_commit_callbacks, language
):
    story = live_versions(MemberStoryPage, django_capture_on_commit_callbacks)[language]
    data = structured(client.get(story.url))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == story.title
    assert data["inLanguage"] == language
    assert data["datePublished"] == story.date.isoformat()
    assert data["dateModified"] >= data["datePublished"]
    assert data["author"] == {"@type": "Organization", "name": story.organisation}
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["url"] == f"http://testserver{home_page(language).url}"
    assert data["mainEntityOfPage"] == f"http://testserver{story.url}"
    assert data["image"][0].startswith("http://testserver/")
