"""The member directory and the vocabularies it shares with the other page apps.

Organisations are pages (translated, published and moderated like the rest of the content);
voivodeships, themes and spoken languages are rows with stable codes, so that a listing in any
language can filter on them and a filtered address is the same in every language.
"""

from functools import cache

from django import forms
from django.apps import apps
from django.db import models
from django.db.models import Prefetch, Subquery
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.bases import optional_link, translation_fields
from home.blocks import RICH_TEXT_FEATURES
from home.models import CustomImage
from home.pagination import paginate
from home.permissions import KommPageMixin

from .choices import ThemeCode, VoivodeshipCode


class Vocabulary(models.Model):
    """A row per stable code, so that pages can name several and listings filter by one; shown
    through gettext, so every language agrees. Subclasses give `code` its choices."""

    code = models.CharField(max_length=32, unique=True)

    class Meta:
        abstract = True
        ordering = ["code"]

    def __str__(self):
        return str(self.get_code_display())


class Voivodeship(Vocabulary):
    code = models.CharField(max_length=32, choices=VoivodeshipCode.choices, unique=True)

    class Meta(Vocabulary.Meta):
        verbose_name = _("voivodeship")
        verbose_name_plural = _("voivodeships")


class Theme(Vocabulary):
    code = models.CharField(max_length=32, choices=ThemeCode.choices, unique=True)

    class Meta(Vocabulary.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class SpokenLanguage(models.Model):
    """Languages in which member organisations can help people, named in the language itself so
    that a visitor finds their own language whatever language the site is shown in."""

    code = models.CharField(_("code"), max_length=12, unique=True)
    name = models.CharField(_("name"), max_length=64)

    class Meta:
        ordering = ["name"]
        verbose_name = _("spoken language")
        verbose_name_plural = _("spoken languages")

    def __str__(self):
        return self.name


def codes():
    """Reference data (voivodeships, themes, languages) travels as stable codes."""
    return serializers.SlugRelatedField(many=True, read_only=True, slug_field="code")


class OrganisationIndexPage(KommPageMixin, Page):
    """The directory of coalition members, one per language tree."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["directory.OrganisationPage"]
    max_count_per_parent = 1
    card_template = "home/includes/standard_page_card.html"

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]
    translatable_fields = translation_fields(translatable=["intro"])

    class Meta:
        verbose_name = _("member directory")

    def organisations(self):
        return (
            OrganisationPage.objects.child_of(self)
            .live()
            .public()
            .prefetch_related(
                Prefetch("logo", CustomImage.objects.prefetch_renditions("max-160x80")),
                "voivodeships",
                "themes",
                "languages",
            )
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        from .filters import OrganisationFilterForm

        context = super().get_context(request, *args, **kwargs)
        filters = OrganisationFilterForm(request.GET, self.organisations())
        context["listing"] = {
            "filters": filters,
            "organisations": paginate(request, filters.apply(self.organisations())),
        }
        return context


class OrganisationPage(KommPageMixin, Page):
    """A coalition member. Events and stories link here, so visitors can reach the people behind
    them; only contacts the organisation chose to publish belong on this page."""

    summary = models.TextField(_("summary"), max_length=400)
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)
    logo = optional_link(CustomImage, _("logo"))
    voivodeships = ParentalManyToManyField(
        Voivodeship, blank=True, verbose_name=_("voivodeships"), related_name="+"
    )
    themes = ParentalManyToManyField(Theme, blank=True, verbose_name=_("themes"), related_name="+")
    languages = ParentalManyToManyField(
        SpokenLanguage,
        blank=True,
        verbose_name=_("languages spoken"),
        related_name="+",
        help_text=_("Languages in which the organisation can talk to people."),
    )
    website = models.URLField(_("website"), blank=True)
    public_email = models.EmailField(
        _("public e-mail"), blank=True, help_text=_("Shown on the site: use a shared address.")
    )
    public_phone = models.CharField(_("public phone"), max_length=40, blank=True)

    parent_page_types = ["directory.OrganisationIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldPanel("voivodeships", widget=forms.CheckboxSelectMultiple),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Where and how it works"),
        ),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("public_email"), FieldPanel("public_phone")],
            heading=_("Public contact"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
    ]
    # Only what the organisation chose to publish; logos are public images.
    api_fields = [
        APIField("summary"),
        APIField("description"),
        APIField("logo"),
        APIField("voivodeships", serializer=codes()),
        APIField("themes", serializer=codes()),
        APIField("languages", serializer=codes()),
        APIField("website"),
        APIField("public_email"),
        APIField("public_phone"),
    ]
    translatable_fields = translation_fields(
        translatable=["summary", "description"],
        synchronised=[
            "logo",
            "voivodeships",
            "themes",
            "languages",
            "website",
            "public_email",
            "public_phone",
        ],
    )

    class Meta:
        verbose_name = _("member organisation")
        verbose_name_plural = _("member organisations")

    def linked_sections(self):
        """The pages that name this organisation, a section per page type that says how to list
        them (`OrganisationLinkMixin.organisation_section`), so that this app names none of
        them. Pages keep the organisation page of their source language: matching on the
        translation key finds them from every language version of this page."""
        sections = []
        for model in listed_on_organisation_pages():
            key, heading, order = model.organisation_section
            pages = (
                model.objects.live()
                .public()
                .filter(
                    locale_id=self.locale_id,
                    organisation_page__translation_key=self.translation_key,
                )
                .order_by(order)[:6]
            )
            sections.append({"id": f"organisation-{key}", "heading": heading, "pages": pages})
        return sections

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.linked_sections()
        return context


@cache
def listed_on_organisation_pages():
    """The page types an organisation's page lists, found once: the models do not change
    while the site runs."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, OrganisationLinkMixin) and model.organisation_section
    ]


class OrganisationLinkMixin:
    """For pages with an `organisation_page`: editors link the member organisation's page in
    the source language, and readers should reach its version in their own."""

    # (section id, heading, newest first by): how the organisation's page lists pages of this
    # type; None leaves them off it.
    organisation_section = None

    @cached_property
    def organisation_version(self):
        """The linked organisation's live page in this page's language, else the linked page
        itself (which may be a draft: the template then names it without a link); one query."""
        if not self.organisation_page_id:
            return None
        source_key = Page.objects.filter(pk=self.organisation_page_id).values("translation_key")
        candidates = OrganisationPage.objects.filter(
            models.Q(pk=self.organisation_page_id)
            | models.Q(translation_key=Subquery(source_key), locale_id=self.locale_id, live=True)
        )
        versions = list(candidates)
        return next(
            (page for page in versions if page.locale_id == self.locale_id and page.live),
            next((page for page in versions if page.pk == self.organisation_page_id), None),
        )
