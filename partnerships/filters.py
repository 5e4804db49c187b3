"""Filters of the partner request list (call, theme, voivodeship, kind of partner, open or
closed)."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from directory.choices import ThemeCode
from directory.filters import voivodeship_field
from home.filters import ListingFilterForm

from .choices import Openness, PartnerType

OTHER_CALLS = "other"


class PartnerRequestFilterForm(ListingFilterForm):
    call = forms.ChoiceField(label=_("Call"), required=False)
    theme = forms.ChoiceField(
        label=_("Theme"), required=False, choices=[("", _("All themes")), *ThemeCode.choices]
    )
    voivodeship = voivodeship_field()
    partner_type = forms.ChoiceField(
        label=_("Kind of partner sought"),
        required=False,
        choices=[("", _("Any kind")), *PartnerType.choices[1:]],
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Open and closed")), *Openness.choices]
    )

    lookups = {"theme": "themes__code"}

    def __init__(self, data, pages, language=None):
        self.language = language
        super().__init__(data, pages)

    def set_choices(self, requests):
        """The grant calls that have requests, by their title in this language (requests keep
        the call of the language they were written in), and the calls of other funders."""
        from grants.models import GrantOpportunityPage

        keys = requests.exclude(grant_call=None).values("grant_call__translation_key")
        calls = (
            GrantOpportunityPage.objects.filter(translation_key__in=keys, locale=self.language)
            .order_by("title")
            .values_list("translation_key", "title")
        )
        self.fields["call"].choices = [
            ("", _("All calls")),
            *((str(key), title) for key, title in calls),
            (OTHER_CALLS, _("Calls of other funders")),
        ]

    def filter_call(self, requests, value):
        if value == OTHER_CALLS:
            return requests.filter(grant_call=None)
        return requests.filter(grant_call__translation_key=value)

    def filter_voivodeship(self, requests, value):
        """A request open to partners from anywhere matches every voivodeship."""
        limited = requests.model.objects.filter(voivodeships__code=value).values("pk")
        return requests.filter(Q(nationwide=True) | Q(pk__in=limited))

    def filter_partner_type(self, requests, value):
        return requests.filter(partner_type__in=[value, PartnerType.ANY])

    def filter_status(self, requests, value):
        """Applied by the index, which shows the open and closed lists apart."""
        return requests
