"""Who sent which story, for the export, erase and purge commands (core.personal_data)."""

from datetime import timedelta

from django.forms.models import model_to_dict

from core.personal_data import settled_before

from .models import StorySubmission

FIELDS = ["submit_time", "status", "language", "contact_name", "contact_email", "consent_text"]


def _of(email):
    return StorySubmission.objects.filter(contact_email=email.strip().lower())


def export(email):
    return {
        "story_submissions": [
            {
                **model_to_dict(submission, fields=FIELDS),
                "submit_time": submission.submit_time,
                "story": submission.story.title if submission.story else None,
                "answers": submission.form_data,
            }
            for submission in _of(email).select_related("story").order_by("submit_time")
        ]
    }


def erase(email):
    """The sender's details go; a published story stays, as it is the organisation's news."""
    submissions = _of(email)
    count = submissions.count()
    submissions.delete()
    return {"story_submissions": count}


def purge(now, days):
    cutoff = now - timedelta(days=days)
    old = settled_before(StorySubmission.objects.all(), cutoff)
    count = old.count()
    old.delete()
    return {"story_submissions": count}
