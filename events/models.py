from zoneinfo import ZoneInfo

from django.conf import global_settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from home.choices import VoivodeshipCode
from home.forms import LocalTimePageForm
from home.models import translation_fields
from home.pagination import paginate
from home.timezones import time_zone_choices

from .blocks import AgendaBlock

DEFAULT_TIME_ZONE = "Europe/Warsaw"


def meeting_language_choices():
    return [(code, _(name)) for code, name in global_settings.LANGUAGES]


class EventPageQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """An event stays upcoming until it has ended, so one in progress is never lost."""
        return self.filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")


class EventPageForm(LocalTimePageForm):
    local_datetime_fields = ("start", "end", "registration_opens_at", "registration_closes_at")


class EventIndexPage(Page):
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = translation_fields(translatable=["intro"])

    home_items_count = 3
    card_template = "home/includes/page_card.html"
    past_preview_count = 3

    class Meta:
        verbose_name = _("event index page")

    def events(self):
        return (
            EventPage.objects.live()
            .public()
            .child_of(self)
            .select_related("header_image", "locale")
            .prefetch_related("header_image__renditions")
        )

    def home_items(self):
        return self.events().upcoming()[: self.home_items_count]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        show_past = request.GET.get("when") == "past"
        context["show_past"] = show_past
        if show_past:
            context["events"] = paginate(request, self.events().past())
        else:
            context["events"] = paginate(request, self.events().upcoming())
            context["recent_past_events"] = self.events().past()[: self.past_preview_count]
        return context


class EventPage(Page):
    class Mode(models.TextChoices):
        ONLINE = "online", _("Online")
        IN_PERSON = "in_person", _("In person")
        HYBRID = "hybrid", _("Hybrid (in person and online)")

    start = models.DateTimeField(_("starts at"))
    end = models.DateTimeField(_("ends at"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=time_zone_choices,
        default=DEFAULT_TIME_ZONE,
        help_text=_("Start and end are entered and shown in this time zone."),
    )
    mode = models.CharField(_("format"), max_length=16, choices=Mode.choices, default=Mode.ONLINE)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    address = models.TextField(_("address"), blank=True)
    voivodeship = models.CharField(
        _("voivodeship"), max_length=32, choices=VoivodeshipCode.choices, blank=True
    )
    join_link = models.URLField(
        _("private join link"),
        max_length=500,
        blank=True,
        help_text=_(
            "Never shown on the website; sent only to people whose attendance is confirmed."
        ),
    )
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings."))
    agenda = StreamField(AgendaBlock(), blank=True, verbose_name=_("agenda"))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("description"))
    meeting_language = models.CharField(
        _("language of the meeting"), max_length=16, choices=meeting_language_choices, default="pl"
    )
    interpretation_available = models.BooleanField(
        _("language help on request"),
        default=False,
        help_text=_("Participants can ask for interpretation or language help."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    header_image = models.ForeignKey(
        "home.CustomImage",
        verbose_name=_("header image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    capacity = models.PositiveIntegerField(
        _("registration capacity"), null=True, blank=True, help_text=_("Leave blank for no limit.")
    )
    registration_opens_at = models.DateTimeField(_("registration opens at"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(
        _("registration closes at"),
        null=True,
        blank=True,
        help_text=_("Leave blank to accept registrations until the event ends."),
    )

    objects = PageManager.from_queryset(EventPageQuerySet)()
    base_form_class = EventPageForm

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    card_template = "events/includes/event_card.html"

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("time_zone"),
            ],
            heading=_("Date and time"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("mode"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("voivodeship"),
                FieldPanel("join_link"),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [FieldPanel("meeting_language"), FieldPanel("interpretation_available")],
            heading=_("Language"),
        ),
        FieldPanel("agenda"),
        FieldPanel("body"),
        FieldPanel("header_image"),
        FieldPanel("contact_email"),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldRowPanel(
                    [FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]
                ),
            ],
            heading=_("Registration"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("venue"),
        index.SearchField("address"),
        index.SearchField("agenda"),
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("end"),
        index.FilterField("mode"),
        index.FilterField("voivodeship"),
    ]
    translatable_fields = translation_fields(
        translatable=["summary", "venue", "address", "agenda", "body"],
        synchronised=["mode", "voivodeship", "contact_email", "header_image"],
        locked=[
            "start",
            "end",
            "time_zone",
            "join_link",
            "meeting_language",
            "interpretation_available",
            "capacity",
            "registration_opens_at",
            "registration_closes_at",
        ],
    )

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The event must end after it starts.")
        if (
            self.registration_opens_at
            and self.registration_closes_at
            and self.registration_closes_at <= self.registration_opens_at
        ):
            errors["registration_closes_at"] = _("Registration must close after it opens.")
        if self.registration_closes_at and self.end and self.registration_closes_at > self.end:
            errors["registration_closes_at"] = _("Registration cannot close after the event ends.")
        if errors:
            raise ValidationError(errors)

    @property
    def zone(self):
        return ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return timezone.localtime(self.start, self.zone)

    @property
    def local_end(self):
        return timezone.localtime(self.end, self.zone)

    @property
    def is_multiday(self):
        return self.local_start.date() != self.local_end.date()

    def is_past(self, now=None):
        return self.end < (now or timezone.now())

    @property
    def meeting_language_name(self):
        return get_language_info(self.meeting_language)["name_translated"]
