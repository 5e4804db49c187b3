"""Background task of the mailings app (django-tasks)."""

from django_tasks import task


@task()
def send_mailing(mailing_id):
    """Runs after "Send" is committed; an e-mail that fails stays in the outbox for
    `send_pending_emails`."""
    from .sending import run

    return run(mailing_id)
