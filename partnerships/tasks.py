"""Background tasks of the partnerships app (django-tasks)."""

from django_tasks import task

from . import emails


@task()
def send_request_email(email_id):
    """Runs after the request or decision is committed; a failure leaves the outbox row for
    `send_pending_emails`."""
    return emails.RequestEmails.deliver(email_id)


@task()
def send_partner_message(message_id):
    return emails.Messages.deliver(message_id)
