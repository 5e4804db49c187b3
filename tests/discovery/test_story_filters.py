"""Filters of the story index: tags and voivodeships, combined, kept through pages, and never
breaking the page, in every language; and what every index's filters share (the grant calls'
own are in tests/grants/test_filters.py)."""

import pytest
from django.utils.html import escape

from events.models import EventIndexPage
from news.models import NewsIndexPage
from tests.discovery.listings import (
    LANGUAGES,
    get,
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
