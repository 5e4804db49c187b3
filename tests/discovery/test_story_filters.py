"""Filters of the story and grant call indexes: tags, voivodeships, status, themes, funders;
combined, kept through pages, and never breaking the page, in every language."""

import pytest
from django.utils.html import escape

from events.models import EventIndexPage
from grants.choices import GrantStatus
from grants.models import GrantIndexPage
from news.models import NewsIndexPage
from tests.discovery.listings import (
    LANGUAGES,
    get,
    grant,
    listed,
    listing,
    story,
)
from tests.factories import index_page
from tests.i18n import assert_says, gettext_in

pytestmark = pytest.mark.django_db


def test_unrecognised_filter_value_is_reported_and_the_select_reset(client):
    response = get(client, index_page(EventIndexPage), mode="xyz")
    html = response.content.decode()
    assert not listing(response)["filters"].is_active
    assert "selected" not in html.split('name="mode"')[1].split("</select>")[0]
    assert escape(gettext_in("pl", "Format")) in html.split("listing-filters__note")[1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_story_tag_filter_lists_only_stories_with_that_tag(client, language):
    tagged = story(language, tags=["rzemioslo"], voivodeship="opolskie")
    untagged = story(language, tags=["sport"], voivodeship="opolskie")
    response = get(client, index_page(NewsIndexPage, language), tag="rzemioslo")
    assert listed(listing(response)["stories"]) == {tagged.pk}
    assert untagged.pk not in listed(listing(response)["stories"])
    assert '<option value="rzemioslo" selected>' in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_story_voivodeship_filter_and_combination(client, language):
    both = story(language, tags=["rzemioslo"], voivodeship="lubuskie")
    tag_only = story(language, tags=["rzemioslo"], voivodeship="opolskie")
    place_only = story(language, tags=["sport"], voivodeship="lubuskie")
    index = index_page(NewsIndexPage, language)
    in_lubuskie = listed(listing(get(client, index, voivodeship="lubuskie"))["stories"])
    assert {both.pk, place_only.pk} <= in_lubuskie and tag_only.pk not in in_lubuskie
    combined = get(client, index, voivodeship="lubuskie", tag="rzemioslo")
    assert listed(listing(combined)["stories"]) == {both.pk}


def test_tags_offered_are_those_of_live_stories_in_this_language(client):
    story("pl", tags=["tylko-po-polsku"])
    story("uk", tags=["lyshe-ukrainskoiu"])
    story("uk", tags=["wersja-robocza"], live=False)
    offered = dict(
        get(client, index_page(NewsIndexPage, "uk"))
        .context["listing"]["filters"]
        .fields["tag"]
        .choices
    )
    assert "lyshe-ukrainskoiu" in offered
    assert "tylko-po-polsku" not in offered and "wersja-robocza" not in offered


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_matching_story_says_so(client, language):
    story(language, tags=["rzemioslo"], voivodeship="opolskie")
    response = get(
        client, index_page(NewsIndexPage, language), tag="rzemioslo", voivodeship="lubuskie"
    )
    assert not listing(response)["stories"]
    assert_says(response, language, "No stories match these filters.")


@pytest.mark.parametrize("params", [{"tag": "no-such-tag"}, {"voivodeship": "x"}, {"page": "abc"}])
def test_invalid_story_filter_values_are_ignored(client, params):
    index = index_page(NewsIndexPage)
    unfiltered = listed(listing(get(client, index))["stories"])
    assert listed(listing(get(client, index, **params))["stories"]) == unfiltered


def test_story_pagination_keeps_the_tag(client):
    for _ in range(11):
        story(tags=["stronicowanie"])
    index = index_page(NewsIndexPage)
    first = get(client, index, tag="stronicowanie")
    assert "?tag=stronicowanie&amp;page=2" in first.content.decode()
    second = get(client, index, tag="stronicowanie", page=2)
    assert len(listing(first)["stories"]) + len(listing(second)["stories"]) == 11


@pytest.mark.parametrize(
    ("status", "shown", "hidden"),
    [
        (GrantStatus.OPEN, {"open", "soon"}, {"closed"}),
        (GrantStatus.CLOSING_SOON, {"soon"}, {"open", "closed"}),
        (GrantStatus.CLOSED, {"closed"}, {"open", "soon"}),
    ],
)
def test_grant_status_filter(client, status, shown, hidden):
    calls = {"open": grant(days=60), "soon": grant(days=3), "closed": grant(days=-3)}
    response = get(client, index_page(GrantIndexPage), status=status)
    listed_calls = set()
    lists = listing(response)
    for calls_page in (lists.open, lists.closed):
        listed_calls |= listed(calls_page or [])
    assert {calls[name].pk for name in shown} <= listed_calls
    assert not {calls[name].pk for name in hidden} & listed_calls
    if status == GrantStatus.CLOSED:
        assert lists.open is None
    else:
        assert lists.closed is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_grant_theme_voivodeship_and_funder_filters_combine(client, language):
    def youth_call(themes=("youth",), funder="Fundacja Filtrów", **fields):
        """A youth call of the filtered funder: each call below differs from it in one thing."""
        return grant(language, themes=themes, funder=funder, **fields)

    match = youth_call(voivodeships=["opolskie"], nationwide=False)
    nationwide = youth_call(nationwide=True)
    other_region = youth_call(voivodeships=["slaskie"], nationwide=False)
    other_theme = youth_call(themes=["health"], nationwide=True)
    other_funder = youth_call(nationwide=True, funder="Inny Fundator")
    index = index_page(GrantIndexPage, language)
    params = {"theme": "youth", "voivodeship": "opolskie", "funder": "Fundacja Filtrów"}
    response = get(client, index, **params)
    shown = listed(listing(response).open)
    assert {match.pk, nationwide.pk} == shown
    assert not shown & {other_region.pk, other_theme.pk, other_funder.pk}
    assert listed(listing(get(client, index, theme="health")).open) >= {other_theme.pk}
    assert '<option value="Fundacja Filtrów" selected>' in response.content.decode()


def test_funders_offered_are_those_of_live_calls_in_this_language(client):
    grant("uk", funder="Фонд Тест")
    grant("pl", funder="Tylko Polski Fundator")
    offered = dict(
        get(client, index_page(GrantIndexPage, "uk"))
        .context["listing"]
        .filters.fields["funder"]
        .choices
    )
    assert "Фонд Тест" in offered and "Tylko Polski Fundator" not in offered


@pytest.mark.parametrize(
    "params",
    [{"theme": "999999"}, {"status": "soon"}, {"funder": "Nobody"}, {"closed_page": "abc"}],
)
def test_invalid_grant_filter_values_are_ignored(client, params):
    index = index_page(GrantIndexPage)
    unfiltered = get(client, index)
    response = get(client, index, **params)
    for name in ("open", "closed"):
        shown = getattr(listing(response), name)
        assert listed(shown) == listed(getattr(listing(unfiltered), name))


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_matching_grant_call_says_so(client, language):
    index = index_page(GrantIndexPage, language)
    response = get(client, index, status="closed", theme="health", voivodeship="lubuskie")
    assert listing(response).filters.is_active
    lists = listing(response)
    assert not lists.closed and lists.total == 0
    assert_says(response, language, "No grant calls match these filters.")


def test_grant_pagination_keeps_filters_and_the_other_lists_page(client):
    for days in range(1, 13):
        grant(days=-days, themes=["culture"], funder="Archiwum")
    index = index_page(GrantIndexPage)
    first = get(client, index, theme="culture", funder="Archiwum", page=1)
    html = first.content.decode()
    assert "theme=culture&amp;funder=Archiwum&amp;page=1&amp;closed_page=2" in html
    second = get(client, index, theme="culture", funder="Archiwum", closed_page=2)
    closed = listed(listing(first).closed) | listed(listing(second).closed)
    assert len(closed) == 12
