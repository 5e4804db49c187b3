"""Two staff members deciding on one application at the same instant, on PostgreSQL with real
concurrent connections: one directory page and one e-mail, whoever clicks. The negative control
runs the same harness against a check-then-act path without the row lock, where more than one
person must get through, which shows the harness can catch the race."""

import time

import pytest
from django.db import connection

from directory.models import OrganisationIndexPage, OrganisationPage
from membership.applications import DecisionError, accept, decline
from membership.models import ApplicationEmail, MembershipApplication
from tests.concurrency import polish_section, run_together

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locking"),
]

STAFF = 8


def directory():
    return polish_section(OrganisationIndexPage, "Członkowie", "czlonkowie")


def application(name):
    return MembershipApplication.objects.create(
        form_key="00000000-0000-0000-0000-000000000001",
        language="pl",
        applicant_type="informal-group",
        name=name,
        name_key=name.lower(),
        communities="ukraińska",
        nationwide=True,
        description="Opis.",
        contact_name="Iryna",
        email=f"{name.lower().replace(' ', '.')}@example.org",
        email_language="uk",
        consent_text="zgoda",
        declaration_text="deklaracja",
        form_data={},
    )


def test_simultaneous_decisions_on_postgresql():
    """One test, because a transactional test empties the database when it ends."""
    directory()
    accepted = application("Grupa Jednoczesna")

    def accept_or_decline(number):
        if number % 2:
            decline(accepted, None, "Nie tym razem.")
            return "declined"
        accept(accepted, None)
        return "accepted"

    outcomes, errors = run_together(STAFF, accept_or_decline, DecisionError)
    assert errors == []
    assert sorted(outcomes).count("decided") == STAFF - 1
    accepted.refresh_from_db()
    pages = OrganisationPage.objects.filter(title="Grupa Jednoczesna").count()
    assert pages == (1 if accepted.status == "accepted" else 0)
    emails = ApplicationEmail.objects.filter(application=accepted)
    assert emails.count() == 1
    assert emails.get().kind == accepted.status

    # Negative control: the same harness against check-then-act without the row lock.
    control = application("Grupa Bez Blokady")

    def unlocked_accept(number):
        current = MembershipApplication.objects.get(pk=control.pk)
        if current.status != "new":
            return "decided"
        time.sleep(0.05)  # a slow request between the check and the change
        MembershipApplication.objects.filter(pk=control.pk).update(status="accepted")
        return "accepted"

    outcomes, errors = run_together(STAFF, unlocked_accept)
    assert errors == []
    assert outcomes.count("accepted") > 1, "the harness failed to provoke the race"
