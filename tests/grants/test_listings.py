"""A grant call's status around its deadline, and the grant call index's open and closed lists."""

from datetime import timedelta

import pytest
from django.utils import timezone

from grants.choices import GrantStatus
from grants.models import GrantIndexPage, GrantOpportunityPage
from tests.factories import index_page
from tests.grants.factories import GrantPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("offset", "status"),
    [
        (timedelta(minutes=-1), GrantStatus.CLOSED),
        (timedelta(hours=1), GrantStatus.CLOSING_SOON),
        (timedelta(days=14), GrantStatus.CLOSING_SOON),
        (timedelta(days=14, minutes=1), GrantStatus.OPEN),
        (timedelta(days=60), GrantStatus.OPEN),
    ],
)
def test_grant_status_around_its_deadline(offset, status):
    now = timezone.now()
    grant = GrantOpportunityPage(deadline=now + offset)
    assert grant.status(now) == status


def test_grant_with_deadline_later_today_is_closing_soon_and_listed_as_open(client):
    grant = GrantPageFactory(deadline=timezone.now() + timedelta(hours=2), title="Dziś mija termin")
    assert grant.current_status == GrantStatus.CLOSING_SOON
    response = client.get(index_page(GrantIndexPage).url)
    assert grant.pk in [g.pk for g in response.context["listing"].open]
    assert grant.pk not in [g.pk for g in response.context["listing"].closed]


def test_grant_index_lists_open_by_nearest_deadline_and_closed_separately(client):
    response = client.get(index_page(GrantIndexPage).url)
    open_grants = list(response.context["listing"].open)
    closed = list(response.context["listing"].closed)
    assert open_grants and closed
    assert [g.deadline for g in open_grants] == sorted(g.deadline for g in open_grants)
    assert all(g.current_status == GrantStatus.CLOSED for g in closed)
    assert all(g.current_status != GrantStatus.CLOSED for g in open_grants)
