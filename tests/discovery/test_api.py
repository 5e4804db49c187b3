"""The read-only API at /api/v2/: public content only, never private links, people or drafts."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from events.models import EventPage
from home.models import CustomImage, StandardPage
from news.models import StorySubmissionPage
from tests.events.factories import EventPageFactory
from tests.factories import ImageFactory, home_page
from tests.forms import send_story
from tests.grants.factories import GrantPageFactory
from tests.home.factories import StandardPageFactory
from tests.news.factories import StoryPageFactory

pytestmark = pytest.mark.django_db

PAGES = "/api/v2/pages/"
IMAGES = "/api/v2/images/"
DOCUMENTS = "/api/v2/documents/"
EVENT_FIELDS = {
    "title",
    "summary",
    "start",
    "end",
    "time_zone",
    "mode",
    "venue",
    "address",
    "voivodeship",
    "meeting_language",
    "interpretation_available",
    "agenda",
    "body",
    "header_image",
    "header_image_rendition",
    "registration_state",
}
PRIVATE_EVENT_FIELDS = {"join_link", "capacity", "contact_email", "form_fields", "places_left"}


def get_json(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    return response.json()


def all_items(client, url, **params):
    """Every item of a listing, page by page (the API gives at most 20 at a time)."""
    items = []
    while True:
        data = get_json(client, url, offset=len(items), **params)
        items += data["items"]
        if len(items) >= data["meta"]["total_count"]:
            return items, data["meta"]["total_count"]


def test_pages_filter_by_type_and_locale(client, translated_page):
    event = translated_page(EventPageFactory, languages=["uk"])["uk"]
    items, total = all_items(client, PAGES, type="events.EventPage", locale="uk")
    expected = EventPage.objects.live().public().filter(locale__language_code="uk")
    assert total == expected.count()
    assert {item["id"] for item in items} == set(expected.values_list("pk", flat=True))
    assert event.pk in {item["id"] for item in items}
    for item in items:
        assert item["meta"]["type"] == "events.EventPage"
        assert item["meta"]["locale"] == "uk"
        assert "/uk/" in item["meta"]["html_url"]


@pytest.mark.parametrize("language", ["pl", "uk", "en"])
def test_locale_filter_lists_only_that_language(client, language):
    items, total = all_items(client, PAGES, locale=language)
    assert {item["meta"]["locale"] for item in items} == {language}
    home = home_page(language)
    expected = Page.objects.live().public().descendant_of(home, inclusive=True)
    assert total == expected.count() > 1


def test_unknown_type_or_locale_is_a_client_error(client):
    assert client.get(PAGES, {"type": "nope.Nope"}).status_code == 400
    assert client.get(PAGES, {"locale": "xx"}).status_code == 404


def test_event_detail_has_public_fields_and_nothing_private(client):
    event = EventPageFactory(capacity=12, contact_email="organiser@example.org")
    response = client.get(f"{PAGES}{event.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert set(data) >= EVENT_FIELDS
    assert not PRIVATE_EVENT_FIELDS & set(data)
    assert data["start"].startswith(event.local_start.strftime("%Y-%m-%dT%H:%M"))
    assert data["registration_state"] == "open"
    body = response.content.decode()
    assert "test-secret-room" not in body
    assert "organiser@example.org" not in body


@pytest.mark.parametrize("field", ["join_link", "capacity", "contact_email", "form_fields"])
def test_asking_for_a_private_event_field_is_refused(client, field):
    event = EventPageFactory()
    listing = client.get(PAGES, {"type": "events.EventPage", "fields": field})
    assert listing.status_code == 400
    detail = client.get(f"{PAGES}{event.pk}/", {"fields": field})
    assert detail.status_code == 400


def test_filtering_or_ordering_by_the_join_link_is_refused(client):
    EventPageFactory()
    for params in ({"join_link": "x"}, {"order": "join_link"}):
        response = client.get(PAGES, {"type": "events.EventPage", **params})
        assert response.status_code == 400


def test_all_fields_leave_out_the_join_link(client):
    EventPageFactory()
    items, total = all_items(client, PAGES, type="events.EventPage", fields="*")
    assert total == EventPage.objects.live().public().count()
    for item in items:
        assert set(item) >= EVENT_FIELDS
        assert not PRIVATE_EVENT_FIELDS & set(item)
    text = str(items)
    assert "test-secret-room" not in text
    for event in EventPage.objects.live():
        if event.join_link:
            assert event.join_link not in text


def test_grant_detail_has_its_public_fields(client):
    grant = GrantPageFactory(
        language="en",
        programme="Neighbourhoods",
        eligibility="<p>Informal groups.</p>",
        theme_codes=["education", "youth"],
        voivodeship_codes=["lubelskie"],
    )
    data = get_json(client, f"{PAGES}{grant.pk}/")
    for field in ("funder", "programme", "deadline", "status", "summary", "eligibility", "body"):
        assert field in data
    assert data["link"] == grant.call_url
    assert data["status"] == grant.current_status
    assert data["themes"] == [theme.code for theme in grant.themes.all()]
    assert data["voivodeships"] == [v.code for v in grant.voivodeships.all()]
    assert "contact_email" not in data
    assert client.get(f"{PAGES}{grant.pk}/", {"fields": "contact_email"}).status_code == 400


def test_form_pages_do_not_expose_their_questions_or_addresses(client):
    form_page = StorySubmissionPage.objects.live().get(locale__language_code="pl")
    data = get_json(client, f"{PAGES}{form_page.pk}/")
    assert "intro" in data
    assert "form_fields" not in data
    for field in ("form_fields", "to_address", "from_address"):
        response = client.get(f"{PAGES}{form_page.pk}/", {"fields": field})
        assert response.status_code == 400


@pytest.fixture
def published_submission(client, django_capture_on_commit_callbacks):
    """A story sent by a member with a photo, approved and published."""
    story = send_story(
        client,
        django_capture_on_commit_callbacks,
        title="Kuchnia sąsiedzka",
        organisation="Stowarzyszenie Sąsiedzi",
        contact_name="Olena Sender",
        contact_email="olena.sender@example.org",
    )
    story.get_latest_revision().publish()
    story.refresh_from_db()
    return story


def test_story_has_its_fields_but_not_its_sender(client, published_submission):
    story = published_submission
    items, _total = all_items(client, PAGES, type="news.MemberStoryPage", fields="*")
    item = next(item for item in items if item["id"] == story.pk)
    for field in ("date", "summary", "organisation", "voivodeship", "body", "image", "tags"):
        assert field in item
    assert item["organisation"] == "Stowarzyszenie Sąsiedzi"
    assert item["image"]["id"] == story.image_id
    assert {"url", "width", "height", "alt"} <= set(item["image_rendition"])
    text = str(items)
    assert "olena.sender@example.org" not in text
    assert "Olena Sender" not in text


def test_a_story_lists_its_tags(client):
    story = StoryPageFactory()
    story.tags.add("Szkoła sobotnia", "Dzieci")
    story.save_revision().publish()
    data = get_json(client, f"{PAGES}{story.pk}/")
    assert sorted(data["tags"]) == ["Dzieci", "Szkoła sobotnia"]


def test_member_submission_photos_are_not_in_the_images_endpoint(client, published_submission):
    photo = published_submission.image
    assert photo.collection.name == "Member submissions"
    credited = ImageFactory(credit="Fot. Anna Nowak")
    items, total = all_items(client, IMAGES)
    assert photo.pk not in {item["id"] for item in items}
    assert credited.pk in {item["id"] for item in items}
    assert total == CustomImage.objects.exclude(pk=photo.pk).count()
    assert client.get(f"{IMAGES}{photo.pk}/").status_code == 404
    detail = get_json(client, f"{IMAGES}{credited.pk}/")
    assert detail["credit"] == "Fot. Anna Nowak"


def test_documents_in_restricted_collections_stay_out_even_for_a_logged_in_user(client):
    Document = get_document_model()
    root = Collection.get_first_root_node()
    public = Document.objects.create(
        title="Statut", file=ContentFile(b"statut", name="statut.txt"), collection=root
    )
    board = root.add_child(name="Zarząd")
    CollectionViewRestriction.objects.create(
        collection=board, restriction_type=CollectionViewRestriction.LOGIN
    )
    minutes = board.add_child(name="Protokoły")
    hidden = Document.objects.create(
        title="Protokół", file=ContentFile(b"tajne", name="protokol.txt"), collection=minutes
    )
    for logged_in in (False, True):
        if logged_in:
            client.force_login(get_user_model().objects.get(username="editor"))
        listed = {item["id"] for item in all_items(client, DOCUMENTS)[0]}
        assert public.pk in listed
        assert hidden.pk not in listed
        assert client.get(f"{DOCUMENTS}{hidden.pk}/").status_code == 404


def test_drafts_and_private_pages_never_appear_even_for_a_logged_in_user(client):
    home = home_page("pl")
    draft = StandardPage(title="Szkic", slug="szkic-api", summary="Jeszcze nie.", live=False)
    home.add_child(instance=draft)
    private = StandardPageFactory(slug="tylko-dla-czlonkow", title="Tylko dla członków")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    shown = StandardPageFactory(slug="dla-wszystkich", title="Dla wszystkich")
    public = set(StandardPage.objects.live().public().values_list("pk", flat=True))
    assert shown.pk in public
    for logged_in in (False, True):
        if logged_in:
            client.force_login(get_user_model().objects.get(username="editor"))
            assert client.get(private.url).status_code == 200
        listed = {item["id"] for item in all_items(client, PAGES, type="home.StandardPage")[0]}
        assert listed == public
        assert draft.pk not in listed
        assert private.pk not in listed
        assert client.get(f"{PAGES}{draft.pk}/").status_code == 404
        assert client.get(f"{PAGES}{private.pk}/").status_code == 404
