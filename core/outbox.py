"""E-mail outboxes. An app that sends e-mails writes one row per e-mail in the same transaction as
the change it reports, and sends it with `deliver`; so a mail server outage or a killed worker
delays an e-mail but never loses it, and `send_pending_emails` retries every app's outbox.

An app takes part by giving its `emails` module an `OUTBOX` model (a subclass of `OutboxEmail`)
and a `deliver(pk)`, and by registering that module with the Wagtail hook `register_email_outbox`
in its `wagtail_hooks`. It writes its rows with the change they report and calls
`send_after_commit` (or `OutboxEmail.send_once`): one background task (core.tasks) then hands
them to that module's `deliver`. The row's model is here with the rest of the outbox, so that
an app with an outbox and no pages depends on core alone.
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.db import models, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

logger = logging.getLogger("komm.outbox")


class OutboxEmail(models.Model):
    """An e-mail written to an outbox in the same transaction as the change it reports, so that
    a mail server outage delays it instead of losing it; `deliver` sends each row once."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    # The foreign key to what the e-mail is about (a registration, a story submission...); each
    # subclass gives `kind` its choices and allows one e-mail per kind (`one_per_kind`).
    about = None

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.kind} → {getattr(self, self.about + '_id')} ({self.status})"

    @classmethod
    def send_once(cls, **fields):
        """Write the e-mail `fields` describe unless it was written before (one per kind), and
        send it once the change it reports is committed. True when it is new."""
        email, created = cls.objects.get_or_create(**fields)
        if created:
            send_after_commit([email])
        return created


def one_per_kind(about, name):
    """The constraint that lets `send_once` write an e-mail of one kind once per `about`, even
    when two requests race to write it."""
    return models.UniqueConstraint(fields=[about, "kind"], name=name)


def public_url(path):
    """An absolute address for an e-mail: the site's base URL and the path."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def live_url(page):
    """The absolute address of `page` for an e-mail, or "" once it is deleted or unpublished:
    an e-mail sent later, from the outbox, must not link to a page that is not there."""
    return public_url(page.url) if page is not None and page.live else ""


def render(language, folder, context, body="body.txt"):
    """An e-mail's subject and body in `language`, from `<folder>/subject.txt` and
    `<folder>/<body>`, with the site's name in the context."""
    context = {**context, "site_name": settings.WAGTAIL_SITE_NAME}
    with translation.override(language):
        subject = render_to_string(f"{folder}/subject.txt", context).strip()
        return subject, render_to_string(f"{folder}/{body}", context)


def message_id(row):
    """The same for every attempt to send one outbox row, whichever server sends it, so that a
    receiver can recognise the duplicate left by a send whose success was never recorded."""
    domain = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"
    return f"<{row._meta.label_lower}.{row.pk}@{domain}>"


def deliver(model, pk, build_message):
    """Send one outbox row unless it has been sent. The row stays locked while the mail server
    talks, so no other worker sends it meanwhile; if this process dies, the database drops the
    lock and the row is still unsent, ready for the retry."""
    with transaction.atomic():
        row = model.objects.select_for_update(skip_locked=True).filter(pk=pk)
        row = row.exclude(status=model.Status.SENT).first()
        if row is None:
            return False
        row.attempts += 1
        try:
            message = build_message(row)
            message.extra_headers["Message-ID"] = message_id(row)
            message.send()
        except Exception as error:
            row.status = model.Status.FAILED
            row.last_error = f"{type(error).__name__}: {error}"[:2000]
            row.save(update_fields=["status", "attempts", "last_error"])
            # Mail servers name the refused address in their error; the log names only its type.
            logger.warning("E-mail %s failed: %s", message_id(row), type(error).__name__)
            return False
        row.status = model.Status.SENT
        row.sent_at = timezone.now()
        row.save(update_fields=["status", "attempts", "sent_at"])
    return True


def register_outbox(emails_module):
    """Called from an app's `wagtail_hooks`: its `emails` module takes part in the retries."""
    hooks.register("register_email_outbox", lambda: emails_module)


def email_modules():
    """The apps' e-mail modules (each with `OUTBOX`, its model, and `deliver`), registered with
    the Wagtail hook `register_email_outbox`."""
    for provider in hooks.get_hooks("register_email_outbox"):
        yield provider()


def outbox_of(label):
    """The registered e-mail module whose `OUTBOX` is the model `label` ("app.Model")."""
    for module in email_modules():
        if module.OUTBOX._meta.label == label:
            return module
    raise LookupError(f"no outbox registered for {label}")


def send_after_commit(rows):
    """Once the change the outbox `rows` (of one model) report is committed, one background
    task sends them all: one queue row, not one per e-mail."""
    from .tasks import send_outbox_rows

    if rows:
        label = rows[0]._meta.label
        keys = [row.pk for row in rows]
        transaction.on_commit(lambda: send_outbox_rows.enqueue(label, *keys))


def retry_pending(max_attempts):
    """Send every unsent e-mail of every outbox; returns how many went out."""
    sent = 0
    for module in email_modules():
        outbox = module.OUTBOX
        unsent = outbox.objects.exclude(status=outbox.Status.SENT).filter(attempts__lt=max_attempts)
        sent += sum(module.deliver(pk) for pk in unsent.values_list("pk", flat=True))
    return sent
