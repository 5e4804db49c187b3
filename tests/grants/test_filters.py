"""Filters of the grant call index: status, themes, voivodeships, funders; combined, kept through
pages, and never breaking the page, in every language."""

import pytest

from grants.choices import GrantStatus
from grants.models import GrantIndexPage
from tests.discovery.listings import (
    LANGUAGES,
    get,
    grant,
    listed,
    listing,
)
from tests.factories import index_page
from tests.i18n import assert_says

pytestmark = pytest.mark.django_db


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
