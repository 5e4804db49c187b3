"""The member directory: filters, language versions and links from stories and events."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from directory.models import OrganisationIndexPage, OrganisationPage, Voivodeship
from news.models import NewsIndexPage
from tests.directory.factories import OrganisationPageFactory
from tests.events.factories import EventPageFactory
from tests.factories import index_page, translate
from tests.i18n import gettext_in
from tests.news.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def directory_url(language="pl"):
    """The address of the member directory in `language`."""
    return index_page(OrganisationIndexPage, language).url


def listed(response):
    """Titles of the organisation cards, in order."""
    html = response.content.decode()
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


def unused_voivodeship():
    """A voivodeship no organisation names yet, so that a test knows all that matches it."""
    used = OrganisationPage.objects.values("voivodeships")
    return Voivodeship.objects.exclude(pk__in=used).order_by("code").first().code


@pytest.mark.parametrize("language", ["pl", "uk", "en"])
def test_directory_lists_the_members_of_its_language(client, language):
    OrganisationPageFactory(language=language, title="Grupa z Opola")
    response = client.get(directory_url(language))
    assert response.status_code == 200
    assert "Grupa z Opola" in listed(response)
    for item in response.context["listing"]["organisations"]:
        assert item.locale.language_code == language


def test_directory_filters_by_voivodeship(client):
    region = unused_voivodeship()
    OrganisationPageFactory(title="Grupa stąd", voivodeship_codes=[region])
    OrganisationPageFactory(title="Grupa stamtąd", voivodeship_codes=[])
    assert listed(client.get(directory_url("pl"), {"voivodeship": region})) == ["Grupa stąd"]


def test_directory_filters_by_theme_and_language_together(client):
    OrganisationPageFactory(
        title="Porady po ormiańsku", theme_codes=["legal-aid"], language_codes=["hy"]
    )
    OrganisationPageFactory(
        title="Porady po ukraińsku", theme_codes=["legal-aid"], language_codes=["uk"]
    )
    OrganisationPageFactory(
        title="Szkoła po ormiańsku", theme_codes=["education"], language_codes=["hy"]
    )
    by_theme = listed(client.get(directory_url("pl"), {"theme": "legal-aid"}))
    assert {"Porady po ormiańsku", "Porady po ukraińsku"} <= set(by_theme)
    assert "Szkoła po ormiańsku" not in by_theme
    both = listed(client.get(directory_url("pl"), {"theme": "legal-aid", "language": "hy"}))
    assert "Porady po ormiańsku" in both
    assert not {"Porady po ukraińsku", "Szkoła po ormiańsku"} & set(both)


def test_directory_says_when_nothing_matches(client):
    response = client.get(directory_url("en"), {"voivodeship": unused_voivodeship()})
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
    response = client.get(directory_url("pl"), query)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_pagination_keeps_the_filters(client):
    region = unused_voivodeship()
    for number in range(11):
        OrganisationPageFactory(title=f"Grupa testowa {number:02d}", voivodeship_codes=[region])
    first = client.get(directory_url("pl"), {"voivodeship": region})
    assert len(listed(first)) == 10
    assert f'href="?voivodeship={region}&amp;page=2"' in first.content.decode()
    second = client.get(directory_url("pl"), {"voivodeship": region, "page": "2"})
    assert listed(second) == ["Grupa testowa 10"]


def test_draft_and_private_organisations_are_not_listed(client):
    draft = OrganisationPageFactory(title="Grupa robocza")
    draft.unpublish()
    private = OrganisationPageFactory(title="Grupa prywatna")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    titles = listed(client.get(directory_url("pl")))
    assert "Grupa robocza" not in titles
    assert "Grupa prywatna" not in titles


def test_directory_query_count_does_not_grow_with_the_number_of_organisations(client):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(directory_url("pl")).status_code == 200
        return len(queries)

    count()  # the first request fills caches of sites and renditions
    before = count()
    for _ in range(3):
        OrganisationPageFactory(voivodeship_codes=["lubuskie"], language_codes=["de"])
    assert count() == before


@pytest.fixture
def member(django_capture_on_commit_callbacks):
    """A member organisation with a story and an event, all three translated into Ukrainian."""
    organisation = OrganisationPageFactory(title="Stowarzyszenie Sąsiedzi")
    story = StoryPageFactory(organisation_page=organisation)
    event = EventPageFactory(organisation_page=organisation)
    with django_capture_on_commit_callbacks(execute=True):
        for page in (organisation, story, event):
            translate(page, "uk")
    return organisation, story, event


def in_ukrainian(page):
    return page.get_translations().get(locale__language_code="uk").specific


def section(html, section_id):
    """The heading and the cards of a section of an organisation's page."""
    found = re.search(rf'<h2 id="{section_id}">([^<]*)</h2>(.*?)</section>', html, re.S)
    assert found, f"no section {section_id}"
    return found.groups()


