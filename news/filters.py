from django import forms
from django.utils.translation import gettext_lazy as _

from home.filters import ListingFilterForm, voivodeship_field

from .models import MemberStoryTag


class StoryFilterForm(ListingFilterForm):
    tag = forms.ChoiceField(label=_("Tag"), required=False)
    voivodeship = voivodeship_field()

    lookups = {"tag": "tags__slug"}

    def set_choices(self, stories):
        """Only tags that live stories of this language carry, so no choice leads nowhere."""
        tags = (
            MemberStoryTag.objects.filter(content_object__in=stories.order_by().values("pk"))
            .values_list("tag__slug", "tag__name")
            .distinct()
            .order_by("tag__name")
        )
        self.fields["tag"].choices = [("", _("All tags")), *tags]
