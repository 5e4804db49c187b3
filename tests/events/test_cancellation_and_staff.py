"""After registering: cancelling through the link, reminders, mail outages, the editors'
questions, and the staff's list of registrations (export, counts, cancelling, capacity)."""

import io
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from events.models import EmailDelivery, EventPage, Registration, RsvpFormField, SeatCounter
from tests.events.booking import JOIN, version
from tests.events.factories import EventPageFactory
from tests.factories import translate
from tests.forms import rsvp_entries
from tests.i18n import assert_says

pytestmark = pytest.mark.django_db


def cancel_link(message):
    return re.search(r"https?://[^\s]+/rsvp/cancel/[^\s]+/", message.body).group(0)


def test_cancellation_frees_the_place_and_promotes_the_first_waiting(
    client, event, post, django_capture_on_commit_callbacks
):
    post(event, rsvp_entries("a@example.org"))
    post(event, rsvp_entries("b@example.org"))
    post(event, rsvp_entries("wait1@example.org", email_language="en"))
    post(event, rsvp_entries("wait2@example.org"))
    link = cancel_link(next(m for m in mail.outbox if m.to == ["a@example.org"]))
    path = link.split("://", 1)[1].split("/", 1)[1]
    mail.outbox.clear()

    assert client.get("/" + path).status_code == 200
    assert Registration.objects.get(email="a@example.org").status == "confirmed"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/" + path)
    assert response.status_code == 200
    assert Registration.objects.get(email="a@example.org").status == "cancelled"
    assert Registration.objects.get(email="wait1@example.org").status == "confirmed"
    assert Registration.objects.get(email="wait2@example.org").status == "waitlisted"
    assert SeatCounter.objects.get(event_key=event.translation_key).confirmed == 2
    promoted = next(m for m in mail.outbox if m.to == ["wait1@example.org"])
    assert JOIN in promoted.body

    again = client.post("/" + path)
    assert Registration.objects.get(email="wait2@example.org").status == "waitlisted"
    assert_says(again, "uk", "This registration was cancelled already.")


def test_tampered_cancellation_link_is_not_found(client, event, post):
    post(event, rsvp_entries("a@example.org"))
    link = cancel_link(next(m for m in mail.outbox if m.to == ["a@example.org"]))
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    assert client.get(path[:-3] + "x/").status_code == 404
    assert client.post(path[:-3] + "x/").status_code == 404
    assert Registration.objects.get(email="a@example.org").status == "confirmed"


def test_reminders_are_sent_once_and_only_to_confirmed(
    event, post, django_capture_on_commit_callbacks
):
    post(event, rsvp_entries("a@example.org"))
    post(event, rsvp_entries("b@example.org"))
    post(event, rsvp_entries("wait@example.org"))
    EventPage.objects.filter(translation_key=event.translation_key).update(
        start=timezone.now() + timedelta(hours=5), end=timezone.now() + timedelta(hours=7)
    )
    mail.outbox.clear()
    for _run in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            call_command("send_event_reminders", stdout=io.StringIO())
    reminded = sorted(address for m in mail.outbox for address in m.to)
    assert reminded == ["a@example.org", "b@example.org"]
    assert all(JOIN in m.body for m in mail.outbox)


def test_mail_server_down_loses_nothing_and_retries_once(event, post, settings):
    settings.EMAIL_BACKEND = "tests.mail.BrokenBackend"
    response = post(event, rsvp_entries("a@example.org"))
    assert response.status_code == 200
    registration = Registration.objects.get(email="a@example.org")
    assert registration.status == "confirmed"
    assert set(registration.deliveries.values_list("status", flat=True)) == {"failed"}

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_emails", stdout=io.StringIO())
    call_command("send_pending_emails", stdout=io.StringIO())
    assert [m.to for m in mail.outbox].count(["a@example.org"]) == 1
    assert set(registration.deliveries.values_list("status", flat=True)) == {"sent"}


def test_editor_question_is_asked_and_stored_under_its_frozen_name(event, post, client):
    question = RsvpFormField.objects.create(
        page=event, label="Czy potrzebujesz noclegu?", field_type="singleline", required=False
    )
    frozen = question.clean_name
    RsvpFormField.objects.filter(pk=question.pk).update(label="Nocleg")
    html = client.get(EventPage.objects.get(pk=event.pk).url).content.decode()
    assert f'name="{frozen}"' in html
    post(EventPage.objects.get(pk=event.pk), rsvp_entries("a@example.org", **{frozen: "tak"}))
    assert Registration.objects.get(email="a@example.org").form_data == {frozen: "tak"}


