"""The home page (with its sections and the funders named in the footer), standard pages and
the site's image model, which carries the photo credit."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
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

from .bases import optional_link, translation_fields
from .blocks import RICH_TEXT_FEATURES, BaseStreamBlock
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
        "directory.OrganisationIndexPage",
        "membership.ApplicationPage",
        "partnerships.PartnershipIndexPage",
    ]
    max_count_per_parent = 1

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
    logo = optional_link(CustomImage, _("logo"))

    panels = [FieldPanel("name"), FieldPanel("url"), FieldPanel("logo")]

    def __str__(self):
        return self.name


class StandardPage(KommPageMixin, Page):
    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "membership.ApplicationPage"]
    card_template = "home/includes/standard_page_card.html"

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    translatable_fields = translation_fields(translatable=["summary", "body"])
    api_fields = [APIField("summary"), APIField("body")]

    class Meta:
        verbose_name = _("standard page")
