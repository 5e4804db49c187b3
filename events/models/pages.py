"""An event page with its registration form. The index is in `index`, what calendars and search
engines learn in `metadata`, bookings (registrations, seat counts, e-mails) in `bookings`."""

from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from core.cache import shows_live_numbers
from directory.choices import VoivodeshipCode
from directory.models import OrganisationLinkMixin
from home.bases import PublicFormMixin, optional_link, translation_fields
from home.blocks import BaseStreamBlock
from home.metadata import SOCIAL_IMAGE_FILTER
from home.permissions import KommPageMixin
from home.timezones import time_zone_choices

from ..blocks import AgendaBlock
from ..choices import Mode, RegistrationState, meeting_language_choices
from ..forms import EventPageForm, RsvpFormBuilder
from .bookings import Registration, SeatCounter
from .metadata import EventMetadataMixin
from .summary import MeetingSummaryFields

DEFAULT_TIME_ZONE = "Europe/Warsaw"


class EventPageQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """An event stays upcoming until it has ended, so one in progress is never lost."""
        return self.filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")


class EventPage(
    EventMetadataMixin,
    KommPageMixin,
    OrganisationLinkMixin,
    PublicFormMixin,
    MeetingSummaryFields,
    Page,
):
    RegistrationState = RegistrationState

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
    organisation_page = optional_link(
        "directory.OrganisationPage",
        _("organised by"),
        related_name="events",
        help_text=_("A coalition member that organises the event, if any."),
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
    header_image = optional_link("home.CustomImage", _("header image"))
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
    registration_enabled = models.BooleanField(
        _("registration through the website"),
        default=True,
        help_text=_("People confirm attendance with the form on this page."),
    )
    waitlist_enabled = models.BooleanField(
        _("waiting list when full"),
        default=True,
        help_text=_("When all places are taken, further people join a waiting list."),
    )

    objects = PageManager.from_queryset(EventPageQuerySet)()
    base_form_class = EventPageForm
    form_builder = RsvpFormBuilder
    submission_model = "events.Registration"
    data_fields = (
        ("name", _("Full name")),
        ("email", _("E-mail")),
        ("organisation", _("Organisation")),
        ("email_language", _("Language of e-mails")),
        ("interpretation", _("Interpretation requested")),
        ("accessibility_needs", _("Accessibility needs")),
        ("help_outcome", _("Language help")),
        ("organisation_public", _("Organisation may be named")),
    )
    submission_key = "event_key"

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    card_image_field = "header_image"
    organisation_section = ("events", _("Events"), "-start")

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
                # Hidden (also from revision comparisons) from people who may not see it.
                FieldPanel("join_link", permission="events.view_registration"),
            ],
            heading=_("Place"),
        ),
        FieldPanel("organisation_page"),
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
                FieldPanel("registration_enabled"),
                FieldPanel("capacity"),
                FieldPanel("waitlist_enabled"),
                FieldRowPanel(
                    [FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]
                ),
            ],
            heading=_("Registration"),
        ),
        *MeetingSummaryFields.summary_panels,
        InlinePanel(
            "form_fields",
            heading=_("Extra questions on the registration form"),
            label=_("Question"),
            help_text=_(
                "Name, e-mail, organisation, language, interpretation, accessibility needs and "
                "consent are always asked."
            ),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("venue"),
        index.SearchField("address"),
        index.SearchField("agenda"),
        index.SearchField("body"),
        index.SearchField("report"),
        index.FilterField("start"),
        index.FilterField("end"),
        index.FilterField("mode"),
        index.FilterField("voivodeship"),
    ]
    translatable_fields = translation_fields(
        translatable=[
            "summary",
            "venue",
            "address",
            "agenda",
            "body",
            "form_fields",
            "report",
            "materials",
        ],
        synchronised=[
            "mode",
            "voivodeship",
            "contact_email",
            "header_image",
            "organisation_page",
        ],
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
            "registration_enabled",
            "waitlist_enabled",
            "participant_count",
        ],
    )
    # The join link, capacity, places left, contact address and registrations stay out.
    api_fields = [
        APIField("summary"),
        APIField("start"),
        APIField("end"),
        APIField("time_zone"),
        APIField("mode"),
        APIField("venue"),
        APIField("address"),
        APIField("voivodeship"),
        APIField("meeting_language"),
        APIField("interpretation_available"),
        APIField("agenda"),
        APIField("body"),
        APIField("header_image"),
        APIField(
            "header_image_rendition",
            serializer=ImageRenditionField(SOCIAL_IMAGE_FILTER, source="header_image"),
        ),
        APIField("report"),
        APIField("materials"),
        APIField("registration_opens_at"),
        APIField("registration_closes_at"),
        APIField("registration_state", serializer=serializers.CharField(read_only=True)),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        # Listings take the next events by start among those not yet ended, and the past
        # ones by start backwards.
        indexes = [models.Index(fields=["start"]), models.Index(fields=["end"])]

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
        counter = SeatCounter.objects.filter(event_key=self.translation_key).first()
        if self.capacity is not None and counter and counter.confirmed > self.capacity:
            errors["capacity"] = _(
                "%(count)s people are confirmed already; the capacity cannot be lower."
            ) % {"count": counter.confirmed}
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

    @property
    def submissions_list_view_class(self):
        from ..admin_views import RegistrationsListView

        return RegistrationsListView

    def places_left(self):
        """Free places, or None when the event has no limit."""
        if self.capacity is None:
            return None
        counter = SeatCounter.objects.filter(event_key=self.translation_key).first()
        confirmed = counter.confirmed if counter else 0
        return max(self.capacity - confirmed, 0)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only by cached fragments: built when they are.
        context["calendar_links"] = SimpleLazyObject(lambda: self.calendar_links(request))
        if self.interpretation_available and not self.is_past():
            # Staff's answers to requests for help name the interpretation arranged: the page
            # is cached until the next answer (events.follow_up).
            shows_live_numbers(request)
            arranged = Registration.objects.interpretation_arranged(self.translation_key)
            context["confirmed_interpretation"] = arranged
        return context

    def accepts_entries(self):
        return self.registration_state() == self.RegistrationState.OPEN

    def accept(self, form):
        from ..registrations import register

        return register(self, form, self.locale.language_code)

    def form_context(self, request):
        """Only an open registration shows the places left; other states spare the query. The
        page is cached until they change (core.cache.numbers_changed)."""
        state = self.registration_state()
        places_left = None
        if state == self.RegistrationState.OPEN:
            shows_live_numbers(request)
            places_left = self.places_left()
        return {
            "registration_state": state,
            "places_left": places_left,
            "full_without_waitlist": places_left == 0 and not self.waitlist_enabled,
        }

    def registration_state(self, now=None):
        now = now or timezone.now()
        if not self.registration_enabled:
            return self.RegistrationState.NONE
        if now >= self.end:
            return self.RegistrationState.ENDED
        if self.registration_opens_at and now < self.registration_opens_at:
            return self.RegistrationState.NOT_YET_OPEN
        if now >= (self.registration_closes_at or self.end):
            return self.RegistrationState.CLOSED
        return self.RegistrationState.OPEN

    def is_past(self, now=None):
        return self.end < (now or timezone.now())

    def translation_due(self):
        """A translation is of use until the event has ended, as the listing shows it till then."""
        return self.end

    @property
    def meeting_language_name(self):
        return get_language_info(self.meeting_language)["name_translated"]
