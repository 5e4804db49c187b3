"""The partnerships app's admin (requests and abuse reports) and extension points (its personal
data and its two e-mail outboxes)."""

from wagtail import hooks

from core.outbox import register_outbox
from core.personal_data import register_provider

from . import emails, personal_data
from .admin_views import AbuseReportViewSet, PartnerRequestViewSet

register_provider(personal_data)
register_outbox(emails.RequestEmails)
register_outbox(emails.Messages)


@hooks.register("register_admin_viewset")
def register_partner_requests():
    return PartnerRequestViewSet("partner_requests")


@hooks.register("register_admin_viewset")
def register_abuse_reports():
    return AbuseReportViewSet("abuse_reports")
