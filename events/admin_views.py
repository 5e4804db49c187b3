"""Registrations in the admin: Wagtail's submissions list (with its CSV and XLSX export) over
the one list of an event, with filters, counts and cancellation that frees places."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django_filters import ChoiceFilter
from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.contrib.forms.views import SubmissionsListFilterSet, SubmissionsListView

from .follow_up import answer_help, help_requests, tell_participants
from .models import EmailDelivery, EventPage, Registration
from .registrations import cancel


class RegistrationFilterSet(SubmissionsListFilterSet):
    status = ChoiceFilter(label=_("Status"), choices=Registration.Status.choices)
    language = ChoiceFilter(label=_("Language of the form"), choices=settings.LANGUAGES)


class RegistrationsListView(SubmissionsListView):
    template_name = "events/admin/registrations_index.html"
    results_template_name = "events/admin/registrations_results.html"
    filterset_class = RegistrationFilterSet
    page_title = _("Registrations")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        registrations = self.form_page.get_submissions()
        by_status = dict(registrations.values_list("status").annotate(count=Count("pk")).order_by())
        context["counts"] = {
            "confirmed": by_status.get(Registration.Status.CONFIRMED, 0),
            "waitlisted": by_status.get(Registration.Status.WAITLISTED, 0),
            "cancelled": by_status.get(Registration.Status.CANCELLED, 0),
            "capacity": self.form_page.capacity,
        }
        context["interpretation"] = (
            registrations.active()
            .exclude(interpretation="")
            .values("interpretation")
            .annotate(count=Count("pk"))
            .order_by("-count", "interpretation")
        )
        context["languages"] = (
            registrations.active().values("language").annotate(count=Count("pk")).order_by()
        )
        context["help_requests"] = help_requests(registrations)
        source = self.form_page.source_version() or self.form_page
        context["can_tell_participants"] = (
            self.request.user.has_perm(NOTIFY_PERMISSION)
            and bool(source.report)
            and source.is_past()
        )
        context["told"] = registrations.filter(deliveries__kind=EmailDelivery.Kind.SUMMARY).count()
        # Each row that asked for help links to the answer (or shows it).
        by_id = {registration.pk: registration for registration in context.get("submissions", [])}
        for row in context.get("data_rows", []):
            row["registration"] = by_id.get(row["model_id"])
        return context


class SelectedRegistrationsForm(forms.Form):
    selected = forms.ModelMultipleChoiceField(queryset=Registration.objects.none())


def event_for_staff(request, page_id):
    """The event, for staff who may see its registrations."""
    if not get_forms_for_user(request.user).filter(pk=page_id).exists():
        raise PermissionDenied
    return get_object_or_404(EventPage, pk=page_id)


@require_POST
def cancel_registrations(request, page_id):
    """Staff cancel registrations; each freed place goes to the next person waiting."""
    event = event_for_staff(request, page_id)
    form = SelectedRegistrationsForm(request.POST)
    form.fields["selected"].queryset = event.get_submissions()
    if form.is_valid():
        count = sum(cancel(registration.pk) for registration in form.cleaned_data["selected"])
        messages.success(
            request,
            ngettext(
                "%(count)d registration cancelled.", "%(count)d registrations cancelled.", count
            )
            % {"count": count},
        )
    else:
        messages.error(request, _("Choose the registrations to cancel."))
    return redirect("wagtailforms:list_submissions", page_id)


class HelpAnswerForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("What was arranged?"),
        choices=Registration.HelpOutcome.choices,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Message to the person (optional)"),
        help_text=_(
            "For example: “A Ukrainian interpreter will join the call.” or, when it is not "
            "possible, what you suggest instead. It is sent in the e-mail as you write it."
        ),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


def answer_help_view(request, page_id, registration_id):
    """Staff record what was arranged for one request for help; the person is e-mailed."""
    event = event_for_staff(request, page_id)
    registration = get_object_or_404(event.get_submissions(), pk=registration_id)
    if not registration.asked_for_help:
        raise Http404
    form = HelpAnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if answer_help(registration.pk, form.cleaned_data["outcome"], form.cleaned_data["note"]):
            messages.success(request, _("Answer recorded. The person will receive it by e-mail."))
        else:
            messages.error(request, _("This request has been answered already."))
        return redirect("wagtailforms:list_submissions", page_id)
    return TemplateResponse(
        request,
        "events/admin/answer_help.html",
        {"event": event, "registration": registration, "form": form},
        status=400 if request.method == "POST" else 200,
    )


NOTIFY_PERMISSION = "events.notify_registrants"


@require_POST
def tell_participants_view(request, page_id):
    """Editors e-mail the participants that the summary is online, once per person."""
    event = event_for_staff(request, page_id)
    if not request.user.has_perm(NOTIFY_PERMISSION):
        raise PermissionDenied
    source = event.source_version() or event
    if not (source.live and source.report and source.is_past()):
        messages.error(request, _("Publish the summary of a past event first."))
    else:
        count = tell_participants(source)
        messages.success(
            request,
            ngettext(
                "%(count)d participant will receive the e-mail.",
                "%(count)d participants will receive the e-mail.",
                count,
            )
            % {"count": count}
            if count
            else _("Every participant has been told already."),
        )
    return redirect("wagtailforms:list_submissions", page_id)
