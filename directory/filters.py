"""Filters shared by the listings that name voivodeships and themes, and the directory's own."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.filters import ListingFilterForm

from .choices import ThemeCode, VoivodeshipCode


def voivodeship_field():
    return forms.ChoiceField(
        label=_("Voivodeship"),
        required=False,
        choices=[("", _("All voivodeships")), *VoivodeshipCode.choices],
    )


class OrganisationFilterForm(ListingFilterForm):
    voivodeship = voivodeship_field()
    theme = forms.ChoiceField(
        label=_("Theme"), required=False, choices=[("", _("All themes")), *ThemeCode.choices]
    )
    language = forms.ChoiceField(label=_("Language spoken"), required=False)

    lookups = {
        "voivodeship": "voivodeships__code",
        "theme": "themes__code",
        "language": "languages__code",
    }

    def set_choices(self, organisations):
        """Only languages that listed organisations speak, each named in itself."""
        from .models import SpokenLanguage

        languages = (
            SpokenLanguage.objects.filter(
                pk__in=organisations.order_by().values("languages").distinct()
            )
            .values_list("code", "name")
            .order_by("name")
        )
        self.fields["language"].choices = [("", _("All languages")), *languages]
