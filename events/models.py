from zoneinfo import ZoneInfo

from django.conf import global_settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.forms.models import AbstractFormSubmission
from wagtail.fields import RichTextField, StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from home.cache import depend_on
from home.choices import VoivodeshipCode
from home.forms import LocalTimePageForm, PublicFormPageForm
from home.metadata import SOCIAL_IMAGE_FILTER, coalition, social_image
from home.models import (
    OrganisationLinkMixin,
    OutboxEmail,
    SharedListFormMixin,
    TranslatableFormField,
    translation_fields,
)
from home.pagination import paginate
from home.permissions import KommPageMixin
from home.queries import prefetch_card_renditions
from home.ratelimit import too_many_attempts
from home.timezones import time_zone_choices

from .blocks import AgendaBlock
from .calendar import google_calendar_url
from .forms import RsvpFormBuilder

DEFAULT_TIME_ZONE = "Europe/Warsaw"


def meeting_language_choices():
    return [(code, _(name)) for code, name in global_settings.LANGUAGES]


def places_dependency(event_key):
    """What an event page with its open registration depends on (home.cache.depend_on)."""
    return f"places:{event_key}"


class EventPageQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """An event stays upcoming until it has ended, so one in progress is never lost."""
        return self.filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")


class EventPageForm(LocalTimePageForm, PublicFormPageForm):
    local_datetime_fields = ("start", "end", "registration_opens_at", "registration_closes_at")


class EventIndexPage(KommPageMixin, Page):
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = translation_fields(translatable=["intro"])
    api_fields = [APIField("intro")]

    home_items_count = 3
    card_template = "home/includes/page_card.html"
    past_preview_count = 3

    class Meta:
        verbose_name = _("event index page")

    def events(self):
        """Live public events for listings; their cards' renditions come through
        `prefetch_card_renditions`, once for all lists on a page."""
        return (
            EventPage.objects.live()
            .public()
            .child_of(self)
            .select_related("header_image", "locale")
            .defer_streamfields()
        )

    def home_items(self):
        return self.events().upcoming()[: self.home_items_count]

    def get_context(self, request, *args, **kwargs):
        """Upcoming or past events, filtered; the unfiltered upcoming list is followed by a
        preview of recent past events. Built on first use: the template caches it as a
        fragment, and on a hit nothing is queried."""
        context = super().get_context(request, *args, **kwargs)
        show_past = request.GET.get("when") == "past"
        context["show_past"] = show_past
        context["listing"] = SimpleLazyObject(lambda: self.listing(request, show_past))
        return context

    def listing(self, request, show_past):
        from .filters import EventFilterForm

        events = self.events().past() if show_past else self.events().upcoming()
        filters = EventFilterForm(
            request.GET, events, newest_first=show_past, kept={"when": "past"} if show_past else {}
        )
        found = paginate(request, filters.apply(events))
        recent = []
        if not show_past and not filters.is_active:
            recent = list(self.events().past()[: self.past_preview_count])
        prefetch_card_renditions([*found, *recent])
        return {"filters": filters, "events": found, "recent_past_events": recent}


