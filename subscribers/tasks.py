"""Background task of the subscribers app (django-tasks)."""

from django_tasks import task

from .emails import deliver


@task()
def send_subscriber_email(email_id):
    """Runs after the subscription is committed; a failure leaves the outbox row for
    `send_pending_emails`."""
    return deliver(email_id)
