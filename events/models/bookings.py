"""Bookings: who registered for an event (one list for all its language versions), the seat
count the database keeps within capacity, the registration form's questions and the e-mails
sent about each registration."""

from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.contrib.forms.models import AbstractFormSubmission

from home.bases import OutboxEmail, TranslatableFormField, form_used, one_per_kind


def places_dependency(event_key):
    """What an event page with its open registration depends on (core.cache.depend_on): its
    cached copies are retired when this changes (registrations.places_changed)."""
    return f"places:{event_key}"


class RsvpFormField(TranslatableFormField):
    page = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="form_fields")

    class Meta(TranslatableFormField.Meta):
        verbose_name = _("registration question")


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=Registration.ACTIVE_STATUSES)

    def for_event(self, event):
        return self.filter(event_key=event.translation_key)


class Registration(AbstractFormSubmission):
    """One list per event across all its language versions, keyed by the translation key."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("Waiting list")
        CANCELLED = "cancelled", _("Cancelled")

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

    def get_data(self):
        return {
            "submit_time": self.submit_time,
            "status": self.get_status_display(),
            "language": self.language,
            "name": self.name,
            "email": self.email,
            "organisation": self.organisation,
            "email_language": self.email_language,
            "interpretation": self.interpretation,
            "accessibility_needs": self.accessibility_needs,
            **self.form_data,
        }


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

    class Kind(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmation")
        WAITLISTED = "waitlisted", _("Waiting list notice")
        PROMOTED = "promoted", _("Place confirmed from the waiting list")
        CANCELLED = "cancelled", _("Cancellation")
        REMINDER = "reminder", _("Reminder")
        CONTACT = "contact", _("Notification to the organiser")

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="deliveries"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)

    about = "registration"

    class Meta:
        constraints = [one_per_kind("registration", "one_email_per_kind")]
