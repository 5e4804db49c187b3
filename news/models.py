"""Member stories: the story list and pages, the public form that turns a submission into a
draft for the moderators, who sent it (kept off the page) and their e-mails."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page
from wagtail.search import index

from directory.choices import VoivodeshipCode
from directory.models import OrganisationLinkMixin
from home.bases import (
    ListingIndexPage,
    PublicFormPage,
    TranslatableFormField,
    optional_link,
    translation_fields,
)
from home.blocks import BaseStreamBlock
from home.metadata import SOCIAL_IMAGE_FILTER, coalition, social_image
from home.pagination import paginate
from home.permissions import KommPageMixin
from home.queries import prefetch_card_renditions
from home.submissions import ReviewedSubmission, ReviewEmail

from .forms import StoryFormBuilder


class NewsIndexPage(ListingIndexPage):
    subpage_types = ["news.MemberStoryPage", "news.StorySubmissionPage"]

    class Meta:
        verbose_name = _("member story index page")

    def stories(self):
        return self.listed(MemberStoryPage, "image").order_by("-date", "-pk")

    def home_items(self):
        return self.stories()[: self.home_items_count]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["submission_page"] = (
            StorySubmissionPage.objects.live().public().child_of(self).first()
        )
        return context

    def listing(self, request):
        from .filters import StoryFilterForm

        filters = StoryFilterForm(request.GET, self.stories())
        stories = paginate(request, filters.apply(self.stories()))
        prefetch_card_renditions(stories)
        return {"filters": filters, "stories": stories}


class MemberStoryTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.MemberStoryPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class MemberStoryPage(KommPageMixin, OrganisationLinkMixin, Page):
    date = models.DateField(_("date"), default=timezone.localdate)
    organisation = models.CharField(_("organisation"), max_length=255)
    organisation_page = optional_link(
        "directory.OrganisationPage",
        _("member organisation page"),
        related_name="stories",
        help_text=_("Link the story to the organisation's page in the member directory."),
    )
    voivodeship = models.CharField(
        _("voivodeship"), max_length=32, choices=VoivodeshipCode.choices, blank=True
    )
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings."))
    body = StreamField(BaseStreamBlock(), verbose_name=_("story"))
    image = optional_link(
        "home.CustomImage", _("image"), help_text=_("The photo credit is taken from the image.")
    )
    tags = ClusterTaggableManager(through=MemberStoryTag, blank=True, verbose_name=_("tags"))

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    card_image_field = "image"
    organisation_section = ("stories", _("Stories"), "-date")

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldPanel("organisation"),
                FieldPanel("organisation_page"),
                FieldPanel("voivodeship"),
            ],
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
        synchronised=[
            "date",
            "organisation",
            "organisation_page",
            "voivodeship",
            "image",
            "tagged_items",
        ],
    )

    # The sender's name and e-mail live in StorySubmission and never reach the API.
    api_fields = [
        APIField("date"),
        APIField("summary"),
        APIField("organisation"),
        APIField("voivodeship"),
        APIField("body"),
        APIField("image"),
        APIField(
            "image_rendition", serializer=ImageRenditionField(SOCIAL_IMAGE_FILTER, source="image")
        ),
        APIField("tags"),
    ]
    og_type = "article"

    class Meta:
        verbose_name = _("member story")
        verbose_name_plural = _("member stories")
        # Listings show the newest stories first.
        indexes = [models.Index(fields=["date"])]

    def structured_data(self, request):
        """schema.org's NewsArticle: written by the member organisation, published by KOMM."""
        url = request.build_absolute_uri(self.get_url(request))
        publisher = coalition(request, self.locale)
        modified = self.date
        if self.last_published_at:
            modified = max(modified, timezone.localdate(self.last_published_at))
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.summary,
            "url": url,
            "mainEntityOfPage": url,
            "datePublished": self.date.isoformat(),
            "dateModified": modified.isoformat(),
            "inLanguage": self.locale.language_code,
            "author": (
                {"@type": "Organization", "name": self.organisation}
                if self.organisation
                else publisher
            ),
            "publisher": publisher,
        }
        image = social_image(request, self)
        if image:
            data["image"] = [image["url"]]
        return data


class StorySubmissionPage(PublicFormPage):
    """Where members send news of their work; each submission becomes a draft story that
    moderators review."""

    parent_page_types = ["news.NewsIndexPage"]
    form_builder = StoryFormBuilder
    sender_field = "contact_email"
    submit_label = _("Send the story")
    submission_model = "news.StorySubmission"
    # Moderators see who sent each story and where it stands, not only when it came.
    data_fields = (
        ("story", _("Member story")),
        ("contact_name", _("Full name")),
        ("contact_email", _("E-mail")),
    )

    class Meta:
        verbose_name = _("story submission page")

    @property
    def submissions_list_view_class(self):
        from .admin_views import StorySubmissionsListView

        return StorySubmissionsListView

    def get_submissions(self):
        return super().get_submissions().select_related("story")

    def accept(self, form):
        from .submissions import submit_story

        return submit_story(self, form)


class StoryFormField(TranslatableFormField):
    page = ParentalKey(StorySubmissionPage, on_delete=models.CASCADE, related_name="form_fields")

    class Meta(TranslatableFormField.Meta):
        verbose_name = _("story question")


class StorySubmission(ReviewedSubmission):
    """Who sent a story: kept apart from the public page, for moderators only."""

    story = models.OneToOneField(
        MemberStoryPage,
        verbose_name=_("story"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="submission",
    )

    draft_field = "story"

    class Meta(ReviewedSubmission.Meta):
        verbose_name = _("story submission")
        verbose_name_plural = _("story submissions")


class StoryEmail(ReviewEmail):
    """What the sender of a story is told, in their language, as the story moves on."""

    submission = models.ForeignKey(StorySubmission, on_delete=models.CASCADE, related_name="emails")
