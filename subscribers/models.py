"""People who asked for e-mail from the coalition: meeting invitations, grant calls, member
stories, each in the language they chose. Nobody gets anything but the confirmation e-mail until
they click its link (double opt-in); every later e-mail carries a signed link to change the
preferences or to unsubscribe, which works without an account."""

import secrets

from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from core.outbox import OutboxEmail


def new_key():
    return secrets.token_urlsafe(24)


class Topic(models.TextChoices):
    INVITATIONS = "invitations", _("Invitations to meetings")
    GRANT_CALLS = "grant_calls", _("Grant calls")
    STORIES = "stories", _("Member stories")


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        """Those who clicked their confirmation link and have not unsubscribed since."""
        return self.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)

    def wanting(self, topic):
        return self.confirmed().filter(topics__contains=topic)


class Subscriber(models.Model):
    email = models.EmailField(_("e-mail"))
    name = models.CharField(_("name"), max_length=200, blank=True)
    # A language code of settings.LANGUAGES (the forms offer those): no choices here, so that
    # adding a language needs no migration.
    language = models.CharField(_("language of e-mails"), max_length=16)
    # The topics' values, comma-separated: one column that SQLite and PostgreSQL filter alike.
    topics = models.CharField(_("what to receive"), max_length=200)
    consent_text = models.TextField(_("consent given"))
    # Part of every signed link; a new key (after erasure) retires the links sent before.
    key = models.CharField(max_length=64, default=new_key, editable=False)
    created_at = models.DateTimeField(_("subscribed at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(Lower("email"), name="one_subscriber_per_email")]

    def __str__(self):
        return self.email

    @property
    def topic_list(self):
        return [topic for topic in self.topics.split(",") if topic]

    @topic_list.setter
    def topic_list(self, values):
        self.topics = ",".join(topic for topic in Topic.values if topic in values)

    @property
    def is_active(self):
        return self.confirmed_at is not None and self.unsubscribed_at is None

    def get_topics_display(self):
        labels = dict(Topic.choices)
        return ", ".join(str(labels[topic]) for topic in self.topic_list if topic in labels)


class SubscriberEmail(OutboxEmail):
    """The e-mails about the subscription itself: the confirmation link, or, to an address
    already subscribed, its preferences link (so the form never tells who is subscribed)."""

    class Kind(models.TextChoices):
        CONFIRM = "confirm", _("Confirmation link")
        ALREADY = "already", _("Already subscribed")

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="emails")
    kind = models.CharField(max_length=16, choices=Kind.choices)

    about = "subscriber"
