from django import forms
from django.db import models
from django.db.models import Prefetch, Subquery
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Orderable, Page
from wagtail.search import index

from .bases import translation_fields
from .blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from .choices import ThemeCode, VoivodeshipCode
from .pagination import paginate
from .permissions import KommPageMixin
from .queries import prefetch_card_renditions


class CustomImage(AbstractImage):
    """Photos must be credited on the site (funder's and authors' requirement)."""

    credit = models.CharField(_("photo credit"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "credit")
    api_fields = [APIField("credit")]


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class Voivodeship(models.Model):
    """A row per code so that pages can name several voivodeships and listings can filter by one."""

    code = models.CharField(max_length=32, choices=VoivodeshipCode.choices, unique=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("voivodeship")
        verbose_name_plural = _("voivodeships")

    def __str__(self):
        return str(self.get_code_display())


class Theme(models.Model):
    code = models.CharField(max_length=32, choices=ThemeCode.choices, unique=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self):
        return str(self.get_code_display())


class HomePage(KommPageMixin, Page):
    """The root of each language tree; also carries the site-wide footer so translators can
    translate it with the page permissions they already have for their language."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_address = models.TextField(_("postal address"), blank=True)
    footer_about = models.TextField(_("about the coalition (footer)"), blank=True)
    funding_acknowledgement = models.TextField(
        _("funding acknowledgement"),
        blank=True,
        help_text=_("Shown in the footer of every page, as the funder requires."),
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "events.EventIndexPage",
        "news.NewsIndexPage",
        "grants.GrantIndexPage",
        "home.OrganisationIndexPage",
    ]
    max_count_per_parent = 1
    card_template = "home/includes/page_card.html"

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    footer_panels = [
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_address"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("footer_about"),
        FieldPanel("funding_acknowledgement"),
        InlinePanel("partners", heading=_("Partners and funders"), label=_("Partner")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(footer_panels, heading=_("Footer")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = translation_fields(
        translatable=[
            "intro",
            "contact_address",
            "footer_about",
            "funding_acknowledgement",
        ],
        synchronised=["contact_email", "contact_phone", "partners"],
    )
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("home page")

    @cached_property
    def public_children(self):
        """Live public children for the menu and the home page sections, in one query; only
        their generic fields are loaded (`specific(defer=True)`)."""
        return list(self.get_children().live().public().specific(defer=True))

    @cached_property
    def sections(self):
        """Each listing section's latest items, read only when the template renders them (it
        caches them as a fragment)."""
        sections = [
            (index_page, list(index_page.home_items()))
            for index_page in self.public_children
            if hasattr(index_page, "home_items")
        ]
        prefetch_card_renditions([item for _index, items in sections for item in items])
        return sections


class Partner(Orderable):
    """Partners and funders are proper names and logos, identical in every language."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(_("name"), max_length=255)
    url = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        CustomImage,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("name"), FieldPanel("url"), FieldPanel("logo")]

    def __str__(self):
        return self.name


class StandardPage(KommPageMixin, Page):
    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    card_template = "home/includes/standard_page_card.html"

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    translatable_fields = translation_fields(translatable=["summary", "body"])
    api_fields = [APIField("summary"), APIField("body")]

    class Meta:
        verbose_name = _("standard page")


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
    subpage_types = ["home.OrganisationPage"]
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
    logo = models.ForeignKey(
        CustomImage,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
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

    parent_page_types = ["home.OrganisationIndexPage"]
    subpage_types = []
    card_template = "home/includes/organisation_card.html"

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

    def linked_pages(self, relation):
        """Events and stories keep the organisation page of their source language; matching on
        the translation key finds them from every language version of this page."""
        model = self._meta.get_field(relation).related_model
        return (
            model.objects.live()
            .public()
            .filter(
                locale_id=self.locale_id, organisation_page__translation_key=self.translation_key
            )
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["stories"] = self.linked_pages("stories").order_by("-date")[:6]
        context["events"] = self.linked_pages("events").order_by("-start")[:6]
        return context


class OrganisationLinkMixin:
    """For pages with an `organisation_page`: editors link the member organisation's page in
    the source language, and readers should reach its version in their own."""

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
