"""Upcoming and past around now, and listings per language (grant calls: tests/grants)."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.html import escape

from events.models import EventIndexPage, EventPage
from grants.models import GrantOpportunityPage
from home.models import HomePage
from news.models import MemberStoryPage
from partnerships.models import PartnerRequestPage
from tests.events.factories import EventPageFactory
from tests.factories import index_page

pytestmark = pytest.mark.django_db


def test_event_in_progress_is_upcoming_not_past():
    now = timezone.now()
    event = EventPageFactory(start=now - timedelta(hours=1), end=now + timedelta(minutes=1))
    assert EventPage.objects.upcoming(now).filter(pk=event.pk).exists()
    assert not EventPage.objects.past(now).filter(pk=event.pk).exists()


def test_event_ending_exactly_now_is_still_upcoming():
    now = timezone.now()
    event = EventPageFactory(start=now - timedelta(hours=2), end=now)
    assert EventPage.objects.upcoming(now).filter(pk=event.pk).exists()
    assert not EventPage.objects.past(now).filter(pk=event.pk).exists()


def test_event_that_ended_a_second_ago_is_past():
    now = timezone.now()
    event = EventPageFactory(start=now - timedelta(hours=2), end=now - timedelta(seconds=1))
    assert EventPage.objects.past(now).filter(pk=event.pk).exists()
    assert not EventPage.objects.upcoming(now).filter(pk=event.pk).exists()


def test_every_event_is_either_upcoming_or_past():
    now = timezone.now()
    total = EventPage.objects.count()
    assert EventPage.objects.upcoming(now).count() + EventPage.objects.past(now).count() == total


def test_index_lists_event_in_progress_among_upcoming(client):
    now = timezone.now()
    event = EventPageFactory(
        title="Trwające spotkanie", start=now - timedelta(minutes=30), end=now + timedelta(hours=1)
    )
    index = index_page(EventIndexPage)
    upcoming = client.get(index.url).context["listing"]["events"]
    assert event.pk in [item.pk for item in upcoming]
    past = client.get(index.url + "?when=past").context["listing"]["events"]
    assert event.pk not in [item.pk for item in past]


def test_index_orders_upcoming_soonest_first_and_past_newest_first(client):
    index = index_page(EventIndexPage)
    upcoming = list(client.get(index.url).context["listing"]["events"])
    assert [e.start for e in upcoming] == sorted(e.start for e in upcoming)
    past = list(client.get(index.url + "?when=past").context["listing"]["events"])
    assert [e.start for e in past] == sorted((e.start for e in past), reverse=True)


@pytest.mark.parametrize("bad_page", ["abc", "-1", "999", ""])
def test_index_pagination_never_errors(client, bad_page):
    index = index_page(EventIndexPage)
    assert client.get(f"{index.url}?page={bad_page}").status_code == 200


@pytest.mark.parametrize("language", ["pl", "uk", "en"])
def test_home_page_lists_content_from_the_visitors_language_tree(client, language):
    home = HomePage.objects.get(locale__language_code=language)
    response = client.get(home.url)
    shown = [item for _index, items in response.context["page"].sections for item in items]
    kinds = {type(item) for item in shown}
    assert kinds == {EventPage, MemberStoryPage, GrantOpportunityPage, PartnerRequestPage}
    assert all(item.locale.language_code == language for item in shown)
    now = timezone.now()
    for item in shown:
        if isinstance(item, EventPage):
            assert item.end >= now
        if isinstance(item, GrantOpportunityPage):
            assert item.deadline >= now
        assert escape(item.title) in response.content.decode()
