"""The partnerships app's fixed vocabularies, apart from the models so that filters need no
model import."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerType(models.TextChoices):
    ANY = "any", _("Any kind of partner")
    ORGANISATION = "organisation", _("A registered organisation")
    INFORMAL_GROUP = "informal-group", _("An informal group or community leader")
    INSTITUTION = "institution", _("A public institution (school, library, local authority)")
    BUSINESS = "business", _("A company or social enterprise")


class RequestState(models.TextChoices):
    """Where the requester has put their request; reply-by dates and deadlines close it too."""

    OPEN = "open", _("Looking for partners")
    PARTNERS_FOUND = "partners_found", _("Partners found")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Openness(models.TextChoices):
    """The listing filter: what a reader sees, whatever closed the request."""

    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")
