"""Around a meeting, after registering: staff answer each request for language help (the person
hears in their language; an arranged interpretation shows on the event page in every language,
without anyone's name), and once the meeting is over, its summary shows first on the event page
and the participants are told, once, in their language."""

import json
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from events.models import EmailDelivery, EventPage, Registration
from tests.events.booking import JOIN, version
from tests.events.factories import EventPageFactory, RegistrationFactory
from tests.factories import translated
from tests.forms import rsvp_entries
from tests.i18n import gettext_in, ngettext_in

pytestmark = pytest.mark.django_db


def took_part(count):
    """The summary's count of participants, as the Polish page words it."""
    return ngettext_in("pl", "%(count)s person took part.", "%(count)s people took part.", count)


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username))


def answer_url(registration):
    return reverse("events_answer_help", args=[registration.page_id, registration.pk])


@pytest.fixture
def answer(client, django_capture_on_commit_callbacks):
    def send(registration, outcome="arranged", note="", username="editor"):
        login(client, username)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(answer_url(registration), {"outcome": outcome, "note": note})
        client.logout()
        return response

    return send


def test_an_answered_interpretation_request_e_mails_the_person_and_shows_on_the_event_page(
    client, event, post, answer
):
    post(version(event, "uk"), rsvp_entries("olena@example.org", interpretation="uk"))
    registration = Registration.objects.get(email="olena@example.org")
    assert "Перекладачка" not in client.get(event.url).content.decode()
    assert 'id="interpretation-confirmed"' not in client.get(event.url).content.decode()
    mail.outbox.clear()

    response = answer(registration, note="Перекладачка української мови долучиться до зустрічі.")
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["olena@example.org"]
    subject = gettext_in("uk", "About the language help you asked for: %(title)s")
    assert message.subject == subject % {"title": version(event, "uk").title}
    assert gettext_in("uk", "We have arranged it: it will be there at the meeting.") in message.body
    assert "Перекладачка української мови долучиться" in message.body
    assert JOIN not in message.body

    for language in ("pl", "uk", "en"):
        # The language arranged, named in the reader's language.
        ukrainian = gettext_in(language, "Ukrainian")
        assert language == "en" or ukrainian != "Ukrainian"
        provided = gettext_in(language, "Interpretation will be provided: %(languages)s.")
        page = client.get(version(event, language).url).content.decode()
        assert provided % {"languages": ukrainian} in page, language
        assert "olena" not in page.lower()


def test_a_request_is_answered_once_and_the_list_counts_the_answers(client, event, post, answer):
    post(event, rsvp_entries("a@example.org", interpretation="uk"))
    post(event, rsvp_entries("b@example.org", interpretation="", accessibility_needs="Napisy"))
    post(event, rsvp_entries("c@example.org", interpretation=""))
    first = Registration.objects.get(email="b@example.org")
    answer(first, outcome="not_possible", note="Proponujemy transkrypcję po spotkaniu.")
    assert answer(first, outcome="arranged").status_code == 302
    first.refresh_from_db()
    assert first.help_outcome == "not_possible"
    assert EmailDelivery.objects.filter(registration=first, kind="help").count() == 1
    # b@example.org wrote the form in Ukrainian (rsvp_entries), so hears in Ukrainian.
    assert gettext_in("uk", "We are sorry: this time we cannot arrange it.") in mail.outbox[-1].body
    login(client, "editor")
    listing = client.get(reverse("wagtailforms:list_submissions", args=[event.pk]))
    counts = "Requests for interpretation or accessibility help: %(asked)s, answered: %(answered)s."
    # The admin speaks the site's first language to an editor who chose none.
    assert gettext_in("pl", counts) % {"asked": 2, "answered": 1} in listing.content.decode()
    no_request = Registration.objects.get(email="c@example.org")
    assert client.get(answer_url(no_request)).status_code in (302, 404)


@pytest.mark.parametrize("username", ["translator-uk", "translator-pl"])
def test_translators_cannot_answer_or_read_requests(client, event, post, answer, username):
    post(event, rsvp_entries("private@example.org", accessibility_needs="Wózek"))
    registration = Registration.objects.get(email="private@example.org")
    login(client, username)
    response = client.get(answer_url(registration))
    assert response.status_code in (302, 403) and "Wózek" not in response.content.decode()
    answer(registration, username=username)
    registration.refresh_from_db()
    assert registration.help_answered_at is None