class EventPage(KommPageMixin, OrganisationLinkMixin, SharedListFormMixin, Page):
    class RegistrationState(models.TextChoices):
        NONE = "none", _("No registration through the website")
        NOT_YET_OPEN = "not_yet_open", _("Registration has not opened yet")
        OPEN = "open", _("Registration is open")
        CLOSED = "closed", _("Registration is closed")
        ENDED = "ended", _("The event has ended")

    class Mode(models.TextChoices):
        ONLINE = "online", _("Online")
        IN_PERSON = "in_person", _("In person")
        HYBRID = "hybrid", _("Hybrid (in person and online)")

    ATTENDANCE_MODES = {
        Mode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
        Mode.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
        Mode.HYBRID: "https://schema.org/MixedEventAttendanceMode",
    }

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
    organisation_page = models.ForeignKey(
        "home.OrganisationPage",
        verbose_name=_("organised by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
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
    submission_key = "event_key"

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    card_template = "events/includes/event_card.html"
    card_image_field = "header_image"

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
        index.FilterField("start"),
        index.FilterField("end"),
        index.FilterField("mode"),
        index.FilterField("voivodeship"),
    ]
    translatable_fields = translation_fields(
        translatable=["summary", "venue", "address", "agenda", "body", "form_fields"],
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
        from .admin_views import RegistrationsListView

        return RegistrationsListView

    def get_data_fields(self):
        return [
            ("submit_time", _("Submission date")),
            ("status", _("Status")),
            ("language", _("Language of the form")),
            ("name", _("Full name")),
            ("email", _("E-mail")),
            ("organisation", _("Organisation")),
            ("email_language", _("Language of e-mails")),
            ("interpretation", _("Interpretation requested")),
            ("accessibility_needs", _("Accessibility needs")),
            *((field.clean_name, field.label) for field in self.get_form_fields()),
        ]

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
        return context

    def serve(self, request, *args, **kwargs):
        """The event with its registration form; a valid POST registers the person."""
        from .registrations import RegistrationRefused, register

        state = self.registration_state()
        form, refusal, status = None, None, 200
        if request.method == "POST" and state == self.RegistrationState.OPEN:
            form = self.get_form(request.POST, page=self, user=request.user)
            if too_many_attempts(request, self.translation_key, request.POST.get("email", "")):
                refusal, status = "rate_limited", 429
            elif form.is_valid():
                if form.is_spam:
                    return self.render_landing_page(request)
                try:
                    registration = register(self, form, self.locale.language_code)
                except RegistrationRefused as refused:
                    refusal = refused.reason
                else:
                    return self.render_landing_page(request, registration)
        elif request.method == "POST":
            refusal, status = "closed", 409
        elif state == self.RegistrationState.OPEN:
            form = self.get_form(page=self, user=request.user)
        context = self.get_context(request)
        # Only an open registration shows the places left; other states spare the query. The
        # page is cached until they change (registrations.places_changed).
        places_left = None
        if state == self.RegistrationState.OPEN:
            depend_on(request, places_dependency(self.translation_key))
            places_left = self.places_left()
        context.update(
            form=form,
            refusal=refusal,
            registration_state=state,
            places_left=places_left,
            full_without_waitlist=places_left == 0 and not self.waitlist_enabled,
        )
        response = TemplateResponse(request, self.get_template(request), context, status=status)
        # An answer to a POST carries the person's entries or their registration.
        if request.method == "POST":
            add_never_cache_headers(response)
        return response

    def calendar_links(self, request):
        url = request.build_absolute_uri(self.get_url(request))
        with translation.override(self.locale.language_code):
            calendar_file = reverse("event_calendar", args=[self.translation_key])
        return {"file": calendar_file, "google": google_calendar_url(self, url)}

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

    @property
    def meeting_language_name(self):
        return get_language_info(self.meeting_language)["name_translated"]

    def structured_data(self, request):
        """schema.org's Event, with times in the event's own zone. Online, the place is this
        page: the join link goes only to people whose attendance is confirmed."""
        url = request.build_absolute_uri(self.get_url(request))
        locations = []
        if self.mode != self.Mode.ONLINE and (self.venue or self.address):
            locations.append(self.structured_place())
        if self.mode != self.Mode.IN_PERSON:
            locations.append({"@type": "VirtualLocation", "url": url})
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.summary,
            "url": url,
            "startDate": self.local_start.isoformat(),
            "endDate": self.local_end.isoformat(),
            "eventAttendanceMode": self.ATTENDANCE_MODES[self.mode],
            "eventStatus": "https://schema.org/EventScheduled",
            "inLanguage": self.meeting_language,
            "organizer": coalition(request, self.locale),
        }
        if locations:
            data["location"] = locations[0] if len(locations) == 1 else locations
        image = social_image(request, self)
        if image:
            data["image"] = [image["url"]]
        return data

    def structured_place(self):
        lines = [line.strip() for line in self.address.splitlines() if line.strip()]
        address = {"@type": "PostalAddress", "streetAddress": ", ".join(lines)}
        if self.voivodeship:
            address.update(addressRegion=self.get_voivodeship_display(), addressCountry="PL")
        return {"@type": "Place", "name": self.venue or ", ".join(lines), "address": address}


class RsvpFormField(TranslatableFormField):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="form_fields")

    class Meta(TranslatableFormField.Meta):
        verbose_name = _("registration question")


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=Registration.ACTIVE_STATUSES)

    def for_event(self, event):
        return self.filter(event_key=event.translation_key)


class Registration(AbstractFormSubmission):
    """One list per event across all its language versions, keyed by the translation key."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("Waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    ACTIVE_STATUSES = (Status.CONFIRMED, Status.WAITLISTED)

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("form used"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    event_key = models.UUIDField(_("event"), db_index=True)
    language = models.CharField(_("language of the form"), max_length=16)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices)
    name = models.CharField(_("full name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    email_language = models.CharField(_("language of e-mails"), max_length=16)
    interpretation = models.CharField(_("interpretation requested"), max_length=16, blank=True)
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True)
    consent_text = models.TextField(_("consent given"))
    token = models.CharField(max_length=64, unique=True, editable=False)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["submit_time", "pk"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "event_key",
                condition=models.Q(status__in=["confirmed", "waitlisted"]),
                name="one_active_registration_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"

    def get_data(self):
        return {
            "submit_time": self.submit_time,
            "status": self.get_status_display(),
            "language": self.language,
            "name": self.name,
            "email": self.email,
            "organisation": self.organisation,
            "email_language": self.email_language,
            "interpretation": self.interpretation,
            "accessibility_needs": self.accessibility_needs,
            **self.form_data,
        }


class SeatCounter(models.Model):
    """Confirmed places per event. The database refuses more than the capacity, so concurrent
    registrations from any language version cannot overbook."""

    event_key = models.UUIDField(unique=True)
    capacity = models.PositiveIntegerField(null=True, blank=True)
    confirmed = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(capacity__isnull=True)
                | models.Q(confirmed__lte=models.F("capacity")),
                name="confirmed_within_capacity",
            )
        ]

    def __str__(self):
        return f"{self.confirmed}/{self.capacity or '∞'}"


class EmailDelivery(OutboxEmail):
    """What a registrant (or the event's organiser) is told about a registration."""

    class Kind(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmation")
        WAITLISTED = "waitlisted", _("Waiting list notice")
        PROMOTED = "promoted", _("Place confirmed from the waiting list")
        CANCELLED = "cancelled", _("Cancellation")
        REMINDER = "reminder", _("Reminder")
        CONTACT = "contact", _("Notification to the organiser")

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="deliveries"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["registration", "kind"], name="one_email_per_kind")
        ]

    def __str__(self):
        return f"{self.kind} → {self.registration_id} ({self.status})"
