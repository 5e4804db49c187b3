"""Bookings: who registered for an event (one list for all its language versions), the seat
count the database keeps within capacity, the registration form's questions and the e-mails
sent about each registration."""

from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.contrib.forms.models import AbstractFormSubmission

from core.outbox import OutboxEmail, one_per_kind
from home.bases import TranslatableFormField, form_used, submission_data

from ..choices import HelpOutcome, RegistrationEmailKind, RegistrationStatus


class RsvpFormField(TranslatableFormField):
    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="form_fields")

    class Meta(TranslatableFormField.Meta):
        verbose_name = _("registration question")


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=Registration.ACTIVE_STATUSES)

    def for_event(self, event):
        return self.filter(event_key=event.translation_key)

    def interpretation_arranged(self, event_key):
        """The languages into which staff arranged interpretation, named in the reader's
        language: what the event page may show (nobody's name, nobody's needs)."""
        codes = (
            self.active()
            .filter(event_key=event_key, help_outcome=Registration.HelpOutcome.ARRANGED)
            .exclude(interpretation="")
            .values_list("interpretation", flat=True)
            .distinct()
        )
        return sorted(get_language_info(code)["name_translated"] for code in set(codes))


class Registration(AbstractFormSubmission):
    """One list per event across all its language versions, keyed by the translation key."""

    Status = RegistrationStatus
    HelpOutcome = HelpOutcome

    ACTIVE_STATUSES = (Status.CONFIRMED, Status.WAITLISTED)

    page = form_used()
    event_key = models.UUIDField(_("event"), db_index=True)
    language = models.CharField(_("language of the form"), max_length=16)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices)
    name = models.CharField(_("full name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    email_language = models.CharField(_("language of e-mails"), max_length=16)
    interpretation = models.CharField(_("interpretation requested"), max_length=16, blank=True)
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True)
    # What staff arranged for the interpretation or accessibility request (events.language_help).
    help_outcome = models.CharField(
        _("language help"), max_length=16, choices=HelpOutcome.choices, blank=True
    )
    help_note = models.TextField(_("note about the help"), blank=True)
    help_answered_at = models.DateTimeField(null=True, blank=True)
    # Opt-in: the organisation may be named among those that took part (the meeting's summary).
    organisation_public = models.BooleanField(_("organisation may be named"), default=False)
    consent_text = models.TextField(_("consent given"))
    token = models.CharField(max_length=64, unique=True, editable=False)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["submit_time", "pk"]
        permissions = [
            ("notify_registrants", _("Can e-mail the participants that the summary is online"))
        ]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "event_key",
                condition=models.Q(status__in=["confirmed", "waitlisted"]),
                name="one_active_registration_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"

    @property
    def asked_for_help(self):
        return bool(self.interpretation or self.accessibility_needs)

    def get_data(self):
        return submission_data(
            self,
            *("status", "language", "name", "email", "organisation", "email_language"),
            *("interpretation", "accessibility_needs", "help_outcome", "organisation_public"),
        )


class SeatCounter(models.Model):
    """Confirmed places per event. The database refuses more than the capacity, so concurrent
    registrations from any language version cannot overbook."""

    event_key = models.UUIDField(unique=True)
    capacity = models.PositiveIntegerField(null=True, blank=True)
    confirmed = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(capacity__isnull=True)
                | models.Q(confirmed__lte=models.F("capacity")),
                name="confirmed_within_capacity",
            )
        ]

    def __str__(self):
        return f"{self.confirmed}/{self.capacity or '∞'}"


class EmailDelivery(OutboxEmail):
    """What a registrant (or the event's organiser) is told about a registration."""

    Kind = RegistrationEmailKind

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="deliveries"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)

    about = "registration"

    class Meta:
        constraints = [one_per_kind("registration", "one_email_per_kind")]
