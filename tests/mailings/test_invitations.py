"""An event's invitation to the subscribers: each in their language, from the event's live
translation (or the Polish source, saying so), with the source's time in the event's zone,
never the join link, with the links to unsubscribe; once per person, however often "Send" is
pressed."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from mailings.models import MailingDelivery
from subscribers.models import Subscriber
from tests.events.factories import EventPageFactory
from tests.factories import translated
from tests.forms import subscribe_entries
from tests.grants.factories import GrantPageFactory
from tests.i18n import gettext_in
from tests.mailings.conftest import send_url
from tests.news.factories import StoryPageFactory
from tests.subscribers.conftest import link_to, path_of
from tests.subscribers.factories import SubscriberFactory

pytestmark = pytest.mark.django_db

JOIN = "https://meet.example.org/invitation-secret-room"


def event_in_kyiv(django_capture_on_commit_callbacks, languages=("uk",)):
    start = datetime(2031, 4, 27, 16, 0, tzinfo=ZoneInfo("Europe/Kyiv"))
    with django_capture_on_commit_callbacks(execute=True):
        event = EventPageFactory(
            title="Spotkanie liderów",
            start=start,
            end=start.replace(hour=18),
            time_zone="Europe/Kyiv",
            join_link=JOIN,
            interpretation_available=True,
        )
        return translated(event, languages)


def test_a_visitor_subscribes_in_ukrainian_and_gets_the_invitation_in_ukrainian(
    client, django_capture_on_commit_callbacks, press_send
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/uk/subscribe/", subscribe_entries("oksana@example.org"))
        client.post("/pl/subscribe/", subscribe_entries("never.confirmed@example.org"))
    confirmation = next(m for m in mail.outbox if m.to == ["oksana@example.org"])
    client.post(link_to(confirmation, "confirm"))
    mail.outbox.clear()

    versions = event_in_kyiv(django_capture_on_commit_callbacks)
    response = press_send(versions["pl"])
    assert response.status_code == 302

    [invitation] = mail.outbox
    assert invitation.to == ["oksana@example.org"]
    body = invitation.body
    assert "UK: Spotkanie liderów" in invitation.subject
    assert versions["uk"].url in body and versions["uk"].url.startswith("/uk/")
    assert "16:00–18:00" in body and "Europe/Kyiv" in body
    assert JOIN not in body and "invitation-secret-room" not in str(invitation.message())
    assert gettext_in("uk", "Language help").lower() in body.lower()
    headers = invitation.extra_headers
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    one_click = path_of(headers["List-Unsubscribe"].strip("<>"))
    assert one_click == link_to(invitation, "unsubscribe")

    # One click in the mail client stops further mail.
    assert Client().post(one_click, {"List-Unsubscribe": "One-Click"}).status_code == 200
    mail.outbox.clear()
    press_send(event_in_kyiv(django_capture_on_commit_callbacks)["pl"])
    assert mail.outbox == []


def test_a_language_without_a_translation_gets_the_polish_source_with_a_note(
    django_capture_on_commit_callbacks, press_send
):
    SubscriberFactory(email="english@example.org", language="en")
    SubscriberFactory(email="ukrainian@example.org", language="uk")
    versions = event_in_kyiv(django_capture_on_commit_callbacks, languages=("uk",))
    press_send(versions["pl"])
    english = next(m for m in mail.outbox if m.to == ["english@example.org"])
    ukrainian = next(m for m in mail.outbox if m.to == ["ukrainian@example.org"])
    assert "Spotkanie liderów" in english.subject and "UK:" not in english.subject
    assert "in Polish because the page has not been translated" in english.body
    assert "We invite you to a meeting" in english.body
    assert versions["pl"].url in english.body
    assert "не перекладено" not in ukrainian.body


def test_only_subscribers_of_the_topic_who_confirmed_are_sent_anything(
    django_capture_on_commit_callbacks, press_send
):
    SubscriberFactory(email="grants.only@example.org", topics="grant_calls")
    SubscriberFactory(email="unconfirmed@example.org", confirmed_at=None)
    SubscriberFactory(email="invited@example.org", topics="invitations")
    press_send(event_in_kyiv(django_capture_on_commit_callbacks)["pl"])
    assert [m.to for m in mail.outbox] == [["invited@example.org"]]


def test_a_second_send_reaches_only_new_subscribers(
    client, django_capture_on_commit_callbacks, press_send
):
    SubscriberFactory.create_batch(3)
    event = event_in_kyiv(django_capture_on_commit_callbacks)["uk"]
    press_send(event)
    assert len(mail.outbox) == 3
    mail.outbox.clear()
    press_send(event)
    assert mail.outbox == []
    SubscriberFactory(email="late@example.org")
    press_send(event)
    assert [m.to for m in mail.outbox] == [["late@example.org"]]
    assert MailingDelivery.objects.filter(status="sent").count() == 4


def test_the_preview_shows_every_language_and_the_counts_without_the_join_link(
    client, django_capture_on_commit_callbacks
):
    SubscriberFactory.create_batch(2, language="uk")
    SubscriberFactory(language="en")
    SubscriberFactory(language="uk", topics="stories")
    versions = event_in_kyiv(django_capture_on_commit_callbacks)
    client.force_login(
        Subscriber._meta.apps.get_model("auth", "User").objects.get(username="editor")
    )
    page = client.get(send_url(versions["uk"]))
    assert page.status_code == 200
    text = page.content.decode()
    assert JOIN not in text
    assert re.search(r"Українська \(2 ", text) and re.search(r"English \(1 ", text)
    assert "UK: Spotkanie liderów" in text and "Europe/Kyiv" in text
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("factory", "title", "topic", "language", "other_topic", "subject_parts"),
    [
        (
            GrantPageFactory,
            "Konkurs dla NGO",
            "grant_calls",
            "uk",
            "invitations",
            ["UK: Konkurs dla NGO"],
        ),
        (
            StoryPageFactory,
            "Nasza świetlica",
            "stories",
            "en",
            "grant_calls",
            ["EN: Nasza świetlica", "Member story"],
        ),
    ],
    ids=["grant call", "member story"],
)
def test_a_grant_call_or_a_story_goes_to_its_subscribers_only(
    translated_page, press_send, factory, title, topic, language, other_topic, subject_parts
):
    """Only the subscriber of the page's topic gets it, in their language's translation."""
    SubscriberFactory(email="reader@example.org", topics=topic, language=language)
    SubscriberFactory(email="other.topic@example.org", topics=other_topic)
    versions = translated_page(factory, (language,), title=title)
    press_send(versions["pl"])
    [message] = mail.outbox
    assert message.to == ["reader@example.org"]
    for part in subject_parts:
        assert part in message.subject
    assert versions[language].url in message.body


def test_an_unpublished_page_is_not_sent(django_capture_on_commit_callbacks, press_send):
    SubscriberFactory()
    with django_capture_on_commit_callbacks(execute=True):
        draft = EventPageFactory(live=False)
    press_send(draft)
    assert mail.outbox == []
    assert not MailingDelivery.objects.exists()


def test_nobody_is_invited_to_a_past_event(client, django_capture_on_commit_callbacks, press_send):
    SubscriberFactory()
    start = timezone.now() - timedelta(days=3)
    with django_capture_on_commit_callbacks(execute=True):
        past = EventPageFactory(start=start, end=start + timedelta(hours=2))
    press_send(past)
    assert mail.outbox == [] and not MailingDelivery.objects.exists()
