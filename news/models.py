from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from home.choices import VoivodeshipCode
from home.models import translation_fields
from home.pagination import paginate


class NewsIndexPage(Page):
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.MemberStoryPage"]
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = translation_fields(translatable=["intro"])

    home_items_count = 3
    card_template = "home/includes/page_card.html"

    class Meta:
        verbose_name = _("member story index page")

    def stories(self):
        return (
            MemberStoryPage.objects.live()
            .public()
            .child_of(self)
            .order_by("-date", "-pk")
            .select_related("image", "locale")
            .prefetch_related("image__renditions")
        )

    def home_items(self):
        return self.stories()[: self.home_items_count]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["stories"] = paginate(request, self.stories())
        return context


class MemberStoryTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.MemberStoryPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class MemberStoryPage(Page):
    date = models.DateField(_("date"), default=timezone.localdate)
    organisation = models.CharField(_("organisation"), max_length=255)
    voivodeship = models.CharField(
        _("voivodeship"), max_length=32, choices=VoivodeshipCode.choices, blank=True
    )
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings."))
    body = StreamField(BaseStreamBlock(), verbose_name=_("story"))
    image = models.ForeignKey(
        "home.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The photo credit is taken from the image."),
    )
    tags = ClusterTaggableManager(through=MemberStoryTag, blank=True, verbose_name=_("tags"))

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    card_template = "news/includes/member_story_card.html"

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("organisation"), FieldPanel("voivodeship")],
            heading=_("About the story"),
        ),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("organisation"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("voivodeship"),
    ]
    translatable_fields = translation_fields(
        translatable=["summary", "body"],
        synchronised=["date", "organisation", "voivodeship", "image", "tagged_items"],
    )

    class Meta:
        verbose_name = _("member story")
        verbose_name_plural = _("member stories")