def test_organisation_page_shows_its_stories_and_events_from_every_language_version(client, member):
    """Stories and events point at the Polish organisation page; the Ukrainian version of that
    page still lists their Ukrainian versions."""
    organisation, story, event = member
    response = client.get(in_ukrainian(organisation).url)
    assert response.status_code == 200
    html = response.content.decode()
    for section_id, heading, page in (
        ("organisation-events", "Events", event),
        ("organisation-stories", "Stories", story),
    ):
        shown_heading, cards = section(html, section_id)
        assert shown_heading == gettext_in("uk", heading)
        assert re.findall(r'href="([^"]+)"', cards) == [in_ukrainian(page).url]
    assert html.index("organisation-events") < html.index("organisation-stories")


def test_organisation_page_shows_each_page_in_the_card_of_its_type(client, member):
    """An event's card says when it starts, in its own time zone; a story's, its date."""
    organisation, story, event = member
    html = client.get(in_ukrainian(organisation).url).content.decode()
    _heading, events = section(html, "organisation-events")
    assert f'<time datetime="{event.local_start.isoformat()}">' in events
    _heading, stories = section(html, "organisation-stories")
    assert f'<time datetime="{story.date.isoformat()}">' in stories


def test_story_links_to_the_organisation_page_in_the_readers_language(client, member):
    organisation, story, _event = member
    html = client.get(in_ukrainian(story).url).content.decode()
    assert f'<a href="{in_ukrainian(organisation).url}">' in html


def test_event_names_its_organiser_with_a_link(client, django_capture_on_commit_callbacks):
    organisation = OrganisationPageFactory()
    event = EventPageFactory(title="Wieczór wietnamski", organisation_page=organisation)
    with django_capture_on_commit_callbacks(execute=True):
        translate(organisation, "en")
        translate(event, "en")
    english = event.get_translations().get(locale__language_code="en")
    html = client.get(english.url).content.decode()
    organisation_url = organisation.get_translations().get(locale__language_code="en").url
    assert f'<a href="{organisation_url}">' in html


def test_story_without_organisation_page_shows_the_name_as_given(client):
    story = StoryPageFactory(organisation_page=None, organisation="Grupa nieformalna z Opola")
    html = client.get(story.url).content.decode()
    assert "Grupa nieformalna z Opola" in html


@pytest.mark.parametrize("language", ["pl", "uk"])
def test_stories_filter_by_member_organisation_in_each_language(client, member, language):
    organisation, story, _event = member
    slug = organisation.get_translations(inclusive=True).get(locale__language_code=language).slug
    url = index_page(NewsIndexPage, language).url
    choices = client.get(url).context["listing"]["filters"].fields["organisation"].choices
    assert slug in [value for value, _label in choices]
    response = client.get(url, {"organisation": slug})
    stories = list(response.context["listing"]["stories"])
    assert [found.translation_key for found in stories] == [story.translation_key]
    assert stories[0].locale.language_code == language


def test_unknown_organisation_in_the_story_filter_is_ignored(client):
    url = index_page(NewsIndexPage, "en").url
    everything = len(client.get(url).context["listing"]["stories"])
    response = client.get(url, {"organisation": "no-such-group"})
    assert response.status_code == 200
    assert len(response.context["listing"]["stories"]) == everything
