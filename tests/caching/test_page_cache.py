"""The anonymous page cache: fast when it may be, never stale, never personal."""

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.cache import PageCacheMiddleware
from events.follow_up import answer_help
from events.models import EventIndexPage, Registration
from grants.models import GrantIndexPage
from tests.caching.conftest import CACHE_TABLE
from tests.events.factories import EventPageFactory
from tests.factories import ImageFactory, index_page
from tests.forms import rsvp_entries
from tests.i18n import ngettext_in
from tests.news.factories import StoryPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]


@pytest.fixture(autouse=True)
def page_cache(settings, shared_cache):
    """Each test runs with each shared cache production uses (`shared_cache`)."""
    settings.KOMM_PAGE_CACHE_SECONDS = 300


def get(client, url):
    """The response, and how many queries it made beside reading the cache (the database
    table is itself read with a query)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len([q for q in queries if CACHE_TABLE not in q["sql"]])


def test_second_anonymous_request_is_a_hit_without_database_queries(client):
    first, _ = get(client, "/pl/")
    second, queries = get(client, "/pl/")
    assert first["X-Cache"] == "MISS"
    assert second["X-Cache"] == "HIT"
    assert queries == 0
    assert second.content == first.content


def test_a_hit_carries_the_content_security_policy_of_the_page_it_stored(client):
    first, _ = get(client, "/en/")
    second, _ = get(client, "/en/")
    assert second["X-Cache"] == "HIT"
    assert "script-src 'self'" in first["Content-Security-Policy"]
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_cached_pages_tell_shared_caches_how_long_to_keep_them(client):
    response = client.get("/uk/")
    assert "public" in response["Cache-Control"]
    assert "s-maxage=300" in response["Cache-Control"]


@pytest.mark.parametrize("language", ["pl", "uk", "en"])
def test_a_published_change_in_any_language_shows_on_the_next_request(
    client, language, event_versions
):
    page = event_versions[language]
    index = index_page(EventIndexPage, language)
    home = page.get_parent().get_parent()
    urls = [page.url, index.url, home.url, f"/{language}/calendar.ics", "/sitemap.xml"]
    for url in urls:
        client.get(url)
        assert client.get(url)["X-Cache"] == "HIT", url
    page.title = f"Zmieniony tytuł {language}"
    page.save_revision().publish()
    for url in urls:
        response = client.get(url)
        assert response["X-Cache"] == "MISS", url
        if url != "/sitemap.xml":
            assert f"Zmieniony tytuł {language}" in response.content.decode(), url


def test_unpublishing_removes_the_page_from_cached_listings_at_once(client):
    event = EventPageFactory(title="Spotkanie do wycofania", registration_enabled=False)
    index = index_page(EventIndexPage)
    assert "Spotkanie do wycofania" in client.get(index.url).content.decode()
    assert client.get(index.url)["X-Cache"] == "HIT"
    event.unpublish()
    assert "Spotkanie do wycofania" not in client.get(index.url).content.decode()
    assert client.get(event.url).status_code == 404


def test_moving_and_deleting_pages_refresh_cached_listings(client):
    event = EventPageFactory(title="Spotkanie do usunięcia", registration_enabled=False)
    index = index_page(EventIndexPage)
    client.get(index.url)
    event.delete()
    assert "Spotkanie do usunięcia" not in client.get(index.url).content.decode()

    grants = index_page(GrantIndexPage)
    moving = EventPageFactory(title="Spotkanie do przeniesienia", registration_enabled=False)
    client.get(index.url)
    moving.move(grants.get_parent(), pos="last-child")
    assert "Spotkanie do przeniesienia" not in client.get(index.url).content.decode()


def test_a_signed_in_editor_neither_gets_nor_fills_the_cache(client):
    client.get("/pl/")  # an anonymous visitor fills the cache
    editor = get_user_model().objects.get(username="editor")
    client.force_login(editor)
    events = index_page(EventIndexPage).url
    response, queries = get(client, events)
    assert "X-Cache" not in response
    assert queries > 0
    assert "private" in response["Cache-Control"]
    assert "X-Cache" not in client.get("/pl/")
    client.logout()
    client.cookies.clear()
    # What the editor saw was not stored for anonymous visitors.
    assert client.get(events)["X-Cache"] == "MISS"


def places_left(count):
    """The event form's count of places, as the Polish page words it."""
    singular, plural = "%(places)s place left.", "%(places)s places left."
    return ngettext_in("pl", singular, plural, count, name="places")


