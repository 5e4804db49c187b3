"""Filters of the story list (tag, voivodeship, organisation), limited to choices that lead
somewhere."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from directory.filters import voivodeship_field
from directory.models import OrganisationPage
from home.filters import ListingFilterForm

from .models import MemberStoryTag


class StoryFilterForm(ListingFilterForm):
    tag = forms.ChoiceField(label=_("Tag"), required=False)
    voivodeship = voivodeship_field()
    organisation = forms.ChoiceField(label=_("Organisation"), required=False)

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

        self.organisation_keys = self.organisations(stories)
        self.fields["organisation"].choices = [
            ("", _("All organisations")),
            *((slug, title) for slug, (title, _key) in self.organisation_keys.items()),
        ]

    @staticmethod
    def organisations(stories):
        """Member organisations named by these stories, by their slug in the visitor's language.
        A story keeps the organisation page of its source language, so versions are matched on
        the translation key."""
        keys = stories.order_by().values("organisation_page__translation_key")
        pages = OrganisationPage.objects.live().filter(
            translation_key__in=keys, locale__language_code=get_language()
        )
        return {
            slug: (title, key)
            for slug, title, key in pages.order_by("title").values_list(
                "slug", "title", "translation_key"
            )
        }

    def filter_organisation(self, stories, slug):
        return stories.filter(organisation_page__translation_key=self.organisation_keys[slug][1])
