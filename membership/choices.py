"""The membership app's fixed vocabularies, apart from the models so that filters and forms need
no model import. Who may apply: the coalition is open to groups without a legal form, so only a
registered organisation is asked for (optional) registry numbers."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ApplicantType(models.TextChoices):
    ORGANISATION = "organisation", _("A registered organisation (foundation, association…)")
    INFORMAL_GROUP = "informal-group", _("An informal group")
    COMMUNITY_LEADER = "community-leader", _("A community leader acting for a group")


class ApplicationStatus(models.TextChoices):
    NEW = "new", _("New")
    IN_REVIEW = "in_review", _("In review")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class ApplicationEmailKind(models.TextChoices):
    RECEIVED = "received", _("Application received")
    STAFF_NOTICE = "staff_notice", _("Notice to the staff")
    ACCEPTED = "accepted", _("Application accepted")
    PUBLISHED = "published", _("Directory page published")
    DECLINED = "declined", _("Application declined")
