"""Registering for an event, as visitors and staff experience it."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone, translation
from icalendar import Calendar

from events.models import EmailDelivery, EventPage, Registration, SeatCounter
from tests.events.booking import JOIN, version
from tests.events.factories import EventPageFactory
from tests.forms import rsvp_entries
from tests.i18n import assert_says, gettext_in

pytestmark = pytest.mark.django_db


def test_open_event_shows_the_form_in_every_language(client, event):
    for language in ("pl", "uk", "en"):
        html = assert_says(client.get(version(event, language).url), language, "Confirm attendance")
        for name in ("name", "email", "organisation", "email_language", "consent"):
            assert f'name="{name}"' in html
        assert JOIN not in html


def test_registration_in_ukrainian_is_confirmed_and_mailed_in_ukrainian(event, post):
    page = version(event, "uk")
    response = post(page, rsvp_entries("olena@example.org"))
    html = assert_says(response, "uk", "Your place is confirmed.")
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    assert JOIN not in html

    registration = Registration.objects.get(email="olena@example.org")
    assert registration.status == Registration.Status.CONFIRMED
    assert registration.language == "uk"
    assert registration.event_key == event.translation_key
    assert registration.consent_text

    to_person = [m for m in mail.outbox if m.to == ["olena@example.org"]]
    assert len(to_person) == 1
    message = to_person[0]
    confirmed = gettext_in("uk", "Thank you for registering. Your place is confirmed.")
    assert confirmed in message.body
    assert page.title in message.subject
    assert JOIN in message.body
    assert "Europe/Warsaw" in message.body
    assert "/uk/rsvp/cancel/" in message.body
    html_part = message.alternatives[0][0]
    assert JOIN in html_part

    ((name, content, mimetype),) = message.attachments
    assert mimetype == "text/calendar"
    vevent = next(c for c in Calendar.from_ical(content).walk("VEVENT"))
    assert vevent.decoded("dtstart") == event.start
    assert vevent.decoded("dtend") == event.end
    assert str(vevent["dtstart"].params["TZID"]) == "Europe/Warsaw"

    to_organiser = [m for m in mail.outbox if m.to == ["organizator@komm.example.org"]]
    assert len(to_organiser) == 1
    assert JOIN not in to_organiser[0].body


def test_registrations_from_all_languages_share_one_list_and_capacity(event, post):
    post(version(event, "pl"), rsvp_entries("a@example.org", email_language="pl"))
    post(version(event, "en"), rsvp_entries("b@example.org", email_language="en"))
    post(version(event, "uk"), rsvp_entries("c@example.org"))
    registrations = Registration.objects.for_event(event)
    assert {r.language for r in registrations} == {"pl", "en", "uk"}
    assert [r.status for r in registrations.order_by("submit_time", "pk")] == [
        "confirmed",
        "confirmed",
        "waitlisted",
    ]
    assert SeatCounter.objects.get(event_key=event.translation_key).confirmed == 2
    assert set(version(event, "en").get_submissions()) == set(registrations)


def test_waitlisted_person_gets_no_join_link(event, post):
    post(event, rsvp_entries("a@example.org"))
    post(event, rsvp_entries("b@example.org"))
    mail.outbox.clear()
    response = post(version(event, "en"), rsvp_entries("late@example.org", email_language="en"))
    with translation.override("en"):
        assert "waiting list" in response.content.decode()
    message = next(m for m in mail.outbox if m.to == ["late@example.org"])
    assert "waiting list" in message.body
    assert JOIN not in message.body
    for _name, content, _type in message.attachments:
        assert JOIN not in content.decode() if isinstance(content, bytes) else content


def test_same_email_in_another_case_is_refused_with_a_clear_message(event, post):
    post(event, rsvp_entries("Olena@Example.org"))
    response = post(version(event, "uk"), rsvp_entries("olena@example.ORG"))
    assert Registration.objects.for_event(event).count() == 1
    assert (
        gettext_in("uk", "Please correct the marked fields. Your entries have been kept.")
        not in response.content.decode()
    )
    assert 'role="alert"' in response.content.decode()
    assert "olena@example.ORG" in response.content.decode()


def test_full_event_without_waiting_list_says_fully_booked(event, post):
    EventPage.objects.filter(translation_key=event.translation_key).update(waitlist_enabled=False)
    post(event, rsvp_entries("a@example.org"))
    post(event, rsvp_entries("b@example.org"))
    page = EventPage.objects.get(pk=event.pk)
    response = post(page, rsvp_entries("c@example.org"))
    assert not Registration.objects.filter(email="c@example.org").exists()
    assert_says(response, "pl", "This event is fully booked.")


def test_missing_consent_keeps_entries_and_explains_in_the_visitors_language(event, post):
    page = version(event, "uk")
    data = rsvp_entries("olena@example.org", name="Олена <b>Тест</b>")
    del data["consent"]
    html = assert_says(post(page, data), "uk", "This field is required.")
    assert not Registration.objects.filter(email="olena@example.org").exists()
    assert 'value="olena@example.org"' in html
    assert "Олена &lt;b&gt;Тест&lt;/b&gt;" in html
    assert 'aria-invalid="true"' in html


@pytest.mark.parametrize(
    "data",
    [
        {"email": "not-an-address"},
        {"name": "x" * 5000},
        {"email_language": "xx"},
        {"interpretation": "klingon"},
        {"consent": ["on", "on"], "name": ""},
    ],
)
def test_bad_input_never_errors(event, post, data):
    response = post(event, {**rsvp_entries("ok@example.org"), **data})
    assert response.status_code == 200
    assert not Registration.objects.for_event(event).exists()


def test_honeypot_looks_successful_but_saves_nothing(event, post):
    response = post(event, rsvp_entries("bot@example.org", website="http://spam.example"))
    assert response.status_code == 200
    assert not Registration.objects.filter(email="bot@example.org").exists()
    assert mail.outbox == []


def test_thirty_people_behind_one_address_all_register(
    client, post, django_capture_on_commit_callbacks
):
    """An office or a shelter's wi-fi: one network address, many real people."""
    with django_capture_on_commit_callbacks(execute=True):
        page = EventPageFactory(title="Spotkanie w świetlicy", slug="swietlica", capacity=40)
    for number in range(30):
        response = post(
            page, rsvp_entries(f"person{number}@example.org"), REMOTE_ADDR="198.51.100.7"
        )
        assert response.status_code == 200, number
    confirmed = Registration.objects.for_event(page).filter(status=Registration.Status.CONFIRMED)
    assert confirmed.count() == 30


