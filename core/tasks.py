"""The background task that sends outbox e-mails (django-tasks): queued by
core.outbox.send_after_commit once the change they report is committed."""

from django_tasks import task

from .outbox import outbox_of


@task()
def send_outbox_rows(label, *keys):
    """A failure leaves its row in the outbox for `send_pending_emails`."""
    deliver = outbox_of(label).deliver
    return [deliver(key) for key in keys]
