"""E-mails about registrations, written in the registrant's language and sent from the outbox."""

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from core import outbox
from home.queries import in_language, versions_by_language

from .calendar import build_calendar
from .models import EmailDelivery, EventPage, Registration

OUTBOX = EmailDelivery
CANCEL_SALT = "komm.events.cancel"
# Only these e-mails, and only to a person whose place is still confirmed, carry the join link.
WITH_JOIN_LINK = {
    EmailDelivery.Kind.CONFIRMED,
    EmailDelivery.Kind.PROMOTED,
    EmailDelivery.Kind.REMINDER,
}
WITH_CALENDAR = WITH_JOIN_LINK | {EmailDelivery.Kind.WAITLISTED}


def cancel_url(registration, language):
    token = signing.Signer(salt=CANCEL_SALT).sign(registration.token)
    with translation.override(language):
        return outbox.public_url(reverse("cancel_registration", args=[token]))


def registration_for_token(signed_token):
    try:
        token = signing.Signer(salt=CANCEL_SALT).unsign(signed_token)
    except signing.BadSignature:
        return None
    return Registration.objects.filter(token=token).first()


def event_in_language(event_key, language):
    """The live version of the event in `language`, else the source (Polish) one."""
    return in_language(versions_by_language(EventPage, event_key), language)


def build_message(delivery):
    registration = delivery.registration
    kind = delivery.kind
    language = (
        settings.LANGUAGE_CODE
        if kind == EmailDelivery.Kind.CONTACT
        else registration.email_language
    )
    event = event_in_language(registration.event_key, language)
    if event is None:
        raise LookupError(f"event {registration.event_key} has no live page")
    # Times and the join link are the source's, whatever a translation holds.
    event = event.with_locked_fields_from_source()
    confirmed = registration.status == Registration.Status.CONFIRMED
    join_link = event.join_link if kind in WITH_JOIN_LINK and confirmed else ""
    event_url = outbox.public_url(event.url)
    context = {
        "kind": kind,
        "registration": registration,
        "event": event,
        "event_url": event_url,
        "join_link": join_link,
        "cancel_url": cancel_url(registration, language),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    with translation.override(language), timezone.override(event.zone):
        subject = render_to_string("events/email/subject.txt", context).strip()
        text = render_to_string("events/email/registration.txt", context)
        html = render_to_string("events/email/registration.html", context)
    recipient = event.contact_email if kind == EmailDelivery.Kind.CONTACT else registration.email
    message = EmailMultiAlternatives(subject, text, to=[recipient])
    message.attach_alternative(html, "text/html")
    if kind in WITH_CALENDAR:
        calendar = build_calendar([(event, event_url, join_link or None)], event.title)
        message.attach("invite.ics", calendar.to_ical(), "text/calendar")
    return message


def deliver(delivery_id):
    """Send one outbox e-mail unless it has been sent; failures stay in the outbox for retry."""
    return outbox.deliver(EmailDelivery, delivery_id, build_message)
