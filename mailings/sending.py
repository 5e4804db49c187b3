"""Sending a mailing. "Send" writes one outbox row for every confirmed subscriber of the topic
who has none yet for this page, in one transaction, and queues a background run; the run sends
the unsent rows in batches over one mail server connection per batch. A row is sent at most
once (core.outbox locks it while the server talks), so runs may overlap or repeat; a failed row
stays for the next run or for `send_pending_emails`."""

import contextlib

from django.core.mail import get_connection
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from subscribers.models import Subscriber

from .emails import MAILABLE, Letter, deliver
from .models import Mailing, MailingDelivery
from .tasks import send_mailing

BATCH = 200


def audience(topic):
    return Subscriber.objects.wanting(topic)


def subscribers_by_language(topic):
    rows = audience(topic).values("language").annotate(count=Count("pk")).order_by("language")
    return {row["language"]: row["count"] for row in rows}


def mailing_for(page):
    return Mailing.objects.filter(page_key=page.translation_key).first()


def progress(mailing):
    """How many of a mailing's e-mails are sent, failed (waiting for a retry) and pending."""
    counts = {"sent": 0, "failed": 0, "pending": 0}
    if mailing is not None:
        rows = mailing.deliveries.values("status").annotate(count=Count("pk")).order_by()
        counts.update({row["status"]: row["count"] for row in rows})
    return counts


def start(page, user):
    """Add the subscribers who have no e-mail of this mailing yet and queue the run; returns
    how many were added (none on a second press, unless someone subscribed since)."""
    topic = MAILABLE[type(page)][0]
    with transaction.atomic():
        mailing, _created = Mailing.objects.get_or_create(
            page_key=page.translation_key, defaults={"topic": topic, "created_by": user}
        )
        mailing = Mailing.objects.select_for_update().get(pk=mailing.pk)
        new = audience(topic).exclude(mailing_deliveries__mailing=mailing)
        added = 0
        for batch in batched(list(new.values_list("pk", flat=True)), 1000):
            MailingDelivery.objects.bulk_create(
                [MailingDelivery(mailing=mailing, subscriber_id=pk) for pk in batch],
                ignore_conflicts=True,
            )
            added += len(batch)
        mailing.last_sent_at = timezone.now()
        mailing.save(update_fields=["last_sent_at"])
        transaction.on_commit(lambda: send_mailing.enqueue(mailing.pk))
    return added


def batched(iterable, size):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(mailing_id):
    """Send every unsent e-mail of the mailing once; returns how many went out. Subscribers
    who unsubscribed after "Send" are skipped: their rows stay unsent and are dropped."""
    mailing = Mailing.objects.get(pk=mailing_id)
    unsent = mailing.deliveries.exclude(status=MailingDelivery.Status.SENT)
    gone = Q(subscriber__unsubscribed_at__isnull=False)
    unsent.filter(gone).delete()
    letter = Letter(mailing)
    sent = 0
    for batch in batched(list(unsent.order_by("pk").values_list("pk", flat=True)), BATCH):
        connection = get_connection()
        try:
            for pk in batch:
                if deliver(pk, letter, connection):
                    sent += 1
                else:
                    # A refused or broken connection fails every later e-mail on it: the next
                    # one opens a new connection.
                    close(connection)
        finally:
            close(connection)
    return sent


def close(connection):
    with contextlib.suppress(Exception):
        connection.close()
