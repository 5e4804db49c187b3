"""E-mails to a story's sender, in the language they wrote in, sent from the outbox."""

from django.core.mail import EmailMessage

from core import outbox

from .models import StoryEmail

OUTBOX = StoryEmail


def build_message(email):
    submission = email.submission
    story = submission.story
    context = {
        "kind": email.kind,
        "submission": submission,
        "story_title": story.title if story else "",
        "story_url": outbox.live_url(story),
    }
    subject, body = outbox.render(submission.language, "news/email", context, "submitter.txt")
    return EmailMessage(subject, body, to=[submission.contact_email])


def deliver(email_id):
    """Send one outbox e-mail unless it has been sent; failures stay in the outbox for retry."""
    return outbox.deliver(StoryEmail, email_id, build_message)
