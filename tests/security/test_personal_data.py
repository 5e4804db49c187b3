"""The GDPR commands: export, erase and purge what is stored about people who registered."""

import json
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.management import CommandError
from django.utils import timezone

from events.models import EmailDelivery, EventPage, Registration, SeatCounter
from events.registrations import cancel, register
from tests.events.factories import EventPageFactory
from tests.forms import rsvp_entries

pytestmark = pytest.mark.django_db

ANNA = "Anna@Example.org"
BOGDAN = "bogdan.kowal@example.net"
CELINA = "celina@example.com"


@pytest.fixture
def sign_up(django_capture_on_commit_callbacks):
    """Register through the real service, as the event page does, and send the e-mails."""

    def sign_up(event, name, email, language="pl", **fields):
        data = rsvp_entries(email, name=name, organisation="", interpretation="") | fields
        form = event.get_form(data, page=event, user=AnonymousUser())
        assert form.is_valid(), form.errors
        with django_capture_on_commit_callbacks(execute=True):
            return register(event, form, language)

    return sign_up


def move_into_past(event, ended_ago):
    """Registration refuses past events, so events are moved back after people registered."""
    end = timezone.now() - ended_ago
    EventPage.objects.filter(translation_key=event.translation_key).update(
        start=end - timedelta(hours=2), end=end
    )


def registrations_of(event):
    return Registration.objects.filter(event_key=event.translation_key)


def deliveries_of(event):
    return EmailDelivery.objects.filter(registration__event_key=event.translation_key)


def test_export_lists_every_registration_of_the_address_whatever_the_case(sign_up, run_command):
    workshop = EventPageFactory(title="Warsztat z wniosków")
    evening = EventPageFactory(title="Wieczór integracyjny", interpretation_available=True)
    first = sign_up(workshop, "Anna Nowak", ANNA, organisation="Fundacja Przykład")
    second = sign_up(evening, "Анна Новак", ANNA, language="uk", accessibility_needs="Napisy")
    sign_up(workshop, "Bogdan Kowal", BOGDAN, organisation="Stowarzyszenie Inne")

    output = run_command("export_personal_data", "anna@example.org")
    data = json.loads(output)

    assert data["email"] == "anna@example.org"
    exported = data["event_registrations"]
    assert len(exported) == 2
    by_event = {item["event"]: item for item in exported}
    assert set(by_event) == {"Warsztat z wniosków", "Wieczór integracyjny"}
    workshop_data, evening_data = by_event["Warsztat z wniosków"], by_event["Wieczór integracyjny"]
    assert workshop_data["name"] == "Anna Nowak"
    assert workshop_data["email"] == ANNA.lower()  # stored lower-cased
    assert workshop_data["organisation"] == "Fundacja Przykład"
    assert workshop_data["status"] == Registration.Status.CONFIRMED
    assert workshop_data["consent_text"] == first.consent_text
    assert "90" in workshop_data["consent_text"]
    assert evening_data["name"] == "Анна Новак"
    assert evening_data["language"] == "uk"
    assert evening_data["accessibility_needs"] == "Napisy"
    assert evening_data["consent_text"] == second.consent_text
    for item in exported:
        assert item["submit_time"]
        assert {"kind": "confirmed", "status": "sent"} in [
            {"kind": email["kind"], "status": email["status"]} for email in item["emails"]
        ]
        assert "token" not in item
    assert first.token not in output
    for stranger in ("Bogdan", BOGDAN, "Stowarzyszenie Inne"):
        assert stranger not in output


def test_export_is_the_same_for_any_spelling_of_the_address(sign_up, run_command):
    event = EventPageFactory()
    sign_up(event, "Anna Nowak", ANNA)
    exports = [
        json.loads(run_command("export_personal_data", spelling))["event_registrations"]
        for spelling in ("anna@example.org", "ANNA@EXAMPLE.ORG", ANNA)
    ]
    assert len(exports[0]) == 1
    assert exports[0] == exports[1] == exports[2]


def test_export_includes_cancelled_and_waitlisted_registrations(sign_up, run_command):
    full = EventPageFactory(title="Spotkanie z jednym miejscem", capacity=1)
    cancelled = EventPageFactory(title="Spotkanie odwołane przez Annę")
    sign_up(full, "Bogdan Kowal", BOGDAN)
    sign_up(full, "Anna Nowak", ANNA)
    registration = sign_up(cancelled, "Anna Nowak", ANNA)
    cancel(registration.pk)

    exported = json.loads(run_command("export_personal_data", ANNA.lower()))["event_registrations"]
    statuses = {item["event"]: item["status"] for item in exported}
    assert statuses == {
        "Spotkanie z jednym miejscem": Registration.Status.WAITLISTED,
        "Spotkanie odwołane przez Annę": Registration.Status.CANCELLED,
    }


