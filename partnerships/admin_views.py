"""Partner requests in the admin, for staff with the permission to view who sent them: one list
of every request with its call, where it stands and how many messages and reports it got; and
the abuse reports. A message's words are for the requester: staff read one only once the
requester has reported it (on its report), never by way of the request."""

from django.conf import settings
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from home.admin_lists import SubmissionListViewSet

from .models import AbuseReport, PartnerMessage, PartnerRequestSubmission


def count_of(model, **lookups):
    rows = (
        model.objects.filter(**lookups)
        .order_by()
        .values(*lookups)
        .annotate(total=Count("pk"))
        .values("total")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


def call_choices():
    from grants.models import GrantOpportunityPage

    keys = PartnerRequestSubmission.objects.exclude(request__grant_call=None).values(
        "request__grant_call__translation_key"
    )
    calls = GrantOpportunityPage.objects.filter(translation_key__in=keys).order_by(
        "translation_key", "locale_id"
    )
    titles = {}
    for call in calls:
        titles.setdefault(str(call.translation_key), call.title)
    return sorted(titles.items(), key=lambda item: item[1])


def call_as_sent(submission):
    """The call's name as the requester chose it, from the row's own join (no query per row)."""
    page = submission.request
    if page is None:
        return ""
    return page.grant_call.title if page.grant_call else page.call_name


class RequestFilterSet(WagtailFilterSet):
    status = ChoiceFilter(label=_("Review"), choices=PartnerRequestSubmission.Status.choices)
    language = ChoiceFilter(label=_("Language of the form"), choices=settings.LANGUAGES)
    call = ChoiceFilter(
        label=_("Grant call"), choices=call_choices, method="filter_call", empty_label=_("All")
    )

    class Meta:
        model = PartnerRequestSubmission
        fields = []

    def filter_call(self, queryset, name, value):
        return queryset.filter(request__grant_call__translation_key=value)


class RequestIndexView(IndexView):
    def get_base_queryset(self):
        key = OuterRef("request__translation_key")
        return (
            super()
            .get_base_queryset()
            .select_related("request", "request__grant_call")
            .annotate(
                message_count=count_of(PartnerMessage, request_key=key),
                report_count=count_of(AbuseReport, request__translation_key=key),
            )
        )


class PartnerRequestViewSet(SubmissionListViewSet):
    """Who sent a request is read here, never edited: the request is a page."""

    model = PartnerRequestSubmission
    icon = "group"
    menu_label = _("Partner requests")
    menu_order = 270
    url_namespace = "partner_requests"
    url_prefix = "partnerships/requests"
    index_view_class = RequestIndexView
    filterset_class = RequestFilterSet
    search_fields = ["contact_name", "contact_email"]
    list_display = [
        Column("request", label=_("Partner request"), accessor="request"),
        Column("call", label=_("Grant call"), accessor=call_as_sent),
        Column("status", label=_("Review"), accessor="get_status_display"),
        BooleanColumn("open", label=_("Open"), accessor="request.is_open"),
        DateColumn("reply_by", label=_("Reply by"), accessor="request.reply_by"),
        Column("language", label=_("Language")),
        Column("message_count", label=_("Messages")),
        Column("report_count", label=_("Abuse reports")),
        DateColumn("submit_time", label=_("Received")),
    ]
    list_export = [
        "submit_time",
        "status",
        "language",
        "request",
        "contact_name",
        "contact_email",
        "message_count",
        "report_count",
    ]
    export_filename = "partner-requests"


class AbuseReportViewSet(ModelViewSet):
    model = AbuseReport
    icon = "warning"
    menu_order = 271
    add_to_admin_menu = True
    url_namespace = "abuse_reports"
    url_prefix = "partnerships/reports"
    form_fields = ["handled"]
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        Column("request", label=_("Partner request")),
        BooleanColumn("about_message", label=_("About a message"), accessor="message_id"),
        Column("reason", label=_("What is wrong")),
        BooleanColumn("handled", label=_("Handled")),
        DateColumn("created_at", label=_("Reported at")),
    ]
    list_filter = ["handled"]
    inspect_view_fields = [
        "request",
        "reason",
        "language",
        "created_at",
        "handled",
        "message_sender",
        "message_text",
    ]

    def get_common_view_kwargs(self, **kwargs):
        """Reports come from the public; staff read them and mark them handled."""
        return super().get_common_view_kwargs(add_url_name=None, delete_url_name=None, **kwargs)

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("edit/<int:pk>/", self.edit_view, name="edit"),
        ]
