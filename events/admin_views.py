"""Registrations in the admin: Wagtail's submissions list (with its CSV and XLSX export) over
the one list of an event, with filters, counts and cancellation that frees places."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django_filters import ChoiceFilter
from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.contrib.forms.views import SubmissionsListFilterSet, SubmissionsListView

from .models import EventPage, Registration
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
        return context


class SelectedRegistrationsForm(forms.Form):
    selected = forms.ModelMultipleChoiceField(queryset=Registration.objects.none())


@require_POST
def cancel_registrations(request, page_id):
    """Staff cancel registrations; each freed place goes to the next person waiting."""
    if not get_forms_for_user(request.user).filter(pk=page_id).exists():
        raise PermissionDenied
    event = get_object_or_404(EventPage, pk=page_id)
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
