"""Partner request URLs that are not pages: the signed management link, abuse reports and the
feeds."""

from django.urls import path

from .feeds import PartnerRequestAtomFeed, PartnerRequestFeed
from .views import manage_request, report_message, report_request

urlpatterns = [
    path("partners/manage/<str:token>/", manage_request, name="partnerships_manage"),
    path("partners/report/<id:page_id>/", report_request, name="partnerships_report"),
    path(
        "partners/report-message/<str:token>/",
        report_message,
        name="partnerships_report_message",
    ),
    path("feeds/partners.rss", PartnerRequestFeed(), name="partners_rss"),
    path("feeds/partners.atom", PartnerRequestAtomFeed(), name="partners_atom"),
]
