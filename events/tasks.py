from django_tasks import task

from .emails import deliver


@task()
def send_email_delivery(delivery_id):
    """Runs after the registration is committed; a failure leaves the outbox row for retry."""
    return deliver(delivery_id)