def past_event(django_capture_on_commit_callbacks, **fields):
    start = timezone.now() - timedelta(days=2)
    with django_capture_on_commit_callbacks(execute=True):
        return EventPageFactory(
            title="Spotkanie po fakcie",
            start=start,
            end=start + timedelta(hours=2),
            report="<p>Ustaliliśmy wspólny wniosek.</p>",
            **fields,
        )


def registered(event, email, organisation="", public=False, language="uk"):
    return RegistrationFactory(
        page=event,
        email=email,
        organisation=organisation,
        organisation_public=public,
        language=language,
    )


def test_the_past_event_shows_its_summary_first_with_who_agreed_to_be_named(
    client, django_capture_on_commit_callbacks
):
    event = past_event(django_capture_on_commit_callbacks)
    registered(event, "a@example.org", "Fundacja Jawna", public=True)
    registered(event, "b@example.org", "Stowarzyszenie Ukryte", public=False)
    registered(event, "c@example.org", "  fundacja   jawna ", public=True)
    page = client.get(event.url).content.decode()
    summary = page.index('id="summary-heading"')
    assert summary < page.index('class="facts"')
    assert "Ustaliliśmy wspólny wniosek." in page
    assert took_part(3) in page
    assert page.count("Fundacja Jawna") == 1
    assert "Stowarzyszenie Ukryte" not in page

    EventPage.objects.filter(pk=event.pk).update(participant_count=40)
    event.refresh_from_db()
    event.save_revision().publish()
    assert took_part(40) in client.get(event.url).content.decode()


def test_a_past_meeting_shows_its_summary_and_materials_in_every_language(
    client, django_capture_on_commit_callbacks
):
    recording = {"title": "Nagranie spotkania", "url": "https://example.org/nagranie"}
    event = past_event(
        django_capture_on_commit_callbacks,
        participant_count=34,
        materials=json.dumps([{"type": "link", "value": recording}]),
    )
    with django_capture_on_commit_callbacks(execute=True):
        versions = translated(event)
    for language, page in versions.items():
        # Each translation is the source with "UK: " or "EN: " before each string (translate).
        marked = "" if language == "pl" else f"{language.upper()}: "
        text = client.get(page.url).content.decode()
        heading = gettext_in(language, "Summary of the meeting")
        assert language == "en" or heading != "Summary of the meeting"
        people = "%(count)s person took part.", "%(count)s people took part."
        expected = (
            heading,
            f"{marked}Nagranie spotkania",
            f"{marked}Ustaliliśmy wspólny wniosek.",
            ngettext_in(language, *people, 34),
        )
        for piece in expected:
            assert piece in text, (language, piece)
        index = client.get(page.get_parent().url + "?when=past").content.decode()
        assert gettext_in(language, "Summary available") in index


def test_editors_tell_the_participants_once_in_their_language(
    client, django_capture_on_commit_callbacks
):
    event = past_event(django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        translated(event, ("uk",))
    registered(event, "uk@example.org", language="uk")
    registered(event, "en@example.org", language="en")
    cancelled = registered(event, "gone@example.org")
    Registration.objects.filter(pk=cancelled.pk).update(status="cancelled")
    url = reverse("events_tell_participants", args=[event.pk])

    for username in ("moderator", "translator-uk"):
        login(client, username)
        with django_capture_on_commit_callbacks(execute=True):
            client.post(url)
    assert mail.outbox == []

    login(client, "editor")
    for _press in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(url)
    assert sorted(m.to[0] for m in mail.outbox) == ["en@example.org", "uk@example.org"]
    ukrainian = next(m for m in mail.outbox if m.to == ["uk@example.org"])
    assert gettext_in("uk", "The summary is online") in ukrainian.subject
    assert version(event, "uk").url in ukrainian.body
    english = next(m for m in mail.outbox if m.to == ["en@example.org"])
    assert gettext_in("en", "The summary is online") in english.subject
    assert JOIN not in english.body and "test-secret-room" not in english.body


def test_translators_translate_the_summary_but_not_the_number_of_participants(
    client, django_capture_on_commit_callbacks
):
    event = past_event(django_capture_on_commit_callbacks, participant_count=12)
    with django_capture_on_commit_callbacks(execute=True):
        ukrainian = translated(event, ("uk",))["uk"]
    translator = get_user_model().objects.get(username="translator-uk")
    assert ukrainian.permissions_for_user(translator).can_edit()
    assert not event.permissions_for_user(translator).can_edit()
    assert "UK: Ustaliliśmy wspólny wniosek." in client.get(ukrainian.url).content.decode()
    ukrainian.participant_count = 999
    ukrainian.save_revision().publish()
    ukrainian.refresh_from_db()
    assert ukrainian.participant_count == 12