def test_an_event_page_with_its_open_form_is_cached_and_its_places_stay_current(
    client, django_capture_on_commit_callbacks
):
    """The page an invitation sends everyone to: cached like any page (its form carries no
    per-visitor token), and served afresh as soon as a registration takes a place."""
    event = EventPageFactory(title="Spotkanie z formularzem", capacity=10)
    first, _ = get(client, event.url)
    assert 'name="email"' in first.content.decode()
    assert "csrfmiddlewaretoken" not in first.content.decode()
    second, queries = get(client, event.url)
    assert second["X-Cache"] == "HIT" and queries == 0
    assert places_left(10) in second.content.decode()
    # A CDN cannot know when places go: only this cache keeps the page.
    assert "s-maxage=0" in second["Cache-Control"]
    data = rsvp_entries("anna.cache@example.org", name="Anna", interpretation="")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(event.url, data).status_code == 200
    third = client.get(event.url)
    assert third["X-Cache"] == "MISS" and places_left(9) in third.content.decode()
    assert places_left(10) not in third.content.decode()
    assert client.get(event.url)["X-Cache"] == "HIT"


def test_interpretation_arranged_by_staff_shows_on_the_cached_event_page_at_once(client):
    """The event page names the languages staff arranged: an answer to a request for help
    changes it without a publish, as a registration does."""
    event = EventPageFactory(title="Spotkanie z tłumaczeniem", interpretation_available=True)
    assert client.post(event.url, rsvp_entries("oksana.cache@example.org")).status_code == 200
    client.get(event.url)
    cached = client.get(event.url)
    assert cached["X-Cache"] == "HIT"
    assert 'id="interpretation-confirmed"' not in cached.content.decode()
    registration = Registration.objects.get(email="oksana.cache@example.org")
    assert answer_help(registration.pk, Registration.HelpOutcome.ARRANGED, "")
    answered = client.get(event.url)
    assert answered["X-Cache"] == "MISS"
    assert 'id="interpretation-confirmed"' in answered.content.decode()


def test_a_response_that_sets_a_cookie_is_never_cached(rf):
    """No public page sets a cookie today; one that would (a per-visitor token, a preference)
    must not be handed to the next visitor."""

    def page_with_cookie(request):
        response = HttpResponse("<p>Strona z ciasteczkiem</p>")
        response.set_cookie("visitor", "one")
        return response

    middleware = PageCacheMiddleware(page_with_cookie)
    for _visit in range(2):
        response = middleware(rf.get("/pl/z-ciasteczkiem/"))
        assert "X-Cache" not in response
        assert "private" in response["Cache-Control"]


def test_thank_you_and_cancellation_pages_are_never_cached(
    client, django_capture_on_commit_callbacks
):
    event = EventPageFactory(title="Spotkanie z zapisami", capacity=10)
    client.get(event.url)
    with django_capture_on_commit_callbacks(execute=True):
        thanks = client.post(
            event.url, rsvp_entries("olena@example.org", email_language="pl", interpretation="")
        )
    assert thanks.status_code == 200
    assert "X-Cache" not in thanks
    assert "no-store" in thanks["Cache-Control"]
    link = re.search(r"https?://[^\s]+/rsvp/cancel/[^\s]+/", mail.outbox[0].body).group(0)
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    for _attempt in range(2):
        cancellation = client.get(path)
        assert "X-Cache" not in cancellation
        assert "no-store" in cancellation["Cache-Control"]
    assert "olena@example.org" not in str(client.get("/pl/").content)


