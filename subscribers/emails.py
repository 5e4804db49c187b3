"""The subscription's own e-mails (core.outbox), and the signed links every e-mail to a
subscriber carries: confirm, change preferences, unsubscribe. A link holds the subscriber's
number and their key, never their address."""

from django.core import signing
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import translation

from core import outbox

from .models import Subscriber, SubscriberEmail

OUTBOX = SubscriberEmail
# A confirmation link is only good for a week: an old one found in a mailbox years later must
# not subscribe anyone. Unsubscribing and preferences work as long as the e-mails come.
CONFIRM_DAYS = 7
SALTS = {
    "confirm": "subscribers.confirm",
    "preferences": "subscribers.preferences",
    "unsubscribe": "subscribers.unsubscribe",
}


def token(subscriber, purpose):
    return signing.dumps([subscriber.pk, subscriber.key], salt=SALTS[purpose])


def link(subscriber, purpose):
    """The absolute address of a subscriber's signed link, in the language they chose."""
    with translation.override(subscriber.language):
        path = reverse(f"subscribers_{purpose}", args=[token(subscriber, purpose)])
    return outbox.public_url(path)


def subscriber_for_token(value, purpose):
    """The subscriber a link stands for, or None when it is tampered with, too old or retired."""
    max_age = CONFIRM_DAYS * 86400 if purpose == "confirm" else None
    try:
        pk, key = signing.loads(value, salt=SALTS[purpose], max_age=max_age)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return Subscriber.objects.filter(pk=pk, key=key).first()


def unsubscribe_headers(subscriber):
    """RFC 8058: a mail client unsubscribes with one POST to the link, without opening a page."""
    return {
        "List-Unsubscribe": f"<{link(subscriber, 'unsubscribe')}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def build_message(email):
    subscriber = email.subscriber
    context = {
        "kind": email.kind,
        "subscriber": subscriber,
        "confirm_url": link(subscriber, "confirm"),
        "preferences_url": link(subscriber, "preferences"),
        "confirm_days": CONFIRM_DAYS,
    }
    subject, body = outbox.render(subscriber.language, "subscribers/email", context)
    return EmailMessage(subject, body, to=[subscriber.email])


def deliver(email_id):
    return outbox.deliver(SubscriberEmail, email_id, build_message)
