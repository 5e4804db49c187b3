"""Who sent which partner request, and who wrote to whom, for the export, erase and purge
commands (core.personal_data). A requester who asks to be forgotten has their requests taken
off the site, since nobody could reach them any more; a message goes after the retention period,
and a requester's details once their request has closed and the period has passed."""

from datetime import timedelta

from django.forms.models import model_to_dict

from core.personal_data import delete_and_count, sent_form, settled_before

from .models import PartnerMessage, PartnerRequestPage, PartnerRequestSubmission
from .models.pages import open_q

SUBMISSION_FIELDS = ["status", "language", "contact_name", "contact_email", "consent_text"]
MESSAGE_FIELDS = ["language", "name", "organisation", "email", "message", "consent_text"]


def _submissions(email):
    return PartnerRequestSubmission.objects.filter(contact_email=email)


def _messages(email):
    return PartnerMessage.objects.filter(email=email)


def export(email):
    return {
        "partner_requests": [
            sent_form(
                submission,
                SUBMISSION_FIELDS,
                request=submission.request.title if submission.request else None,
            )
            for submission in _submissions(email).select_related("request")
        ],
        "partner_messages": [
            {
                **model_to_dict(message, fields=MESSAGE_FIELDS),
                "sent_at": message.created_at,
                "request": message.request.title,
            }
            for message in _messages(email).select_related("request")
        ],
    }


def erase(email):
    from .requests import withdraw_request

    submissions = _submissions(email)
    for submission in submissions.exclude(request=None).select_related("request"):
        withdraw_request(submission)
    return {
        **delete_and_count("partner_requests", submissions),
        **delete_and_count("partner_messages", _messages(email)),
    }


def purge(now, days):
    cutoff = now - timedelta(days=days)
    messages = PartnerMessage.objects.filter(created_at__lt=cutoff)
    still_open = PartnerRequestPage.objects.live().filter(open_q(now)).values("pk")
    submissions = settled_before(PartnerRequestSubmission.objects.all(), cutoff).exclude(
        request__in=still_open
    )
    return {
        **delete_and_count("partner_messages", messages),
        **delete_and_count("partner_requests", submissions),
    }
