"""The events app's fixed vocabularies, apart from the models so that filters and forms need
no model import. The models name them too (`Registration.Status`, `EmailDelivery.Kind`, as
every outbox has its `Kind`), so code that holds a model needs no second import."""

from django.conf import global_settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Mode(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")
    HYBRID = "hybrid", _("Hybrid (in person and online)")


class RegistrationState(models.TextChoices):
    NONE = "none", _("No registration through the website")
    NOT_YET_OPEN = "not_yet_open", _("Registration has not opened yet")
    OPEN = "open", _("Registration is open")
    CLOSED = "closed", _("Registration is closed")
    ENDED = "ended", _("The event has ended")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("Waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class HelpOutcome(models.TextChoices):
    """Staff's answer to a request for language help."""

    ARRANGED = "arranged", _("Arranged")
    NOT_POSSIBLE = "not_possible", _("Not possible")


class RegistrationEmailKind(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmation")
    WAITLISTED = "waitlisted", _("Waiting list notice")
    PROMOTED = "promoted", _("Place confirmed from the waiting list")
    CANCELLED = "cancelled", _("Cancellation")
    REMINDER = "reminder", _("Reminder")
    CONTACT = "contact", _("Notification to the organiser")
    HELP = "help", _("Answer about language help")
    SUMMARY = "summary", _("The summary is online")


def meeting_language_choices():
    """Any language Django knows: a meeting may be held in a language the site is not in."""
    return [(code, _(name)) for code, name in global_settings.LANGUAGES]
