"""E-mails to a story's sender, in the language they wrote in, sent from the outbox."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from core import outbox

from .models import StoryEmail

OUTBOX = StoryEmail


def _public_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def build_message(email):
    submission = email.submission
    story = submission.story
    context = {
        "kind": email.kind,
        "submission": submission,
        "story_title": story.title if story else "",
        "story_url": _public_url(story.url) if story and story.live else "",
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    with translation.override(submission.language):
        subject = render_to_string("news/email/subject.txt", context).strip()
        body = render_to_string("news/email/submitter.txt", context)
    return EmailMessage(subject, body, to=[submission.contact_email])


def deliver(email_id):
    """Send one outbox e-mail unless it has been sent; failures stay in the outbox for retry."""
    return outbox.deliver(StoryEmail, email_id, build_message)
