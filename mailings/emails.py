"""A mailing's e-mails (core.outbox): the page in the subscriber's language, from its live
translation, else from the Polish source with one line saying so. Times are the source's, in
the event's own time zone; an invitation never carries the join link, which only registrants
get. Each e-mail carries the subscriber's links to unsubscribe (also as RFC 8058 headers, for
one-click unsubscribing in mail clients) and to change their preferences."""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import timezone

from core import outbox
from events.models import EventPage
from grants.models import GrantOpportunityPage
from home.queries import in_language, versions_by_language
from news.models import MemberStoryPage
from subscribers.emails import link, unsubscribe_headers
from subscribers.models import Topic

from .models import MailingDelivery

OUTBOX = MailingDelivery
# What can be sent, to whom, with which templates (mailings/email/<name>.txt).
MAILABLE = {
    EventPage: (Topic.INVITATIONS, "event"),
    GrantOpportunityPage: (Topic.GRANT_CALLS, "grant"),
    MemberStoryPage: (Topic.STORIES, "story"),
}


MODEL_FOR_TOPIC = {topic: model for model, (topic, _name) in MAILABLE.items()}


class Letter:
    """Builds the e-mails of one mailing, reading each language version of its page once."""

    def __init__(self, mailing):
        self.mailing = mailing
        self.model = MODEL_FOR_TOPIC[mailing.topic]
        self.template = MAILABLE[self.model][1]
        self.versions = versions_by_language(self.model, mailing.page_key)

    def page(self, language):
        page = in_language(self.versions, language)
        if page is None:
            raise LookupError(f"page {self.mailing.page_key} has no live version")
        return page.with_locked_fields_from_source()

    def render(self, language, subscriber=None):
        """The subject and body in `language`; without a subscriber (the admin's preview), the
        personal links are left out."""
        page = self.page(language)
        context = {
            "kind": self.template,
            "page": page,
            "page_url": outbox.public_url(page.url),
            "translated": page.locale.language_code == language,
            "subscriber": subscriber,
            "unsubscribe_url": link(subscriber, "unsubscribe") if subscriber else "",
            "preferences_url": link(subscriber, "preferences") if subscriber else "",
        }
        zone = getattr(page, "time_zone", None) or settings.TIME_ZONE
        with timezone.override(ZoneInfo(zone)):
            return outbox.render(language, "mailings/email", context, f"{self.template}.txt")

    def build_message(self, delivery):
        subscriber = delivery.subscriber
        subject, body = self.render(subscriber.language, subscriber)
        return EmailMessage(
            subject, body, to=[subscriber.email], headers=unsubscribe_headers(subscriber)
        )


def deliver(delivery_id, letter=None, connection=None):
    """Send one e-mail of a mailing unless it has been sent. A run over many rows passes its
    Letter and its mail server connection, so that the page is read and the connection opened
    once per run, not once per e-mail."""

    def build(delivery):
        nonlocal letter
        if letter is None or letter.mailing.pk != delivery.mailing_id:
            letter = Letter(delivery.mailing)
        message = letter.build_message(delivery)
        message.connection = connection
        return message

    return outbox.deliver(MailingDelivery, delivery_id, build)
