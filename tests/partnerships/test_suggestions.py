"""Suggested partners: on a grant call and on a partner request, up to five member organisations
whose themes and voivodeships match best, with the reasons shown, computed in the database with
a query count that does not grow with the directory (measured with 200 and 400 members)."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page

from demo.bulk_pages import BulkPages
from directory.models import OrganisationIndexPage, OrganisationPage, Theme, Voivodeship
from directory.suggestions import suggested_partners
from tests.directory.factories import OrganisationPageFactory
from tests.factories import index_page
from tests.grants.factories import GrantPageFactory
from tests.partnerships.factories import PartnerRequestPageFactory

pytestmark = pytest.mark.django_db


def add_members(count, themes=("health",), voivodeships=("opolskie",)):
    """`count` published members in Polish, written in bulk as the benchmark writes them."""
    writer = BulkPages()
    writer.owner = get_user_model().objects.get(username="admin")
    writer.page_type = Page._meta.get_field("content_type").related_model.objects.get_for_model(
        Page
    )
    directory = index_page(OrganisationIndexPage)
    start = OrganisationPage.objects.count()
    pages = [
        OrganisationPage(title=f"Członek {start + n}", slug=f"czlonek-{start + n}", summary="x")
        for n in range(count)
    ]
    from django.utils import timezone

    writer.insert_pages(directory, pages, [timezone.now()] * count)
    theme_rows = list(Theme.objects.filter(code__in=themes))
    places = list(Voivodeship.objects.filter(code__in=voivodeships))
    writer.many_to_many(OrganisationPage, "themes", [(p, t) for p in pages for t in theme_rows])
    writer.many_to_many(OrganisationPage, "voivodeships", [(p, v) for p in pages for v in places])


def reasons(organisations):
    return {
        organisation.title: (
            [theme.code for theme in organisation.shared_themes],
            [place.code for place in organisation.shared_voivodeships],
        )
        for organisation in organisations
    }


def member(title, theme, voivodeship):
    """A member organisation with one theme and one voivodeship, all a match is made of."""
    return OrganisationPageFactory(
        title=title, theme_codes=[theme], voivodeship_codes=[voivodeship]
    )


def all_suggested(page, exclude_keys=()):
    """Every suggestion for a call or request from its own tags, not only the first five."""
    return suggested_partners(
        page.locale, page.themes.all(), page.voivodeships.all(), exclude_keys, limit=50
    )


def test_the_best_matches_come_first_with_what_they_share():
    both = member("Szkoła z Lublina", "education", "lubelskie")
    theme_only = member("Szkoła z Gdańska", "education", "pomorskie")
    place_only = member("Kuchnia z Lublina", "health", "lubelskie")
    neither = member("Kuchnia z Gdańska", "health", "pomorskie")
    call = GrantPageFactory(
        nationwide=False, theme_codes=["education"], voivodeship_codes=["lubelskie"]
    )
    found = all_suggested(call)
    titles = [organisation.title for organisation in found]

    assert (
        titles.index(both.title) < titles.index(theme_only.title) < titles.index(place_only.title)
    )
    assert neither.title not in titles
    shared = reasons(found)
    assert shared[both.title] == (["education"], ["lubelskie"])
    assert shared[place_only.title] == ([], ["lubelskie"])
    assert len(suggested_partners(call.locale, call.themes.all(), call.voivodeships.all())) <= 5


def test_the_grant_call_page_names_five_with_their_reasons(client):
    member("Szkoła z Lublina", "education", "lubelskie")
    add_members(7, themes=("education",), voivodeships=("lubelskie",))
    call = GrantPageFactory(
        nationwide=False, theme_codes=["education"], voivodeship_codes=["lubelskie"]
    )
    response = client.get(call.url)
    html = response.content.decode()
    start = html.index('id="suggestions-heading"')
    section = html[start : html.index("</section>", start)]
    assert section.count("<li>") == 5
    with translation.override("pl"):
        education = str(Theme.objects.get(code="education")).lower()
        lublin = str(Voivodeship.objects.get(code="lubelskie"))
    assert f"{education} w: {lublin}" in section or f"{education}" in section
    assert lublin in section


def test_a_request_does_not_suggest_its_own_organisation():
    own = member("Nasza grupa", "youth", "slaskie")
    other = member("Inna grupa", "youth", "slaskie")
    request = PartnerRequestPageFactory(
        organisation_page=own, theme_codes=["youth"], voivodeship_codes=["slaskie"]
    )
    titles = [organisation.title for organisation in all_suggested(request, [own.translation_key])]
    assert other.title in titles and own.title not in titles


def test_a_nationwide_call_is_matched_on_themes_alone():
    local = OrganisationPageFactory(theme_codes=["health"], voivodeship_codes=["lubelskie"])
    call = GrantPageFactory(nationwide=True, theme_codes=["culture"])
    found = suggested_partners(call.locale, call.themes.all(), [], limit=50)
    assert local.pk not in [organisation.pk for organisation in found]


def queries_for(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_query_count_is_the_same_with_200_and_400_members(client, settings):
    settings.KOMM_FRAGMENT_CACHE_SECONDS = 0
    settings.KOMM_PAGE_CACHE_SECONDS = 0
    call = GrantPageFactory(
        nationwide=False, theme_codes=["education", "youth"], voivodeship_codes=["lubelskie"]
    )
    request = PartnerRequestPageFactory(
        grant_call=call, theme_codes=["education"], voivodeship_codes=["lubelskie"]
    )
    locale, themes, places = call.locale, list(call.themes.all()), list(call.voivodeships.all())

    def suggestion_queries():
        with CaptureQueriesContext(connection) as captured:
            found = suggested_partners(locale, themes, places)
        assert len(found) == 5
        return len(captured)

    add_members(200, themes=("education", "youth"), voivodeships=("lubelskie", "opolskie"))
    # Wagtail's list of view restrictions (for `public()`), one query ranking every member,
    # two reading the reasons of the five.
    assert suggestion_queries() == 4
    at_200 = (queries_for(client, call.url), queries_for(client, request.url))

    add_members(200, themes=("education",), voivodeships=("lubelskie",))

    assert suggestion_queries() == 4
    assert (queries_for(client, call.url), queries_for(client, request.url)) == at_200
