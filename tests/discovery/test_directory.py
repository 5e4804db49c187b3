"""The member directory: filters, language versions and links from stories and events."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from directory.models import OrganisationIndexPage, OrganisationPage, SpokenLanguage, Voivodeship
from news.models import MemberStoryPage, NewsIndexPage
from tests.factories import index_page, make_event, publish, translate

pytestmark = pytest.mark.django_db

DIRECTORY = {"pl": "/pl/organizacje/", "uk": "/uk/orhanizatsii/", "en": "/en/organisations/"}


def listed(response):
    """Titles of the organisation cards, in order."""
    html = response.content.decode()
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


def make_organisation(title, language="pl", voivodeships=(), languages=(), **fields):
    page = OrganisationPage(title=title, slug=re.sub(r"\W+", "-", title.lower()), **fields)
    page.summary = page.summary or "Opis organizacji."
    page.voivodeships = Voivodeship.objects.filter(code__in=voivodeships)
    page.languages = SpokenLanguage.objects.filter(code__in=languages)
    return publish(index_page(OrganisationIndexPage, language), page)


@pytest.mark.parametrize("language", ["pl", "uk", "en"])
def test_directory_lists_the_demo_members_in_each_language(client, language):
    response = client.get(DIRECTORY[language])
    assert response.status_code == 200
    assert len(listed(response)) == 6
    assert "Fundacja „Wspólne Boisko”" in listed(response)
    for item in response.context["listing"]["organisations"]:
        assert item.locale.language_code == language


def test_directory_filters_by_voivodeship(client):
    response = client.get(DIRECTORY["pl"], {"voivodeship": "mazowieckie"})
    assert sorted(listed(response)) == [
        "Stowarzyszenie Kultury Wietnamskiej „Hoa Sen”",
        "Stowarzyszenie „Białoruś Bliżej”",
    ]


def test_directory_filters_by_theme_and_language_together(client):
    by_theme = listed(client.get(DIRECTORY["en"], {"theme": "legal-aid"}))
    assert sorted(by_theme) == ["Fundacja Ormiańska „Hajastan”", "Stowarzyszenie „Białoruś Bliżej”"]
    both = listed(client.get(DIRECTORY["en"], {"theme": "legal-aid", "language": "hy"}))
    assert both == ["Fundacja Ormiańska „Hajastan”"]


def test_directory_says_when_nothing_matches(client):
    response = client.get(DIRECTORY["en"], {"voivodeship": "opolskie"})
    assert listed(response) == []
    assert "No organisation matches these filters." in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"voivodeship": "atlantis"},
        {"theme": "999999"},
        {"language": "<script>"},
        {"page": "abc"},
        {"page": "99999"},
        {"voivodeship": ["mazowieckie", "podlaskie"]},
    ],
)
def test_invalid_filter_values_never_fail(client, query):
    response = client.get(DIRECTORY["pl"], query)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_pagination_keeps_the_filters(client):
    for number in range(11):
        make_organisation(f"Grupa testowa {number:02d}", voivodeships=["opolskie"])
    first = client.get(DIRECTORY["pl"], {"voivodeship": "opolskie"})
    assert len(listed(first)) == 10
    assert 'href="?voivodeship=opolskie&amp;page=2"' in first.content.decode()
    second = client.get(DIRECTORY["pl"], {"voivodeship": "opolskie", "page": "2"})
    assert listed(second) == ["Grupa testowa 10"]


def test_draft_and_private_organisations_are_not_listed(client):
    draft = make_organisation("Grupa robocza")
    draft.unpublish()
    private = make_organisation("Grupa prywatna")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    titles = listed(client.get(DIRECTORY["pl"]))
    assert "Grupa robocza" not in titles
    assert "Grupa prywatna" not in titles


def test_directory_query_count_does_not_grow_with_the_number_of_organisations(client):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(DIRECTORY["pl"]).status_code == 200
        return len(queries)

    count()  # the first request fills caches of sites and renditions
    before = count()
    for number in range(3):
        make_organisation(f"Nowa grupa {number}", voivodeships=["lubuskie"], languages=["de"])
    assert count() == before


def test_organisation_page_shows_its_stories_and_events_from_every_language_version(client):
    """Stories and events point at the Polish organisation page; the Ukrainian version of that
    page still lists their Ukrainian versions."""
    response = client.get("/uk/orhanizatsii/bialorus-blizhche/")
    assert response.status_code == 200
    stories = response.context["stories"]
    assert [story.locale.language_code for story in stories] == ["uk"]
    assert stories[0].slug == "yuryst-na-telefoni-bilostok"
    assert [event.locale.language_code for event in response.context["events"]] == ["uk"]


def test_story_links_to_the_organisation_page_in_the_readers_language(client):
    html = client.get("/uk/istorii-uchasnykiv/yuryst-na-telefoni-bilostok/").content.decode()
    assert '<a href="/uk/orhanizatsii/bialorus-blizhche/">' in html


def test_event_names_its_organiser_with_a_link(client, django_capture_on_commit_callbacks):
    organisation = OrganisationPage.objects.get(locale__language_code="pl", slug="hoa-sen")
    event = make_event(title="Wieczór wietnamski", organisation_page=organisation)
    with django_capture_on_commit_callbacks(execute=True):
        translate(event, "en")
    english = event.get_translations().get(locale__language_code="en")
    html = client.get(english.url).content.decode()
    assert '<a href="/en/organisations/hoa-sen/">' in html


def test_story_without_organisation_page_shows_the_name_as_given(client):
    story = MemberStoryPage.objects.filter(locale__language_code="pl").first()
    story.organisation_page = None
    story.organisation = "Grupa nieformalna z Opola"
    story.save_revision().publish()
    html = client.get(story.url).content.decode()
    assert "Grupa nieformalna z Opola" in html


def story_titles(response):
    return [story.title for story in response.context["listing"]["stories"]]


@pytest.mark.parametrize(
    ("language", "slug"), [("pl", "bialorus-blizej"), ("uk", "bialorus-blizhche")]
)
def test_stories_filter_by_member_organisation_in_each_language(client, language, slug):
    url = index_page(NewsIndexPage, language).url
    choices = client.get(url).context["listing"]["filters"].fields["organisation"].choices
    assert slug in [value for value, _label in choices]
    response = client.get(url, {"organisation": slug})
    stories = list(response.context["listing"]["stories"])
    assert len(stories) == 1
    assert stories[0].organisation_page.slug == "bialorus-blizej"
    assert stories[0].locale.language_code == language


def test_unknown_organisation_in_the_story_filter_is_ignored(client):
    url = index_page(NewsIndexPage, "en").url
    response = client.get(url, {"organisation": "no-such-group"})
    assert response.status_code == 200
    assert len(response.context["listing"]["stories"]) == 5
