"""Query budgets (issue "performance"): each public page makes a pinned number of database
queries, and a listing makes as many with twice the items, so the site does not slow down as
the coalition publishes more.

Each page is visited once before counting: the first visit may still create image renditions
and fill Wagtail's caches (site root paths, content types) and the template fragments, which a
live site did long ago. Budgets are counted as production runs, with template fragments on; the
doubling check runs without them, so that no cached fragment can hide a query per item.

Pages are found by Wagtail's own router: the site, the language's home page, two queries per
level of the tree and two for the view-restriction check, about eight before any view runs.
"""

from datetime import timedelta
from itertools import count
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from demo.images import demo_image
from events.models import EventIndexPage, EventPage, Registration
from grants.models import GrantIndexPage, GrantOpportunityPage
from news.models import MemberStoryPage, NewsIndexPage, StorySubmissionPage
from tests.directory.factories import OrganisationPageFactory
from tests.events.factories import EventPageFactory
from tests.factories import index_page, translate
from tests.forms import rsvp_entries
from tests.grants.factories import GrantPageFactory
from tests.home.factories import StandardPageFactory
from tests.news.factories import StoryPageFactory

pytestmark = pytest.mark.django_db

HOME_BUDGET = 12
INDEX_BUDGET = 15
DETAIL_BUDGET = 13
RSVP_POST_BUDGET = 19
LANGUAGES = ["pl", "uk"]


@pytest.fixture
def fragments(settings):
    settings.KOMM_FRAGMENT_CACHE_SECONDS = 300


WARSAW = ZoneInfo("Europe/Warsaw")
serial = count()


def in_language(page, language):
    return page.get_translations(inclusive=True).get(locale__language_code=language).specific


