from django.apps import apps
from django.db import models
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.forms.models import AbstractFormField, FormMixin
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from .choices import ThemeCode, VoivodeshipCode
from .permissions import KommPageMixin


class CustomImage(AbstractImage):
    """Photos must be credited on the site (funder's and authors' requirement)."""

    credit = models.CharField(_("photo credit"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "credit")


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


def translation_fields(translatable=(), synchronised=(), locked=()):
    """Say for every field whether translators translate it or it follows the source.

    `locked` fields (times, private links) follow the source and cannot be overridden per
    language, so that all language versions describe the same meeting.
    """
    return [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        *(TranslatableField(name) for name in translatable),
        *(SynchronizedField(name) for name in synchronised),
        *(SynchronizedField(name, overridable=False) for name in locked),
    ]


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

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = [
            (index_page, index_page.home_items())
            for index_page in self.get_children().live().public().specific()
            if hasattr(index_page, "home_items")
        ]
        return context


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

    class Meta:
        verbose_name = _("standard page")


class TranslatableFormField(TranslatableMixin, AbstractFormField):
    """A form builder question whose wording is translated per language while its stored key
    (clean_name), type and "required" stay the same, so answers from every language line up."""

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name", overridable=False),
        SynchronizedField("field_type", overridable=False),
        SynchronizedField("required", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        abstract = True


class SharedListFormMixin(FormMixin):
    """Wagtail keeps one list of submissions per page; here every language version of a form
    feeds one list, keyed by the translation key. Answers are personal: never cached."""

    submission_model = None  # "app_label.ModelName"
    submission_key = None

    def get_submission_class(self):
        return apps.get_model(self.submission_model)

    def get_submissions(self):
        return self.get_submission_class().objects.filter(
            **{self.submission_key: self.translation_key}
        )

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        response = super().render_landing_page(request, form_submission, *args, **kwargs)
        add_never_cache_headers(response)
        return response
