"""What the partnerships app keeps about people, apart from the public pages: who sent each
request (for moderators, and for the signed link that lets them manage it), the messages
responders send through a request's contact form (an outbox: for the requester's eyes, sent once
and purged after the retention period), and reports of abuse."""

import secrets

from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.outbox import OutboxEmail
from home.submissions import ReviewedSubmission, ReviewEmail

from .pages import PartnerRequestPage


def new_manage_key():
    return secrets.token_urlsafe(24)


class PartnerRequestSubmission(ReviewedSubmission):
    """Who sent a partner request, and where it stands in review."""

    request = models.OneToOneField(
        PartnerRequestPage,
        verbose_name=_("partner request"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="submission",
    )
    # Part of the signed management link; a new key retires every link sent before.
    manage_key = models.CharField(max_length=64, default=new_manage_key, editable=False)

    draft_field = "request"

    class Meta(ReviewedSubmission.Meta):
        verbose_name = _("partner request submission")
        verbose_name_plural = _("partner request submissions")


class PartnerRequestEmail(ReviewEmail):
    """What the requester is told, in the language they wrote in, as the request moves on."""

    submission = models.ForeignKey(
        PartnerRequestSubmission, on_delete=models.CASCADE, related_name="emails"
    )


class PartnerMessage(OutboxEmail):
    """A responder's message to a requester: the outbox row is the message itself, e-mailed
    once to the requester with the responder's address as Reply-To. Staff see how many there
    are, never what they say, unless the requester reports one as abuse."""

    request = models.ForeignKey(
        PartnerRequestPage,
        verbose_name=_("partner request"),
        on_delete=models.CASCADE,
        related_name="messages",
    )
    # Every language version of a request shares its key: counts are per request.
    request_key = models.UUIDField(db_index=True)
    language = models.CharField(_("language"), max_length=16)
    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation or group"), max_length=255, blank=True)
    email = models.EmailField(_("e-mail"))
    message = models.TextField(_("message"))
    consent_text = models.TextField(_("consent given"))
    reported_at = models.DateTimeField(_("reported as abuse"), null=True, blank=True)

    about = "request"
    kind = "message"

    class Meta:
        verbose_name = _("message to a requester")
        verbose_name_plural = _("messages to requesters")
        ordering = ["-created_at", "-pk"]


class AbuseReport(models.Model):
    """A report that a request (by anyone) or a message (by the requester who got it) is
    spam, a scam or abusive; staff read these and may then read the reported message."""

    request = models.ForeignKey(
        PartnerRequestPage,
        verbose_name=_("partner request"),
        on_delete=models.CASCADE,
        related_name="abuse_reports",
    )
    message = models.ForeignKey(
        PartnerMessage,
        verbose_name=_("message"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reports",
    )
    reason = models.TextField(_("what is wrong"))
    language = models.CharField(_("language"), max_length=16)
    created_at = models.DateTimeField(_("reported at"), auto_now_add=True)
    handled = models.BooleanField(_("handled"), default=False)

    class Meta:
        verbose_name = _("abuse report")
        verbose_name_plural = _("abuse reports")
        ordering = ["handled", "-created_at", "-pk"]

    def __str__(self):
        return f"{self.request_id}: {self.reason[:40]}"

    @admin.display(description=_("message from"))
    def message_sender(self):
        """Shown to staff only for a message its requester reported."""
        message = self.message
        if message is None:
            return ""
        organisation = f", {message.organisation}" if message.organisation else ""
        return f"{message.name}{organisation} <{message.email}>"

    @admin.display(description=_("reported message"))
    def message_text(self):
        return self.message.message if self.message else ""
