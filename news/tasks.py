from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from .models import StorySubmission


def _public_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@task()
def send_story_email(submission_id, kind):
    """Tell the sender, in their language, that the story arrived, went live or was declined."""
    submission = StorySubmission.objects.select_related("story").filter(pk=submission_id).first()
    if submission is None:
        return False
    story = submission.story
    context = {
        "kind": kind,
        "submission": submission,
        "story_title": story.title if story else "",
        "story_url": _public_url(story.url) if story and story.live else "",
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    with translation.override(submission.language):
        subject = render_to_string("news/email/subject.txt", context).strip()
        body = render_to_string("news/email/submitter.txt", context)
    send_mail(subject, body, None, [submission.contact_email])
    return True
