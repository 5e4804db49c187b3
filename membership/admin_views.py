"""Applications in the admin: one list for every language (filters, CSV/XLSX export), an
application's page with its possible duplicates and its signed declaration, and the staff's
decisions. Reading needs the permission to view applications; deciding, to change them."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django_filters import ChoiceFilter, ModelChoiceFilter
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic.models import IndexView, InspectView
from wagtail.coreutils import multigetattr

from directory.models import Voivodeship
from home.admin_lists import SubmissionListViewSet

from . import applications
from .choices import ApplicantType, ApplicationStatus
from .forms import DeclineForm
from .models import SENT_FIELDS, VOCABULARIES, MembershipApplication

EXPORTED = ["submit_time", "status", "language", *SENT_FIELDS, "decided_at"]


def with_duplicate_flag(queryset):
    """Flags an application when another one has the same e-mail address or name."""
    others = MembershipApplication.objects.exclude(pk=OuterRef("pk")).filter(
        applications.same_applicant(OuterRef("email"), OuterRef("name_key"))
    )
    return queryset.annotate(possible_duplicate=Exists(others))


class ApplicationFilterSet(WagtailFilterSet):
    status = ChoiceFilter(label=_("Status"), choices=ApplicationStatus.choices)
    language = ChoiceFilter(label=_("Language of the form"), choices=settings.LANGUAGES)
    applicant_type = ChoiceFilter(label=_("Who is applying"), choices=ApplicantType.choices)
    voivodeship = ModelChoiceFilter(
        label=_("Voivodeship"), field_name="voivodeships", queryset=Voivodeship.objects.all()
    )

    class Meta:
        model = MembershipApplication
        fields = []


class ApplicationIndexView(IndexView):
    def get_base_queryset(self):
        return with_duplicate_flag(super().get_base_queryset()).prefetch_related(
            "voivodeships", "themes", "languages"
        )

    def to_row_dict(self, item):
        """Vocabularies as their codes, the same in every language of the admin."""
        return {
            name: (
                ", ".join(value.code for value in getattr(item, name).all())
                if name in VOCABULARIES
                else multigetattr(item, name)
            )
            for name in self.list_export
        }


class ApplicationInspectView(InspectView):
    template_name = "membership/admin/inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(
            MembershipApplication.objects.prefetch_related("voivodeships", "themes", "languages"),
            pk=self.pk,
        )

    def get(self, request, *args, **kwargs):
        # Opening a new application puts it in review, for whoever may decide on it.
        if self.object.status == ApplicationStatus.NEW and self.user_has_permission("change"):
            applications.start_review(self.object)
            self.object.status = ApplicationStatus.IN_REVIEW
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        same_applications, same_pages = applications.possible_duplicates(self.object)
        context.update(
            same_applications=same_applications,
            same_pages=same_pages,
            can_decide=self.user_has_permission("change")
            and self.object.status in (ApplicationStatus.NEW, ApplicationStatus.IN_REVIEW),
            decline_form=DeclineForm(),
        )
        return context


class ApplicationViewSet(SubmissionListViewSet):
    model = MembershipApplication
    icon = "group"
    menu_order = 260
    url_namespace = "membership_application"
    url_prefix = "membership/applications"
    index_view_class = ApplicationIndexView
    inspect_view_class = ApplicationInspectView
    inspect_view_enabled = True
    filterset_class = ApplicationFilterSet
    search_fields = ["name", "contact_name", "email", "communities"]
    list_display = [
        "name",
        Column("applicant_type", label=_("Who is applying"), accessor="get_applicant_type_display"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("language", label=_("Language")),
        BooleanColumn("possible_duplicate", label=_("Possible duplicate")),
        DateColumn("submit_time", label=_("Received")),
    ]
    list_export = EXPORTED
    export_filename = "membership-applications"
    inspect_view_fields = [
        *EXPORTED,
        "consent_text",
        "declaration_text",
        "decided_by",
        "decision_message",
    ]

    def extra_urlpatterns(self):
        """Applications are the applicants' words: read and decided on, never edited here."""
        return [
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("accept/<int:pk>/", accept_view, name="accept"),
            path("decline/<int:pk>/", decline_view, name="decline"),
            path("declaration/<int:pk>/", declaration_view, name="declaration"),
        ]


def _application(request, pk, permission):
    if not request.user.has_perm(f"membership.{permission}_membershipapplication"):
        raise PermissionDenied
    return get_object_or_404(MembershipApplication, pk=pk)


def _inspect(application):
    return redirect(reverse("membership_application:inspect", args=[application.pk]))


@require_POST
def accept_view(request, pk):
    application = _application(request, pk, "change")
    try:
        page = applications.accept(application, request.user)
    except applications.DecisionError:
        messages.error(request, _("This application has been decided already."))
        return _inspect(application)
    messages.success(
        request,
        _("Accepted. A draft page of the member directory was created: review and publish it."),
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


def decline_view(request, pk):
    application = _application(request, pk, "change")
    form = DeclineForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            applications.decline(application, request.user, form.cleaned_data["message"])
        except applications.DecisionError:
            messages.error(request, _("This application has been decided already."))
        else:
            messages.success(request, _("Declined. The applicant will receive your message."))
        return _inspect(application)
    return TemplateResponse(
        request,
        "membership/admin/decline.html",
        {"application": application, "form": form},
        status=400 if request.method == "POST" else 200,
    )


def declaration_view(request, pk):
    """The signed declaration, as a download, for staff only: never cached, never inline."""
    application = _application(request, pk, "view")
    if not application.declaration_file:
        raise Http404
    response = FileResponse(
        application.declaration_file.open("rb"),
        as_attachment=True,
        filename=f"declaration-{application.pk}{application.declaration_file.name[-4:]}",
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