def test_staff_see_one_list_with_export_and_translators_do_not(client, event, post):
    post(event, rsvp_entries("a@example.org", email_language="pl"))
    post(version(event, "uk"), rsvp_entries("b@example.org"))
    url = reverse("wagtailforms:list_submissions", args=[version(event, "en").pk])

    client.force_login(get_user_model().objects.get(username="editor"))
    html = client.get(url).content.decode()
    assert "a@example.org" in html and "b@example.org" in html
    export = client.get(url + "?export=csv")
    assert export.status_code == 200
    csv = (
        b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    )
    assert "a@example.org" in csv and "b@example.org" in csv
    assert client.get(url + "?status=waitlisted").content.decode().count("@example.org") == 0
    assert client.get(url + "?export=xlsx").status_code == 200

    client.force_login(get_user_model().objects.get(username="translator-uk"))
    assert client.get(url).status_code in (302, 403)


def test_staff_cancel_frees_the_place(client, event, post, django_capture_on_commit_callbacks):
    post(event, rsvp_entries("a@example.org"))
    post(event, rsvp_entries("b@example.org"))
    post(event, rsvp_entries("wait@example.org"))
    client.force_login(get_user_model().objects.get(username="editor"))
    registration = Registration.objects.get(email="a@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("events_cancel_registrations", args=[event.pk]), {"selected": [registration.pk]}
        )
    assert response.status_code == 302
    assert Registration.objects.get(email="a@example.org").status == "cancelled"
    assert Registration.objects.get(email="wait@example.org").status == "confirmed"
    assert EmailDelivery.objects.filter(
        registration__email="wait@example.org", kind="promoted", status="sent"
    ).exists()


def test_translated_question_keeps_its_stored_name_in_every_language(
    client, post, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = EventPageFactory(title="Warsztat", slug="warsztat-pytania", capacity=None)
        RsvpFormField.objects.create(
            page=page, label="Czy potrzebujesz noclegu?", field_type="singleline", required=True
        )
        page.save_revision().publish()
        translate(page, "uk", prefix="UK: ")
    source_question = RsvpFormField.objects.get(page=page)
    uk_page = version(page, "uk")
    uk_question = RsvpFormField.objects.get(page=uk_page)
    assert uk_question.label == "UK: Czy potrzebujesz noclegu?"
    assert uk_question.clean_name == source_question.clean_name
    assert uk_question.field_type == source_question.field_type
    assert uk_question.required

    html = client.get(uk_page.url).content.decode()
    assert "UK: Czy potrzebujesz noclegu?" in html
    post(uk_page, rsvp_entries("a@example.org", **{source_question.clean_name: "так"}))
    post(
        page,
        rsvp_entries("b@example.org", email_language="pl", **{source_question.clean_name: "tak"}),
    )
    answers = Registration.objects.for_event(page).values_list("form_data", flat=True)
    assert sorted(a[source_question.clean_name] for a in answers) == ["tak", "так"]


def test_cancellation_page_is_never_cached(client, event, post):
    post(event, rsvp_entries("a@example.org"))
    link = cancel_link(next(m for m in mail.outbox if m.to == ["a@example.org"]))
    response = client.get("/" + link.split("://", 1)[1].split("/", 1)[1])
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_staff_list_shows_counts_and_interpretation_requests(client, event, post):
    post(event, rsvp_entries("a@example.org", interpretation="uk"))
    post(version(event, "en"), rsvp_entries("b@example.org", interpretation="uk"))
    post(version(event, "uk"), rsvp_entries("c@example.org", interpretation="ru"))
    client.force_login(get_user_model().objects.get(username="editor"))
    response = client.get(reverse("wagtailforms:list_submissions", args=[event.pk]))
    assert response.context["counts"] == {
        "confirmed": 2,
        "waitlisted": 1,
        "cancelled": 0,
        "capacity": 2,
    }
    assert {row["interpretation"]: row["count"] for row in response.context["interpretation"]} == {
        "uk": 2,
        "ru": 1,
    }


def test_raising_the_capacity_confirms_people_from_the_waiting_list(
    event, post, django_capture_on_commit_callbacks
):
    for address in ("a@example.org", "b@example.org", "w1@example.org", "w2@example.org"):
        post(event, rsvp_entries(address))
    page = EventPage.objects.get(pk=event.pk)
    page.capacity = 3
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert Registration.objects.get(email="w1@example.org").status == "confirmed"
    assert Registration.objects.get(email="w2@example.org").status == "waitlisted"
    assert SeatCounter.objects.get(event_key=event.translation_key).capacity == 3
    assert any(m.to == ["w1@example.org"] and JOIN in m.body for m in mail.outbox)


def test_capacity_cannot_drop_below_the_confirmed_count(event, post):
    post(event, rsvp_entries("a@example.org"))
    post(event, rsvp_entries("b@example.org"))
    page = EventPage.objects.get(pk=event.pk)
    page.capacity = 1
    with pytest.raises(ValidationError) as raised:
        page.full_clean()
    assert "capacity" in raised.value.message_dict
