"""The partnerships app's two outboxes (core.outbox): e-mails to a requester about their request,
in the language they wrote in, and responders' messages, passed on to the requester in the
requester's language with the responder as Reply-To."""

from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import translation

from core import outbox

from .models import PartnerMessage, PartnerRequestEmail, PartnerRequestSubmission


def request_context(submission):
    from .requests import manage_url

    page = submission.request
    return {
        "submission": submission,
        "request_title": page.title if page else "",
        "request_url": outbox.live_url(page),
        "manage_url": outbox.public_url(manage_url(submission)) if page is not None else "",
    }


class RequestEmails:
    OUTBOX = PartnerRequestEmail

    @staticmethod
    def build_message(email):
        submission = email.submission
        context = {"kind": email.kind, **request_context(submission)}
        subject, body = outbox.render(
            submission.language, "partnerships/email", context, "requester.txt"
        )
        return EmailMessage(subject, body, to=[submission.contact_email])

    @classmethod
    def deliver(cls, email_id):
        """Send one outbox e-mail unless it has been sent; failures stay for the retry."""
        return outbox.deliver(PartnerRequestEmail, email_id, cls.build_message)


class Messages:
    OUTBOX = PartnerMessage

    @staticmethod
    def build_message(message):
        from .requests import report_token

        submission = (
            PartnerRequestSubmission.objects.filter(request__translation_key=message.request_key)
            .select_related("request")
            .first()
        )
        if submission is None:
            raise LookupError("the request has no sender any more")
        with translation.override(submission.language):
            report_path = reverse("partnerships_report_message", args=[report_token(message)])
        context = {
            "kind": "message",
            **request_context(submission),
            "message": message,
            "report_url": outbox.public_url(report_path),
        }
        subject, body = outbox.render(
            submission.language, "partnerships/email", context, "message.txt"
        )
        return EmailMessage(subject, body, to=[submission.contact_email], reply_to=[message.email])

    @classmethod
    def deliver(cls, message_id):
        return outbox.deliver(PartnerMessage, message_id, cls.build_message)