def test_export_of_an_unknown_address_is_empty(sign_up, run_command):
    sign_up(EventPageFactory(), "Anna Nowak", ANNA)
    data = json.loads(run_command("export_personal_data", "nobody@example.org"))
    assert data == {
        "email": "nobody@example.org",
        "event_registrations": [],
        "story_submissions": [],
        "membership_applications": [],
        "partner_requests": [],
        "partner_messages": [],
        "subscriptions": [],
    }


def test_erase_removes_every_registration_and_email_of_the_address_and_keeps_others(
    sign_up, run_command, mailoutbox
):
    workshop = EventPageFactory(title="Warsztat", contact_email="organizator@komm.example.org")
    evening = EventPageFactory(title="Wieczór")
    anna_workshop = sign_up(workshop, "Anna Nowak", ANNA)
    anna_evening = sign_up(evening, "Anna Nowak", ANNA)
    cancel(anna_evening.pk)
    bogdan = sign_up(workshop, "Bogdan Kowal", BOGDAN)
    anna_ids = [anna_workshop.pk, anna_evening.pk]
    assert EmailDelivery.objects.filter(registration__in=anna_ids).exists()

    output = run_command("erase_personal_data", "anna@example.org")

    assert "event_registrations: 2 removed" in output
    assert not Registration.objects.filter(email__iexact=ANNA).exists()
    assert not EmailDelivery.objects.filter(registration_id__in=anna_ids).exists()
    assert Registration.objects.get(pk=bogdan.pk).status == Registration.Status.CONFIRMED
    assert EmailDelivery.objects.filter(registration=bogdan).exists()
    assert json.loads(run_command("export_personal_data", ANNA))["event_registrations"] == []
    counter = SeatCounter.objects.get(event_key=workshop.translation_key)
    assert counter.confirmed == registrations_of(workshop).filter(status="confirmed").count() == 1


def test_erasing_a_confirmed_person_gives_the_place_to_the_first_on_the_waiting_list(
    sign_up, run_command, mailoutbox
):
    event = EventPageFactory(title="Spotkanie na jedno miejsce", capacity=1)
    anna = sign_up(event, "Anna Nowak", ANNA)
    bogdan = sign_up(event, "Bogdan Kowal", BOGDAN)
    celina = sign_up(event, "Celina Wiśniewska", CELINA)
    assert anna.status == Registration.Status.CONFIRMED
    assert bogdan.status == celina.status == Registration.Status.WAITLISTED
    mailoutbox.clear()

    run_command("erase_personal_data", ANNA.upper())

    bogdan.refresh_from_db()
    celina.refresh_from_db()
    assert bogdan.status == Registration.Status.CONFIRMED
    assert bogdan.confirmed_at is not None
    assert celina.status == Registration.Status.WAITLISTED
    confirmed = registrations_of(event).filter(status=Registration.Status.CONFIRMED)
    assert list(confirmed) == [bogdan]
    counter = SeatCounter.objects.get(event_key=event.translation_key)
    assert counter.confirmed == confirmed.count() == 1
    assert [message.to for message in mailoutbox] == [[BOGDAN]]
    assert event.join_link in mailoutbox[0].body
    promoted = EmailDelivery.objects.get(registration=bogdan, kind=EmailDelivery.Kind.PROMOTED)
    assert promoted.status == EmailDelivery.Status.SENT


def test_erasing_a_waitlisted_person_changes_no_place(sign_up, run_command, mailoutbox):
    event = EventPageFactory(title="Spotkanie pełne", capacity=1)
    bogdan = sign_up(event, "Bogdan Kowal", BOGDAN)
    sign_up(event, "Anna Nowak", ANNA)
    mailoutbox.clear()

    run_command("erase_personal_data", ANNA)

    assert list(registrations_of(event)) == [bogdan]
    assert SeatCounter.objects.get(event_key=event.translation_key).confirmed == 1
    assert mailoutbox == []


def test_erase_of_an_unknown_address_removes_nothing(sign_up, run_command):
    event = EventPageFactory()
    sign_up(event, "Anna Nowak", ANNA)
    output = run_command("erase_personal_data", "nobody@example.org")
    assert "event_registrations: 0 removed" in output
    assert registrations_of(event).count() == 1


