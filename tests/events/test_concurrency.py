"""Simultaneous registrations on PostgreSQL, with real concurrent connections.

SQLite serialises writers, so it would hide an overbooking bug: these tests run on PostgreSQL
only. The negative control runs the same harness against a check-then-insert path and must
overbook, which shows the harness can catch the bug.
"""

import time
from collections import Counter

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection

from events.models import Registration, SeatCounter
from events.registrations import RegistrationRefused, register
from tests.concurrency import run_together
from tests.events.factories import EventPageFactory, RegistrationFactory
from tests.factories import translated
from tests.forms import rsvp_entries

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locking"),
]

PEOPLE = 50
LANGUAGES = ["pl", "uk", "en"]


def make_translated_event(capacity, waitlist=True):
    event = EventPageFactory(
        title="Spotkanie równoległe", capacity=capacity, waitlist_enabled=waitlist
    )
    return translated(event)


def form_for(page, email):
    data = rsvp_entries(
        email,
        name="Osoba",
        organisation="",
        email_language=page.locale.language_code,
        interpretation="",
    )
    form = page.get_form(data, page=page, user=AnonymousUser())
    assert form.is_valid(), form.errors
    return form


def register_everyone(versions, emails=None):
    def work(number):
        page = versions[LANGUAGES[number % len(LANGUAGES)]]
        email = emails[number] if emails else f"person{number}@example.org"
        return register(page, form_for(page, email), page.locale.language_code).status

    return work


def never_overbook(capacity):
    versions = make_translated_event(capacity)
    outcomes, errors = run_together(PEOPLE, register_everyone(versions), RegistrationRefused)
    assert errors == []
    registrations = Registration.objects.filter(event_key=versions["pl"].translation_key)
    statuses = Counter(registrations.values_list("status", flat=True))
    assert statuses["confirmed"] == min(PEOPLE, capacity)
    assert statuses["waitlisted"] == PEOPLE - min(PEOPLE, capacity)
    counter = SeatCounter.objects.get(event_key=versions["pl"].translation_key)
    assert counter.confirmed == statuses["confirmed"]
    assert set(registrations.values_list("language", flat=True)) == set(LANGUAGES)


def refuse_when_full_without_waiting_list():
    versions = make_translated_event(5, waitlist=False)
    outcomes, errors = run_together(PEOPLE, register_everyone(versions), RegistrationRefused)
    assert errors == []
    assert Counter(outcomes) == {"confirmed": 5, RegistrationRefused.FULL: PEOPLE - 5}
    assert Registration.objects.filter(event_key=versions["pl"].translation_key).count() == 5


def keep_one_registration_per_address():
    versions = make_translated_event(10)
    emails = ["SAME@EXAMPLE.ORG" if number % 2 else "same@example.org" for number in range(10)]
    outcomes, errors = run_together(10, register_everyone(versions, emails), RegistrationRefused)
    assert errors == []
    assert Counter(outcomes) == {"confirmed": 1, RegistrationRefused.DUPLICATE: 9}
    counter = SeatCounter.objects.get(event_key=versions["pl"].translation_key)
    assert counter.confirmed == 1


def check_then_insert_overbooks():
    """The same harness against the naive path that the seat counter replaces."""
    versions = make_translated_event(1)
    key = versions["pl"].translation_key

    def unlocked_register(number):
        page = versions[LANGUAGES[number % len(LANGUAGES)]]
        taken = Registration.objects.filter(event_key=key, status="confirmed").count()
        time.sleep(0.05)  # a slow request between the check and the insert
        status = "confirmed" if taken < page.capacity else "waitlisted"
        RegistrationFactory(page=page, status=status, email=f"person{number}@example.org")
        return status

    outcomes, errors = run_together(PEOPLE, unlocked_register)
    assert errors == []
    return Registration.objects.filter(event_key=key, status="confirmed").count()


def test_simultaneous_registrations_on_postgresql():
    """One test, because a transactional test empties the database when it ends."""
    for capacity in (1, 1, 1, 20, 20, 20):
        never_overbook(capacity)
    refuse_when_full_without_waiting_list()
    keep_one_registration_per_address()
    assert check_then_insert_overbooks() > 1, "the harness failed to provoke the race"
