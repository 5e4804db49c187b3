"""Background task of the news app (django-tasks)."""

from django_tasks import task

from .emails import deliver


@task()
def send_story_email(email_id):
    """Runs after the submission or decision is committed; a failure leaves the outbox row for
    `send_pending_emails`."""
    return deliver(email_id)
