"""The sitemap covers every language tree with reciprocal hreflang alternates; robots.txt
points crawlers to it."""

import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction

from home.models import HomePage, StandardPage
from tests.events.factories import EventPageFactory
from tests.factories import translate
from tests.grants.factories import GrantPageFactory
from tests.home.factories import StandardPageFactory
from tests.news.factories import StoryPageFactory

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def read_sitemap(client):
    """{loc: {"lastmod": ..., "alternates": {hreflang: href}}}, refusing duplicate URLs."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    urls = {}
    for url in ET.fromstring(response.content).findall("sm:url", NS):
        loc = url.findtext("sm:loc", namespaces=NS)
        assert loc not in urls, f"{loc} listed twice"
        alternates = {}
        for link in url.findall("xhtml:link", NS):
            assert link.get("rel") == "alternate"
            assert link.get("hreflang") not in alternates
            alternates[link.get("hreflang")] = link.get("href")
        urls[loc] = {"lastmod": url.findtext("sm:lastmod", namespaces=NS), "alternates": alternates}
    return urls


def public_pages():
    """Every live public page of every language tree, found from the language homes."""
    pages = Page.objects.none()
    for home in HomePage.objects.all():
        pages |= home.get_descendants(inclusive=True).live().public()
    return pages


def language_of(page):
    return Locale.objects.get(pk=page.locale_id).language_code


def test_every_live_public_page_of_every_language_is_listed_once(client):
    stories = {language: StoryPageFactory(language=language) for language in ("pl", "uk", "en")}
    urls = read_sitemap(client)

    expected = {page.get_full_url() for page in public_pages()}
    assert set(urls) == expected
    for language in ("pl", "uk", "en"):
        assert HomePage.objects.get(locale__language_code=language).get_full_url() in urls
        assert stories[language].get_full_url() in urls


def test_lastmod_is_when_each_page_was_last_published(client):
    urls = read_sitemap(client)

    for page in public_pages():
        lastmod = datetime.fromisoformat(urls[page.get_full_url()]["lastmod"])
        assert lastmod == page.last_published_at


def test_drafts_private_pages_and_aliases_are_left_out(client):
    draft = StandardPageFactory(title="Szkic", slug="szkic-mapy")
    draft.unpublish()
    private = StandardPageFactory(title="Dla członków", slug="dla-czlonkow-mapy")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )
    below_private = private.add_child(
        instance=StandardPage(title="Pod spodem", slug="pod-spodem", summary="Tekst.")
    )
    source = StandardPageFactory(title="Z aliasem", slug="z-aliasem-mapy")
    alias = source.copy_for_translation(Locale.objects.get(language_code="uk"), alias=True)
    assert alias.live and alias.alias_of_id == source.pk

    urls = read_sitemap(client)

    for page in (draft, private, below_private, alias):
        assert page.get_full_url() not in urls
    assert urls[source.get_full_url()]["alternates"] == {
        "pl": source.get_full_url(),
        "x-default": source.get_full_url(),
    }


def test_hreflang_alternates_are_reciprocal_with_a_polish_x_default(client):
    urls = read_sitemap(client)
    pages = {page.get_full_url(): page for page in public_pages().specific()}

    for loc, entry in urls.items():
        alternates = entry["alternates"]
        languages = {code: href for code, href in alternates.items() if code != "x-default"}
        assert languages[language_of(pages[loc])] == loc
        for href in languages.values():
            assert urls[href]["alternates"] == alternates
        assert alternates["x-default"] == languages.get("pl", alternates["x-default"])
        translations = pages[loc].get_translations(inclusive=True).live().public()
        assert set(languages.values()) == {page.get_full_url() for page in translations}


def test_page_without_polish_version_defaults_to_its_source_language(
    client, django_capture_on_commit_callbacks
):
    source = StandardPageFactory(language="uk", title="Тільки українською", slug="tilky-uk")
    with django_capture_on_commit_callbacks(execute=True):
        translate(source, "en", prefix="EN: ")
    english = source.get_translation(Locale.objects.get(language_code="en"))

    urls = read_sitemap(client)

    expected = {
        "uk": source.get_full_url(),
        "en": english.get_full_url(),
        "x-default": source.get_full_url(),
    }
    assert urls[source.get_full_url()]["alternates"] == expected
    assert urls[english.get_full_url()]["alternates"] == expected


def test_unpublished_translation_is_no_longer_named_as_an_alternate(client, translated_page):
    event = translated_page(EventPageFactory)["pl"]
    # Read again: the fixture's versions were read before wagtail-localize published them.
    english = event.get_translation(Locale.objects.get(language_code="en"))
    assert english.get_full_url() in read_sitemap(client), "the control: listed while live"
    english.unpublish()

    urls = read_sitemap(client)

    assert english.get_full_url() not in urls
    assert "en" not in urls[event.get_full_url()]["alternates"]


def add_pages(count):
    """`count` new pages of each listed type, all in Polish."""
    for number in range(count):
        stamp = f"{number}-{timezone.now().timestamp():.6f}".replace(".", "-")
        EventPageFactory(slug=f"mapa-{stamp}")
        GrantPageFactory(deadline=timezone.now() + timedelta(days=20), slug=f"mapa-{stamp}")
        StandardPageFactory(slug=f"mapa-{stamp}")


def sitemap_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/sitemap.xml").status_code == 200
    return len(queries)


def test_number_of_queries_does_not_grow_with_the_number_of_pages(client):
    client.get("/sitemap.xml")
    at_first = sitemap_queries(client)
    add_pages(3)
    with_some = sitemap_queries(client)
    add_pages(3)
    with_twice_as_many = sitemap_queries(client)

    assert len(read_sitemap(client)) == len(public_pages())
    assert at_first == with_some == with_twice_as_many


def test_bad_page_number_is_not_found_not_an_error(client):
    assert client.get("/sitemap.xml?p=abc").status_code == 404
    assert client.get("/sitemap.xml?p=99").status_code == 404


def test_robots_txt_keeps_crawlers_out_of_admin_rsvp_and_search_and_names_the_sitemap(client):
    response = client.get("/robots.txt", HTTP_HOST="komm.example.org")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for rule in ("Allow: /", "Disallow: /admin/", "Disallow: /*/rsvp/", "Disallow: /*/search/"):
        assert rule in lines
    assert "Sitemap: http://komm.example.org/sitemap.xml" in lines
    assert client.get("/sitemap.xml", HTTP_HOST="komm.example.org").status_code == 200
