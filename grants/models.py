"""Grant calls: the list (open and closed calls apart, each paginated and filtered) and the
call page, whose deadline is entered and shown in the call's own time zone."""

from dataclasses import dataclass
from datetime import timedelta
from zoneinfo import ZoneInfo

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Page as DjangoPage
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from directory.models import codes
from home.bases import ListingIndexPage, translation_fields
from home.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from home.forms import LocalTimePageForm
from home.pagination import paginate
from home.permissions import KommPageMixin
from home.timezones import time_zone_choices

from .choices import GrantStatus

CLOSING_SOON = timedelta(days=14)


class GrantOpportunityQuerySet(PageQuerySet):
    def open(self, now=None):
        """Still accepting applications, nearest deadline first (closing soon included)."""
        return self.filter(deadline__gte=now or timezone.now()).order_by("deadline", "pk")

    def closing_soon(self, now=None):
        now = now or timezone.now()
        return self.filter(deadline__gte=now, deadline__lte=now + CLOSING_SOON)

    def closed(self, now=None):
        return self.filter(deadline__lt=now or timezone.now()).order_by("-deadline", "-pk")


class GrantOpportunityForm(LocalTimePageForm):
    local_datetime_fields = ("deadline",)


class GrantIndexPage(ListingIndexPage):
    subpage_types = ["grants.GrantOpportunityPage"]

    class Meta:
        verbose_name = _("grant call index page")

    def grants(self):
        return self.listed(GrantOpportunityPage)

    def home_items(self):
        return self.grants().open()[: self.home_items_count]

    def listing(self, request):
        """Both lists, or only the one the status filter leaves (open and closing soon calls
        are among the open ones)."""
        from .filters import GrantFilterForm

        filters = GrantFilterForm(request.GET, self.grants())
        grants = filters.apply(self.grants())
        status = filters.values.get("status")
        return GrantListing(
            filters=filters,
            open=paginate(request, grants.open()) if status != GrantStatus.CLOSED else None,
            closed=paginate(request, grants.closed(), param="closed_page")
            if status in (None, GrantStatus.CLOSED)
            else None,
        )


@dataclass(frozen=True)
class GrantListing:
    """The filters and one page of each list the index shows; a list the status filter leaves
    out is None."""

    filters: object
    open: DjangoPage | None
    closed: DjangoPage | None

    @property
    def total(self):
        return sum(page.paginator.count for page in (self.open, self.closed) if page is not None)


class GrantOpportunityPage(KommPageMixin, Page):
    class Currency(models.TextChoices):
        PLN = "PLN", "PLN"
        EUR = "EUR", "EUR"
        USD = "USD", "USD"
        NOK = "NOK", "NOK"
        CHF = "CHF", "CHF"

    funder = models.CharField(_("funder"), max_length=255)
    programme = models.CharField(_("programme"), max_length=255, blank=True)
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings."))
    amount_min = models.PositiveIntegerField(_("smallest grant"), null=True, blank=True)
    amount_max = models.PositiveIntegerField(_("largest grant"), null=True, blank=True)
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.PLN
    )
    deadline = models.DateTimeField(_("application deadline"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=time_zone_choices,
        default="Europe/Warsaw",
        help_text=_("The deadline is entered and shown in this time zone."),
    )
    eligibility = RichTextField(_("who can apply"), features=RICH_TEXT_FEATURES, blank=True)
    themes = ParentalManyToManyField("directory.Theme", blank=True, verbose_name=_("themes"))
    nationwide = models.BooleanField(_("nationwide"), default=True)
    voivodeships = ParentalManyToManyField(
        "directory.Voivodeship",
        blank=True,
        verbose_name=_("voivodeships"),
        help_text=_("Only for calls limited to some voivodeships."),
    )
    call_url = models.URLField(_("link to the call"), max_length=500)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    looking_for_partners = models.BooleanField(
        _("looking for partners"),
        default=False,
        help_text=_("Coalition members are looking for partners to apply together."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("details"))

    objects = PageManager.from_queryset(GrantOpportunityQuerySet)()
    base_form_class = GrantOpportunityForm

    parent_page_types = ["grants.GrantIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("funder"), FieldPanel("programme"), FieldPanel("call_url")],
            heading=_("Call"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("deadline"), FieldPanel("time_zone")])],
            heading=_("Deadline"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("amount_min"), FieldPanel("amount_max"), FieldPanel("currency")]
                )
            ],
            heading=_("Amount"),
        ),
        FieldPanel("eligibility"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("nationwide"),
                FieldPanel("voivodeships", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Themes and area"),
        ),
        FieldPanel("looking_for_partners"),
        FieldPanel("contact_email"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("funder"),
        index.SearchField("programme"),
        index.SearchField("eligibility"),
        index.SearchField("body"),
        index.FilterField("deadline"),
    ]
    translatable_fields = translation_fields(
        translatable=["programme", "summary", "eligibility", "body"],
        synchronised=[
            "funder",
            "amount_min",
            "amount_max",
            "currency",
            "themes",
            "nationwide",
            "voivodeships",
            "call_url",
            "contact_email",
            "looking_for_partners",
        ],
        locked=["deadline", "time_zone"],
    )
    api_fields = [
        APIField("summary"),
        APIField("funder"),
        APIField("programme"),
        APIField("deadline"),
        APIField("time_zone"),
        APIField("status", serializer=serializers.CharField(source="current_status")),
        APIField("amount_min"),
        APIField("amount_max"),
        APIField("currency"),
        APIField("themes", serializer=codes()),
        APIField("nationwide"),
        APIField("voivodeships", serializer=codes()),
        APIField("looking_for_partners"),
        APIField("eligibility"),
        APIField("body"),
        APIField("link", serializer=serializers.URLField(source="call_url")),
    ]

    class Meta:
        verbose_name = _("grant call")
        verbose_name_plural = _("grant calls")
        # Listings show open calls by nearest deadline, closed ones by latest.
        indexes = [models.Index(fields=["deadline"])]

    def clean(self):
        super().clean()
        if self.amount_min and self.amount_max and self.amount_min > self.amount_max:
            raise ValidationError(
                {"amount_max": _("The largest grant cannot be smaller than the smallest.")}
            )

    @property
    def local_deadline(self):
        return timezone.localtime(self.deadline, ZoneInfo(self.time_zone))

    def status(self, now=None):
        now = now or timezone.now()
        if self.deadline < now:
            return GrantStatus.CLOSED
        if self.deadline <= now + CLOSING_SOON:
            return GrantStatus.CLOSING_SOON
        return GrantStatus.OPEN

    @property
    def current_status(self):
        return self.status()

    def translation_due(self):
        """A translation is of use until applications close."""
        return self.deadline
