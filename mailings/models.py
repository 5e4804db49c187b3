"""A mailing: one page (an event's invitation, a grant call, a member story) sent to the confirmed
subscribers who asked for it. Each subscriber gets one outbox row per mailing, which the
database keeps unique: pressing "Send" again, or a worker restarted halfway, adds rows only for
those who have none and sends only rows not yet sent, so nobody gets the same e-mail twice."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.outbox import OutboxEmail
from subscribers.models import Subscriber, Topic


class Mailing(models.Model):
    page_key = models.UUIDField(_("page"), unique=True)
    topic = models.CharField(_("sent to subscribers of"), max_length=16, choices=Topic.choices)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("mailing")
        verbose_name_plural = _("mailings")
        permissions = [("send_mailing", _("Can send pages to subscribers"))]

    def __str__(self):
        return f"{self.get_topic_display()} {self.page_key}"


class MailingDelivery(OutboxEmail):
    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="mailing_deliveries"
    )

    about = "subscriber"
    kind = "mailing"

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["mailing", "subscriber"], name="one_email_per_mailing")
        ]
