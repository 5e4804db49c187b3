"""Filters of the grant call list (status, theme, voivodeship, funder)."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from directory.choices import ThemeCode
from directory.filters import voivodeship_field
from home.filters import ListingFilterForm

from .choices import GrantStatus


class GrantFilterForm(ListingFilterForm):
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Any status")), *GrantStatus.choices]
    )
    theme = forms.ChoiceField(
        label=_("Theme"), required=False, choices=[("", _("All themes")), *ThemeCode.choices]
    )
    voivodeship = voivodeship_field()
    funder = forms.ChoiceField(label=_("Funder"), required=False)

    lookups = {"theme": "themes__code"}

    def set_choices(self, grants):
        funders = grants.order_by("funder").values_list("funder", flat=True).distinct()
        self.fields["funder"].choices = [("", _("All funders")), *((f, f) for f in funders)]

    def filter_status(self, grants, value):
        """The status "Open" means still accepting applications, as in the "Open calls" list,
        so it includes the calls closing soon."""
        if value == GrantStatus.CLOSING_SOON:
            return grants.closing_soon()
        return grants.closed() if value == GrantStatus.CLOSED else grants.open()

    def filter_voivodeship(self, grants, value):
        """Nationwide calls are open to organisations from every voivodeship."""
        limited = grants.model.objects.filter(voivodeships__code=value).values("pk")
        return grants.filter(Q(nationwide=True) | Q(pk__in=limited))
