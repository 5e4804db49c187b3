"""Fixed vocabularies: stored as stable codes, shown through gettext so every language agrees."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class VoivodeshipCode(models.TextChoices):
    DOLNOSLASKIE = "dolnoslaskie", _("Lower Silesian")
    KUJAWSKO_POMORSKIE = "kujawsko-pomorskie", _("Kuyavian-Pomeranian")
    LUBELSKIE = "lubelskie", _("Lublin")
    LUBUSKIE = "lubuskie", _("Lubusz")
    LODZKIE = "lodzkie", _("Łódź")
    MALOPOLSKIE = "malopolskie", _("Lesser Poland")
    MAZOWIECKIE = "mazowieckie", _("Masovian")
    OPOLSKIE = "opolskie", _("Opole")
    PODKARPACKIE = "podkarpackie", _("Subcarpathian")
    PODLASKIE = "podlaskie", _("Podlaskie")
    POMORSKIE = "pomorskie", _("Pomeranian")
    SLASKIE = "slaskie", _("Silesian")
    SWIETOKRZYSKIE = "swietokrzyskie", _("Holy Cross")
    WARMINSKO_MAZURSKIE = "warminsko-mazurskie", _("Warmian-Masurian")
    WIELKOPOLSKIE = "wielkopolskie", _("Greater Poland")
    ZACHODNIOPOMORSKIE = "zachodniopomorskie", _("West Pomeranian")


class ThemeCode(models.TextChoices):
    INTEGRATION = "integration", _("Integration")
    EDUCATION = "education", _("Education")
    CULTURE = "culture", _("Culture")
    LEGAL_AID = "legal-aid", _("Legal aid")
    HUMANITARIAN_AID = "humanitarian-aid", _("Humanitarian aid")
    ANTI_DISCRIMINATION = "anti-discrimination", _("Anti-discrimination")
    YOUTH = "youth", _("Youth")
    WOMEN = "women", _("Women")
    LABOUR = "labour", _("Work and employment")
    HEALTH = "health", _("Health")
