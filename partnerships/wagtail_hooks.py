"""The partnerships app's admin (requests and abuse reports) and extension points (its personal
data, its two e-mail outboxes, the staff's permissions on them, its feeds, and its section on a
grant call's page)."""

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.outbox import register_outbox
from core.personal_data import register_provider
from core.subscribe import ATOM, RSS, register_link
from workflow.roles import register_permissions

from . import emails, personal_data
from .admin_views import AbuseReportViewSet, PartnerRequestViewSet
from .models import PartnerRequestFormPage, PartnerRequestPage

# Requests named on a grant call's page; the rest are counted.
SHOWN_ON_CALL = 5

register_provider(personal_data)
register_outbox(emails.RequestEmails)
register_outbox(emails.Messages)
register_permissions(
    staff=[
        "partnerships.view_partnerrequestsubmission",
        # Reports of abuse, and the reported messages they let staff read.
        "partnerships.view_abusereport",
        "partnerships.change_abusereport",
    ]
)
register_link(
    "partners_rss", _("Partner requests (RSS)"), RSS, _("KOMM Hub: partner requests (RSS)")
)
register_link(
    "partners_atom", _("Partner requests (Atom)"), ATOM, _("KOMM Hub: partner requests (Atom)")
)


@hooks.register("register_admin_viewset")
def register_partner_requests():
    return PartnerRequestViewSet("partner_requests")


@hooks.register("register_admin_viewset")
def register_abuse_reports():
    return AbuseReportViewSet("abuse_reports")


@hooks.register("register_grant_call_section")
def call_partner_requests(request, call):
    """On a grant call's page: who looks for partners for it, and a link to add a request with
    the call chosen. Three queries, however many requests there are."""
    requests = PartnerRequestPage.objects.live().public().for_call(call).open()
    form_page = PartnerRequestFormPage.objects.live().public().filter(locale=call.locale).first()
    return render_to_string(
        "partnerships/includes/call_requests.html",
        {
            "request": request,
            "call": call,
            "count": requests.count(),
            "requests": list(requests.select_related("locale")[:SHOWN_ON_CALL]),
            "form_page": form_page,
        },
    )
