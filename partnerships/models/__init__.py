"""The partnerships app's models: the pages (index, request, form) in `pages`, what is kept
about people (who sent a request, messages, abuse reports) in `records`."""

from .pages import (
    PartnerRequestFormField,
    PartnerRequestFormPage,
    PartnerRequestPage,
    PartnerRequestQuerySet,
    PartnershipIndexPage,
)
from .records import AbuseReport, PartnerMessage, PartnerRequestEmail, PartnerRequestSubmission

__all__ = [
    "AbuseReport",
    "PartnerMessage",
    "PartnerRequestEmail",
    "PartnerRequestFormField",
    "PartnerRequestFormPage",
    "PartnerRequestPage",
    "PartnerRequestQuerySet",
    "PartnerRequestSubmission",
    "PartnershipIndexPage",
]