def visit(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def queries_of(client, url):
    visit(client, url)
    with CaptureQueriesContext(connection) as captured:
        visit(client, url)
    return len(captured)


def home_url(language):
    return f"/{language}/"


def events_url(language, query=""):
    return index_page(EventIndexPage, language).url + query


def news_url(language, query=""):
    return index_page(NewsIndexPage, language).url + query


def grants_url(language, query=""):
    return index_page(GrantIndexPage, language).url + query


def event_filters(language):
    """Filters that one of the demo's upcoming events satisfies: format, voivodeship, month."""
    event = (
        EventPage.objects.live()
        .filter(locale__language_code=language, end__gte=timezone.now())
        .exclude(voivodeship="")
        .order_by("start")
        .first()
    )
    month = f"{timezone.localtime(event.start, WARSAW):%Y-%m}"
    return "?" + urlencode({"mode": event.mode, "voivodeship": event.voivodeship, "month": month})


def story_filters(language):
    story = (
        MemberStoryPage.objects.live()
        .filter(locale__language_code=language, tagged_items__isnull=False)
        .exclude(voivodeship="")
        .first()
    )
    return "?" + urlencode({"tag": story.tags.first().slug, "voivodeship": story.voivodeship})


def grant_filters(language):
    grant = (
        GrantOpportunityPage.objects.live()
        .filter(locale__language_code=language, themes__isnull=False, nationwide=True)
        .open()
        .first()
    )
    query = {"status": "open", "theme": grant.themes.first().code, "voivodeship": "opolskie"}
    return "?" + urlencode({**query, "funder": grant.funder})


INDEX_URLS = {
    "events upcoming": lambda language: events_url(language),
    "events past": lambda language: events_url(language, "?when=past"),
    "events filtered": lambda language: events_url(language, event_filters(language)),
    "events past filtered": lambda language: events_url(language, "?when=past&mode=online"),
    "news": lambda language: news_url(language),
    "news filtered": lambda language: news_url(language, story_filters(language)),
    "grants": lambda language: grants_url(language),
    "grants filtered": lambda language: grants_url(language, grant_filters(language)),
}


def in_both_languages(django_capture_on_commit_callbacks, pages):
    with django_capture_on_commit_callbacks(execute=True):
        for page in pages:
            translate(page, "uk")


@pytest.fixture
def open_event(django_capture_on_commit_callbacks):
    """An upcoming workshop with a capacity and its registration form open."""
    event = EventPageFactory(capacity=30, header_image=picture())
    in_both_languages(django_capture_on_commit_callbacks, [event])
    return lambda language: in_language(event, language)


@pytest.fixture
def detail_pages(django_capture_on_commit_callbacks):
    """One page of each kind, as full as an editor makes them: pictures and a member's page."""
    member = OrganisationPageFactory(logo=picture())
    pages = {
        "event": EventPageFactory(
            start=timezone.now() - timedelta(days=7),
            header_image=picture(),
            organisation_page=member,
        ),
        "story": StoryPageFactory(image=picture(), organisation_page=member),
        "grant": GrantPageFactory(),
        "standard page": StandardPageFactory(),
    }
    in_both_languages(django_capture_on_commit_callbacks, [member, *pages.values()])
    pages["story submission form"] = StorySubmissionPage.objects.get(locale__language_code="pl")
    return lambda language: {name: in_language(page, language) for name, page in pages.items()}


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_stays_within_its_query_budget(
    client, django_assert_max_num_queries, fragments, language
):
    visit(client, home_url(language))
    with django_assert_max_num_queries(HOME_BUDGET):
        visit(client, home_url(language))


@pytest.mark.parametrize("name", INDEX_URLS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_index_page_stays_within_its_query_budget(
    client, django_assert_max_num_queries, fragments, language, name
):
    url = INDEX_URLS[name](language)
    response = visit(client, url)
    assert response.context["page"].locale.language_code == language
    with django_assert_max_num_queries(INDEX_BUDGET):
        visit(client, url)


@pytest.mark.parametrize(
    "name", ["event", "story", "grant", "standard page", "story submission form"]
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_detail_page_stays_within_its_query_budget(
    client, django_assert_max_num_queries, fragments, detail_pages, language, name
):
    url = detail_pages(language)[name].url
    visit(client, url)
    with django_assert_max_num_queries(DETAIL_BUDGET):
        visit(client, url)


@pytest.mark.parametrize("language", LANGUAGES)
def test_rsvp_form_is_shown_within_the_detail_budget(
    client, django_assert_max_num_queries, fragments, open_event, language
):
    url = open_event(language).url
    visit(client, url)
    with django_assert_max_num_queries(DETAIL_BUDGET):
        response = visit(client, url)
    assert 'name="email"' in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_registration_stays_within_its_query_budget(
    client, django_assert_max_num_queries, fragments, open_event, language
):
    event = open_event(language)
    visit(client, event.url)
    data = rsvp_entries(
        f"budget-{language}@example.org", email_language=language, interpretation=""
    )
    with django_assert_max_num_queries(RSVP_POST_BUDGET):
        response = client.post(event.url, data)
    assert response.status_code == 200
    registration = Registration.objects.get(email=data["email"])
    assert registration.status == Registration.Status.CONFIRMED


def picture():
    number = next(serial)
    return demo_image(f"Budget picture {number}", "A test picture", credit="Test", size=(64, 36))


def doubler(model, image_field=None):
    """Copy every live page of `model` in the language's tree: same dates, format, region,
    tags, themes and funder, so that filtered lists double too; each copy has its own picture,
    so no rendition is shared with the original."""

    def double(language):
        for page in model.objects.live().filter(locale__language_code=language):
            changes = {"slug": f"{page.slug}-copy-{next(serial)}"}
            if image_field:
                changes[image_field] = picture()
            page.copy(update_attrs=changes, keep_live=True, copy_revisions=False, log_action=None)

    return double


double_events = doubler(EventPage, "header_image")
double_stories = doubler(MemberStoryPage, "image")
double_grants = doubler(GrantOpportunityPage)

LISTINGS = {
    "home page": (home_url, [double_events, double_stories, double_grants]),
    **{name: (url, [double_events]) for name, url in INDEX_URLS.items() if "events" in name},
    **{name: (url, [double_stories]) for name, url in INDEX_URLS.items() if "news" in name},
    **{name: (url, [double_grants]) for name, url in INDEX_URLS.items() if "grants" in name},
}


@pytest.mark.parametrize("name", LISTINGS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_listing_makes_as_many_queries_with_twice_the_items(client, language, name):
    url_of, doublers = LISTINGS[name]
    url = url_of(language)
    before = queries_of(client, url)
    for double in doublers:
        double(language)
    assert "-copy-" in visit(client, url).content.decode()
    assert queries_of(client, url) == before


def test_routing_keeps_wagtails_404_drafts_and_view_restrictions(client):
    index = index_page(EventIndexPage)
    assert client.get(f"{index.url}no-such-event/").status_code == 404
    draft = EventPageFactory(title="Szkic spotkania", slug="szkic-spotkania")
    url = draft.url
    draft.unpublish()
    assert client.get(url).status_code == 404

    private = EventPageFactory(title="Spotkanie zamknięte", slug="spotkanie-zamkniete")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )
    response = client.get(private.url)
    assert response.status_code == 200
    assert private.summary not in response.content.decode()
    assert 'name="password"' in response.content.decode()
    listed = visit(client, index.url).context["listing"]["events"]
    assert private.pk not in {event.pk for event in listed}
