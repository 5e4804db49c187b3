"""The acceptance drill: an invitation to 2,000 subscribers in three languages through a real
SMTP server that is stopped halfway through the run and started again. The e-mails refused
meanwhile wait in the outbox; `send_pending_emails` sends them; in the end every subscriber has
exactly one invitation, in their language, and pressing "Send" again sends nothing."""

import asyncio
import email
import io
import threading
import time
from collections import Counter

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command

from mailings.models import Mailing
from mailings.sending import progress
from subscribers.models import Subscriber
from tests.events.factories import EventPageFactory
from tests.faults.faults import free_port

pytestmark = [pytest.mark.django_db, pytest.mark.faults]

SUBSCRIBERS = 2000
LANGUAGES = ("pl", "uk", "en")
STOP_AFTER = 700


class Mailbox:
    """Accepts messages; when the STOP_AFTER-th arrives it holds it unanswered and asks for the
    server to be stopped, so that the stop never lands between accepting a message and saying
    so (which would make the sender send it again, as with any real server)."""

    def __init__(self):
        self.accepted = []
        self.stop_requested = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        if len(self.accepted) == STOP_AFTER and not self.stop_requested.is_set():
            self.stop_requested.set()
            await asyncio.sleep(120)  # cancelled when the server stops
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.accepted.append(message)
        return "250 Message accepted for delivery"


def outage(port, mailbox, controllers, seconds=2):
    """Stop the server when the mailbox asks, keep it down, start it again on the same port."""
    mailbox.stop_requested.wait(timeout=300)
    controllers[0].stop()
    time.sleep(seconds)
    controllers[0] = Controller(mailbox, hostname="127.0.0.1", port=port)
    controllers[0].start()


def test_two_thousand_invitations_through_a_failing_mail_server(
    settings, press_send, translated_page
):
    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 10
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    Subscriber.objects.bulk_create(
        Subscriber(
            email=f"drill{number}@example.org",
            language=LANGUAGES[number % 3],
            topics="invitations",
            consent_text="Zgoda.",
            confirmed_at="2026-01-01T00:00:00Z",
        )
        for number in range(SUBSCRIBERS)
    )
    versions = translated_page(EventPageFactory, title="Spotkanie próbne")

    mailbox = Mailbox()
    controllers = [Controller(mailbox, hostname="127.0.0.1", port=port)]
    controllers[0].start()
    restarter = threading.Thread(target=outage, args=(port, mailbox, controllers))
    restarter.start()
    try:
        press_send(versions["pl"])
        restarter.join(timeout=300)
        mailing = Mailing.objects.get()
        after_run = progress(mailing)
        assert after_run["failed"] > 0, "the outage should have refused some e-mails"
        call_command("send_pending_emails", stdout=io.StringIO())
        assert progress(mailing) == {"sent": SUBSCRIBERS, "failed": 0, "pending": 0}
        press_send(versions["pl"])
        assert progress(mailing)["sent"] == SUBSCRIBERS
    finally:
        controllers[0].stop()

    received = Counter(message["To"] for message in mailbox.accepted)
    assert len(received) == SUBSCRIBERS and set(received.values()) == {1}
    assert len({message["Message-ID"] for message in mailbox.accepted}) == SUBSCRIBERS
    by_language = Counter()
    for message in mailbox.accepted:
        number = int(message["To"].removeprefix("drill").split("@")[0])
        language = LANGUAGES[number % 3]
        body = message.get_content()
        assert versions[language].url in body
        assert "test-secret-room" not in body
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        by_language[language] += 1
    assert by_language == Counter(LANGUAGES[number % 3] for number in range(SUBSCRIBERS))
