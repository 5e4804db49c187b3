"""Background task of the membership app (django-tasks)."""

from django_tasks import task

from .emails import deliver


@task()
def send_application_email(email_id):
    """Runs once the change it reports is committed; a failure leaves the outbox row for
    `send_pending_emails`."""
    return deliver(email_id)
