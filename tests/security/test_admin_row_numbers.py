"""Row numbers in the project's own admin addresses: a number no database column can hold (SQLite
and PostgreSQL refuse anything past 2**63) is an unknown row for staff too. Django keeps such a
number out of its queries; these addresses must never turn it into a server error."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db

HUGE = "9" * 30
# Views that read a row: not found.
READ = [
    f"/admin/membership/applications/inspect/{HUGE}/",
    f"/admin/membership/applications/declaration/{HUGE}/",
    f"/admin/partnerships/requests/inspect/{HUGE}/",
    f"/admin/partnerships/reports/inspect/{HUGE}/",
    f"/admin/partnerships/reports/edit/{HUGE}/",
    f"/admin/localize/submit/page/{HUGE}/",
    f"/admin/localize/update/{HUGE}/",
    f"/admin/mailings/page/{HUGE}/",
]
# Actions on a row, posted from a page that showed it: not found, or back to the dashboard
# as for a page the person may not act on.
ACT = [
    f"/admin/membership/applications/accept/{HUGE}/",
    f"/admin/membership/applications/decline/{HUGE}/",
    f"/admin/events/{HUGE}/registrations/cancel/",
    f"/admin/events/{HUGE}/registrations/{HUGE}/help/",
    f"/admin/events/1/registrations/{HUGE}/help/",
    f"/admin/events/{HUGE}/summary/tell-participants/",
    f"/admin/forms/{HUGE}/close/",
    f"/admin/localize/translate/{HUGE}/disable/",
    f"/admin/localize/page/{HUGE}/convert_to_alias/",
]


@pytest.fixture
def staff(client):
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "x")
    client.force_login(admin)
    return client


@pytest.mark.parametrize("address", READ)
def test_reading_a_row_no_column_can_hold_is_not_found(staff, address):
    assert staff.get(address, follow=True).status_code == 404


@pytest.mark.parametrize("address", ACT)
def test_acting_on_a_row_no_column_can_hold_changes_nothing(staff, address):
    response = staff.post(address, follow=True)
    assert response.status_code == 404 or response.redirect_chain == [("/admin/", 302)]