@pytest.mark.parametrize("command", ["export_personal_data", "erase_personal_data"])
@pytest.mark.parametrize("typed", ["", "   ", "anna.example.org", "anna@", "anna@example org"])
def test_an_address_mistyped_is_refused_not_answered_with_nothing_found(
    sign_up, run_command, command, typed
):
    """An operator answering a request for access or erasure must not be told "0 removed" for
    a typing error, and believe the person forgotten."""
    event = EventPageFactory()
    sign_up(event, "Anna Nowak", ANNA)
    with pytest.raises(CommandError, match="e-mail address"):
        run_command(command, typed)
    assert registrations_of(event).count() == 1


def test_an_address_is_found_whatever_spaces_surround_it(sign_up, run_command):
    event = EventPageFactory()
    sign_up(event, "Anna Nowak", ANNA)
    output = run_command("erase_personal_data", f"  {ANNA.upper()}\n")
    assert "event_registrations: 1 removed" in output
    assert registrations_of(event).count() == 0


def test_purge_deletes_registrations_of_events_ended_longer_ago_than_the_retention(
    sign_up, run_command
):
    assert settings.KOMM_PERSONAL_DATA_RETENTION_DAYS == 90
    old = EventPageFactory(
        title="Spotkanie sprzed 91 dni", contact_email="organizator@komm.example.org"
    )
    recent = EventPageFactory(title="Spotkanie sprzed 89 dni")
    upcoming = EventPageFactory(title="Spotkanie w przyszłości")
    for event in (old, recent, upcoming):
        sign_up(event, "Anna Nowak", ANNA)
        sign_up(event, "Bogdan Kowal", BOGDAN)
    move_into_past(old, timedelta(days=91))
    move_into_past(recent, timedelta(days=89))

    output = run_command("purge_personal_data")

    assert "event_registrations: 2 deleted" in output
    assert not registrations_of(old).exists()
    assert not deliveries_of(old).exists()
    assert registrations_of(recent).count() == 2
    assert deliveries_of(recent).count() == 2
    assert registrations_of(upcoming).count() == 2
    exported = json.loads(run_command("export_personal_data", ANNA))["event_registrations"]
    assert {item["event"] for item in exported} == {recent.title, upcoming.title}


def test_purge_with_days_option_uses_that_retention(sign_up, run_command):
    ended_91 = EventPageFactory(title="Spotkanie sprzed 91 dni")
    ended_89 = EventPageFactory(title="Spotkanie sprzed 89 dni")
    ended_9 = EventPageFactory(title="Spotkanie sprzed 9 dni")
    for event in (ended_91, ended_89, ended_9):
        sign_up(event, "Anna Nowak", ANNA)
    move_into_past(ended_91, timedelta(days=91))
    move_into_past(ended_89, timedelta(days=89))
    move_into_past(ended_9, timedelta(days=9))

    output = run_command("purge_personal_data", "--days", "10")

    assert "event_registrations: 2 deleted" in output
    assert not registrations_of(ended_91).exists()
    assert not registrations_of(ended_89).exists()
    assert not deliveries_of(ended_89).exists()
    assert registrations_of(ended_9).count() == 1


def test_purge_follows_the_retention_setting(sign_up, run_command, settings):
    settings.KOMM_PERSONAL_DATA_RETENTION_DAYS = 30
    ended_31 = EventPageFactory(title="Spotkanie sprzed 31 dni")
    ended_29 = EventPageFactory(title="Spotkanie sprzed 29 dni")
    for event in (ended_31, ended_29):
        sign_up(event, "Anna Nowak", ANNA)
    move_into_past(ended_31, timedelta(days=31))
    move_into_past(ended_29, timedelta(days=29))

    run_command("purge_personal_data")

    assert not registrations_of(ended_31).exists()
    assert registrations_of(ended_29).count() == 1


def test_purge_of_a_confirmed_registration_promotes_no_one_after_the_event(
    sign_up, run_command, mailoutbox
):
    event = EventPageFactory(title="Spotkanie sprzed 91 dni, pełne", capacity=1)
    sign_up(event, "Anna Nowak", ANNA)
    sign_up(event, "Bogdan Kowal", BOGDAN)
    move_into_past(event, timedelta(days=91))
    mailoutbox.clear()

    run_command("purge_personal_data")

    assert not registrations_of(event).exists()
    assert mailoutbox == []
    assert SeatCounter.objects.get(event_key=event.translation_key).confirmed == 0


def test_purge_leaves_no_registration_of_an_event_whose_page_was_deleted(sign_up, run_command):
    event = EventPageFactory(title="Spotkanie później usunięte")
    sign_up(event, "Anna Nowak", ANNA)
    move_into_past(event, timedelta(days=91))
    key = event.translation_key
    EventPage.objects.get(pk=event.pk).delete()

    run_command("purge_personal_data")

    assert not Registration.objects.filter(event_key=key).exists()
