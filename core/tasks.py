"""The site's background tasks (django-tasks), each queued once the change it follows is
committed: outbox e-mails (core.outbox.send_after_commit) and CDN purges (core.cache)."""

from django_tasks import task

from .cache import purge
from .outbox import outbox_of


@task()
def send_outbox_rows(label, *keys):
    """A failure leaves its row in the outbox for `send_pending_emails`."""
    deliver = outbox_of(label).deliver
    return [deliver(key) for key in keys]


@task()
def purge_cdn(*old_urls):
    """Queued by core.cache once a change is committed, when a CDN is configured."""
    purge(old_urls)