def test_error_responses_are_not_cached(client):
    client.get("/pl/nie-ma-takiej-strony/")
    response = client.get("/pl/nie-ma-takiej-strony/")
    assert response.status_code == 404
    assert "X-Cache" not in response


def test_query_strings_are_cached_separately(client):
    events = index_page(EventIndexPage).url
    client.get(events)
    past = client.get(f"{events}?when=past")
    assert past["X-Cache"] == "MISS"
    assert client.get(f"{events}?when=past")["X-Cache"] == "HIT"


def test_filtered_and_paginated_variants_are_not_kept_by_a_cdn(client):
    """A CDN is purged of every page's own address (test_cdn.py); a variant would stay stale."""
    events = index_page(EventIndexPage).url
    bare = client.get(events)
    assert "s-maxage=300" in bare["Cache-Control"]
    for url in (f"{events}?when=past", f"{events}?page=2"):
        cache_control = client.get(url)["Cache-Control"]
        assert "s-maxage=0" in cache_control, url


def test_an_image_deleted_in_the_admin_leaves_every_cached_page_at_once(client):
    story = StoryPageFactory(image=ImageFactory())
    index = story.get_parent()
    # Renditions are named after the original file, shortened.
    image_file = "/media/images/" + Path(story.image.file.name).stem[:20]
    pages = [story.url, index.url]
    for url in pages:
        client.get(url)
        response = client.get(url)
        assert response["X-Cache"] == "HIT" and image_file in response.content.decode(), url
    editor = Client()
    editor.force_login(get_user_model().objects.get(username="editor"))
    delete = editor.post(reverse("wagtailimages:delete", args=[story.image.pk]))
    assert delete.status_code == 302
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200 and response["X-Cache"] == "MISS", url
        assert image_file not in response.content.decode(), url


def public_urls(client):
    """Every page the sitemap lists, in every language, and a few listing variants."""
    sitemap = client.get("/sitemap.xml").content.decode()
    urls = [urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    assert len(urls) > 20, "the sitemap lists the demo's pages"
    events = index_page(EventIndexPage).url
    return [*urls, f"{events}?when=past", "/pl/search/?q=spotkanie", "/uk/calendar.ics"]


def test_no_cache_entry_holds_a_join_link_or_a_personal_address(client, shared_cache):
    """After a crawl of every public page (twice, so that hits are served), a registration
    and an editor's session that reads the registrations and the join link in the admin."""
    join = "https://meet.example.org/never-in-a-cache-5120"
    event = EventPageFactory(title="Spotkanie do sprawdzenia pamięci", join_link=join, capacity=20)
    visitor = "visitor.never.cached@example.org"
    urls = public_urls(client) + [event.url]
    for url in urls * 2:
        assert client.get(url).status_code in (200, 301, 302), url
    assert client.get(event.url)["X-Cache"] == "HIT"
    data = rsvp_entries(visitor, name="Gość Nieobecny", interpretation="")
    assert client.post(event.url, data).status_code == 200
    assert Registration.objects.filter(email=visitor).exists()
    for url in urls:
        client.get(url)

    editor = Client()
    assert (
        editor.post(
            reverse("wagtailadmin_login"), {"username": "editor", "password": "editor-demo-2026"}
        ).status_code
        == 302
    )
    edit = editor.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
    assert join in edit.content.decode()
    registrations = editor.get(reverse("wagtailforms:list_submissions", args=[event.pk]))
    assert visitor in registrations.content.decode()

    stored = shared_cache()
    assert "Spotkanie do sprawdzenia pamięci".encode() in stored, "the control: pages are cached"
    emails = {visitor, *get_user_model().objects.values_list("email", flat=True)} - {""}
    for secret in (join, *emails, "Gość Nieobecny"):
        assert secret.encode() not in stored, secret
