"""Who sent which story, for the export, erase and purge commands (core.personal_data)."""

from datetime import timedelta

from core.personal_data import delete_and_count, sent_form, settled_before

from .models import StorySubmission

FIELDS = ["submit_time", "status", "language", "contact_name", "contact_email", "consent_text"]


def _of(email):
    return StorySubmission.objects.filter(contact_email=email)


def export(email):
    return {
        "story_submissions": [
            sent_form(
                submission, FIELDS, story=submission.story.title if submission.story else None
            )
            for submission in _of(email).select_related("story").order_by("submit_time")
        ]
    }


def erase(email):
    """The sender's details go; a published story stays, as it is the organisation's news."""
    return delete_and_count("story_submissions", _of(email))


def purge(now, days):
    cutoff = now - timedelta(days=days)
    old = settled_before(StorySubmission.objects.all(), cutoff)
    return delete_and_count("story_submissions", old)