def test_one_sender_repeating_the_form_is_stopped_in_their_language(event, post, settings):
    settings.KOMM_FORM_SENDER_LIMIT = 3
    page = version(event, "uk")
    for _attempt in range(3):
        assert post(page, rsvp_entries("Same@Example.org", consent="")).status_code == 200
    response = post(page, rsvp_entries("same@example.org"))
    html = assert_says(
        response,
        "uk",
        "Too many attempts from your connection. Please wait an hour and try again, "
        "or write to the organisers.",
        status=429,
    )
    assert "same@example.org" in html  # the entries are kept
    assert not Registration.objects.filter(email="same@example.org").exists()
    # Someone else at the same address, and the same person at another event, are not stopped.
    assert post(page, rsvp_entries("other@example.org")).status_code == 200
    with translation.override("pl"):
        other_event = EventPageFactory(title="Inne spotkanie", slug="inne-spotkanie-limit")
    assert post(other_event, rsvp_entries("same@example.org")).status_code == 200


def test_an_address_over_its_high_limit_is_stopped_and_others_are_not(event, post, settings):
    settings.KOMM_FORM_ADDRESS_LIMIT = 2
    for number in range(2):
        assert post(event, rsvp_entries(f"p{number}@example.org")).status_code == 200
    response = post(event, rsvp_entries("p3@example.org"))
    assert response.status_code == 429
    assert not Registration.objects.filter(email="p3@example.org").exists()
    response = post(event, rsvp_entries("p4@example.org"), REMOTE_ADDR="203.0.113.50")
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("changes", "state"),
    [
        ({"registration_opens_at": timedelta(days=1)}, "not_yet_open"),
        ({"registration_closes_at": timedelta(minutes=-1)}, "closed"),
    ],
)
def test_registration_only_within_its_window(client, event, post, changes, state):
    now = timezone.now()
    EventPage.objects.filter(pk=event.pk).update(
        **{field: now + offset for field, offset in changes.items()}
    )
    page = EventPage.objects.get(pk=event.pk)
    assert page.registration_state() == state
    html = client.get(page.url).content.decode()
    assert 'name="consent"' not in html
    response = post(page, rsvp_entries("late@example.org"))
    assert response.status_code == 409
    assert not Registration.objects.filter(email="late@example.org").exists()


def test_no_registration_after_the_event_has_ended(client, event, post):
    now = timezone.now()
    EventPage.objects.filter(pk=event.pk).update(
        start=now - timedelta(hours=3), end=now - timedelta(seconds=1), registration_closes_at=None
    )
    page = EventPage.objects.get(pk=event.pk)
    assert page.registration_state() == "ended"
    assert post(page, rsvp_entries("late@example.org")).status_code == 409
    assert not Registration.objects.filter(email="late@example.org").exists()


@pytest.mark.parametrize(
    "address", ["olena@ex\u2028ample.org", "olena@ex\u2029ample.org", "olena@ex\u200bample.org"]
)
@pytest.mark.parametrize("language", ["pl", "uk"])
def test_an_address_mail_cannot_carry_is_refused_at_the_form(event, post, address, language):
    response = post(version(event, language), rsvp_entries(address))
    html = assert_says(
        response,
        language,
        "Please check the e-mail address: it contains a character that e-mail cannot carry.",
    )
    assert "Olena Kowalenko" in html
    assert not Registration.objects.for_event(event).exists()
    assert not EmailDelivery.objects.exists()


def test_an_address_with_an_international_domain_is_registered_and_mailed(event, post):
    assert post(event, rsvp_entries("olena@przykład.pl")).status_code == 200
    assert Registration.objects.filter(email="olena@przykład.pl").exists()
    assert any("olena@przykład.pl" in message.to for message in mail.outbox)
