"""Background tasks of the events app (django-tasks)."""

from django_tasks import task

from .emails import deliver


@task()
def send_email_delivery(*delivery_ids):
    """Runs after the registration is committed; one task sends all the e-mails of one change
    (so one queue row, not one per e-mail). A failure leaves its outbox row for retry."""
    return [deliver(delivery_id) for delivery_id in delivery_ids]
