"""A mailing survives a mail server outage, a worker stopped halfway and overlapping runs: the
e-mails that failed or were never tried wait in the outbox for `send_pending_emails`, and however
many runs send at once, nobody gets the same e-mail twice (PostgreSQL, real concurrent
connections, with a negative control that shows the harness catches duplicates)."""

import io
from collections import Counter

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.core.management import call_command
from django.db import connection

from core.outbox import message_id
from events.models import EventIndexPage
from mailings import sending
from mailings.models import Mailing, MailingDelivery
from mailings.sending import progress, run, start
from subscribers.emails import link
from tests.concurrency import polish_section, run_together
from tests.events.factories import EventPageFactory
from tests.subscribers.conftest import path_of
from tests.subscribers.factories import SubscriberFactory

SUBSCRIBERS = 60


@pytest.fixture
def started_mailing(django_capture_on_commit_callbacks):
    """Start the invitation to a new event as "Send" does, but leave its run to the test: the
    mailing, its e-mails waiting in the outbox."""

    def start_one():
        with django_capture_on_commit_callbacks(execute=True):
            event = EventPageFactory()
        with django_capture_on_commit_callbacks(execute=False):
            start(event, None)
        return Mailing.objects.get()

    return start_one


@pytest.mark.django_db
def test_an_outage_delays_the_invitations_and_the_retry_sends_each_once(
    settings, django_capture_on_commit_callbacks, press_send
):
    SubscriberFactory.create_batch(5)
    with django_capture_on_commit_callbacks(execute=True):
        event = EventPageFactory()
    settings.EMAIL_BACKEND = "tests.mail.BrokenBackend"
    press_send(event)
    mailing = Mailing.objects.get()
    assert progress(mailing) == {"sent": 0, "failed": 5, "pending": 0}
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_emails", stdout=io.StringIO())
    call_command("send_pending_emails", stdout=io.StringIO())
    assert progress(mailing) == {"sent": 5, "failed": 0, "pending": 0}
    assert len(mail.outbox) == 5 and len({m.to[0] for m in mail.outbox}) == 5


@pytest.mark.django_db
def test_a_run_killed_halfway_is_finished_by_the_retry_once_each(monkeypatch, started_mailing):
    SubscriberFactory.create_batch(12)
    mailing = started_mailing()
    real_deliver = sending.deliver

    def dies_after_five(pk, *args):
        if len(mail.outbox) == 5:
            raise KeyboardInterrupt  # the worker is stopped (SIGINT) in the middle of the run
        return real_deliver(pk, *args)

    monkeypatch.setattr(sending, "deliver", dies_after_five)
    with pytest.raises(KeyboardInterrupt):
        run(mailing.pk)
    assert progress(mailing) == {"sent": 5, "failed": 0, "pending": 7}
    monkeypatch.setattr(sending, "deliver", real_deliver)
    call_command("send_pending_emails", stdout=io.StringIO())
    assert progress(mailing) == {"sent": 12, "failed": 0, "pending": 0}
    assert len(mail.outbox) == 12 and len({m.to[0] for m in mail.outbox}) == 12


@pytest.mark.django_db
def test_who_unsubscribes_before_the_run_is_skipped(client, started_mailing):
    stays, leaves = SubscriberFactory.create_batch(2)
    mailing = started_mailing()
    client.post(path_of(link(leaves, "unsubscribe")))
    run(mailing.pk)
    assert [m.to for m in mail.outbox] == [[stays.email]]


def mailing_of(count):
    event = EventPageFactory(parent=polish_section(EventIndexPage, "Wydarzenia", "wydarzenia"))
    mailing = Mailing.objects.create(page_key=event.translation_key, topic="invitations")
    subscribers = SubscriberFactory.create_batch(count)
    MailingDelivery.objects.bulk_create(
        MailingDelivery(mailing=mailing, subscriber=subscriber) for subscriber in subscribers
    )
    return mailing


def unlocked_run(mailing_id):
    """The naive run, without the outbox's row lock: read what is unsent, send it, mark it."""
    unsent = MailingDelivery.objects.filter(mailing_id=mailing_id).exclude(status="sent")
    for delivery in list(unsent.select_related("subscriber")):
        EmailMessage("x", "x", to=[delivery.subscriber.email]).send()
        MailingDelivery.objects.filter(pk=delivery.pk).update(status="sent")


postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs PostgreSQL row locking"
)


def overlapping_runs_send_each_e_mail_once():
    mailing = mailing_of(SUBSCRIBERS)
    outcomes, errors = run_together(4, lambda number: run(mailing.pk))
    assert errors == []
    assert sum(outcomes) == SUBSCRIBERS
    sent_to = Counter(m.to[0] for m in mail.outbox)
    assert len(sent_to) == SUBSCRIBERS and set(sent_to.values()) == {1}
    ids = {m.extra_headers["Message-ID"] for m in mail.outbox}
    assert ids == {message_id(row) for row in mailing.deliveries.all()}


def runs_without_the_lock_send_twice():
    mail.outbox.clear()
    mailing = mailing_of(SUBSCRIBERS)
    _outcomes, errors = run_together(4, lambda number: unlocked_run(mailing.pk))
    assert errors == []
    return max(Counter(m.to[0] for m in mail.outbox).values())


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_overlapping_runs_on_postgresql():
    """One test, because a transactional test empties the database when it ends."""
    overlapping_runs_send_each_e_mail_once()
    assert runs_without_the_lock_send_twice() > 1, "the harness failed to provoke the race"
