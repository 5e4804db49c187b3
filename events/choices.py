"""The events app's fixed vocabularies, apart from the models so that filters and forms need
no model import."""

from django.conf import global_settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Mode(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")
    HYBRID = "hybrid", _("Hybrid (in person and online)")


def meeting_language_choices():
    """Any language Django knows: a meeting may be held in a language the site is not in."""
    return [(code, _(name)) for code, name in global_settings.LANGUAGES]
