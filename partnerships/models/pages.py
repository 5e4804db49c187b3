"""Partner requests: a member looking for partners to apply for a grant call together, listed
under the partnerships index of each language and on the grant call it is for. The person who
sent a request is in `records` (PartnerRequestSubmission), never on the page."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from directory.models import OrganisationLinkMixin, codes
from home.bases import (
    ListingIndexPage,
    PublicFormPage,
    TranslatableFormField,
    optional_link,
    translation_fields,
)
from home.pagination import paginate
from home.permissions import KommPageMixin

from ..choices import Openness, PartnerType, RequestState
from ..forms import PartnerRequestFormBuilder


def open_q(now):
    """Still looking: not closed by the requester, and neither the reply-by date nor the
    call's deadline has passed. Written as one condition so that a listing, a count and a
    feed agree, without anyone closing requests by hand."""
    today = timezone.localdate(now)
    return (
        Q(state=RequestState.OPEN)
        & Q(reply_by__gte=today)
        & (Q(call_deadline__isnull=True) | Q(call_deadline__gte=today))
        & (Q(grant_call__isnull=True) | Q(grant_call__deadline__gte=now))
    )


def closed_q(now):
    today = timezone.localdate(now)
    return (
        ~Q(state=RequestState.OPEN)
        | Q(reply_by__lt=today)
        | Q(call_deadline__lt=today)
        | Q(grant_call__deadline__lt=now)
    )


def with_call_labels(requests, locale):
    """The requests, each with its `call_label` (the call's title in `locale`), read in two
    queries for a whole list: requests keep the grant call of their own language."""
    from grants.models import GrantOpportunityPage

    items = list(requests)
    calls = GrantOpportunityPage.objects.filter(
        pk__in={item.grant_call_id for item in items if item.grant_call_id}
    ).values_list("pk", "translation_key", "title")
    keys = {pk: (key, title) for pk, key, title in calls}
    local = dict(
        GrantOpportunityPage.objects.live()
        .filter(translation_key__in=[key for key, _title in keys.values()], locale=locale)
        .values_list("translation_key", "title")
    )
    for item in items:
        key, title = keys.get(item.grant_call_id, (None, item.call_name))
        item.call_label = local.get(key, title)
    return items


class PartnerRequestQuerySet(PageQuerySet):
    def open(self, now=None):
        """Open requests, the nearest reply-by date first."""
        return self.filter(open_q(now or timezone.now())).order_by("reply_by", "pk")

    def closed(self, now=None):
        return self.filter(closed_q(now or timezone.now())).order_by("-reply_by", "-pk")

    def for_call(self, grant_call):
        """Requests for `grant_call` in its language: requests keep the call of their source
        language, so they are matched on its translation key."""
        return self.filter(
            locale_id=grant_call.locale_id, grant_call__translation_key=grant_call.translation_key
        )


class PartnershipIndexPage(ListingIndexPage):
    subpage_types = ["partnerships.PartnerRequestPage", "partnerships.PartnerRequestFormPage"]

    class Meta:
        verbose_name = _("partnerships index page")

    def requests(self):
        return self.listed(PartnerRequestPage).select_related("grant_call")

    def home_items(self):
        return with_call_labels(self.requests().open()[: self.home_items_count], self.locale)

    def form_page(self):
        return PartnerRequestFormPage.objects.live().public().child_of(self).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["form_page"] = self.form_page()
        return context

    def listing(self, request):
        """One list: the open requests first (nearest reply-by date), then the closed ones,
        unless the filter asks for one of them."""
        from ..filters import PartnerRequestFilterForm

        filters = PartnerRequestFilterForm(request.GET, self.requests(), language=self.locale)
        requests = filters.apply(self.requests())
        openness = filters.values.get("status")
        lists = {"filters": filters, "open": None, "closed": None}
        if openness != Openness.CLOSED:
            lists["open"] = paginate(request, requests.open())
        if openness != Openness.OPEN:
            lists["closed"] = paginate(request, requests.closed(), param="closed_page")
        for page in (lists["open"], lists["closed"]):
            if page is not None:
                page.object_list = with_call_labels(page.object_list, self.locale)
        return lists


class PartnerRequestPage(KommPageMixin, OrganisationLinkMixin, Page):
    """One request, structured as partner-search tools do (the call, the idea, what the
    applicant brings, who is sought and for what, by when), with a contact form that reaches
    the requester without showing anyone their address."""

    grant_call = optional_link(
        "grants.GrantOpportunityPage",
        _("grant call on this site"),
        related_name="partner_requests",
    )
    call_name = models.CharField(
        _("another call: its name"),
        max_length=255,
        blank=True,
        help_text=_("For a call that is not on this site."),
    )
    call_url = models.URLField(_("another call: its link"), max_length=500, blank=True)
    call_deadline = models.DateField(_("another call: its deadline"), null=True, blank=True)
    project_idea = models.TextField(_("project idea"))
    offer = models.TextField(_("what the applicant brings"))
    partner_sought = models.TextField(_("partner sought: role and tasks"))
    partner_type = models.CharField(
        _("kind of partner sought"),
        max_length=32,
        choices=PartnerType.choices,
        default=PartnerType.ANY,
    )
    themes = ParentalManyToManyField(
        "directory.Theme", blank=True, verbose_name=_("themes"), related_name="+"
    )
    nationwide = models.BooleanField(_("partners from anywhere in Poland"), default=False)
    voivodeships = ParentalManyToManyField(
        "directory.Voivodeship",
        blank=True,
        verbose_name=_("voivodeships of the partner sought"),
        related_name="+",
    )
    languages = ParentalManyToManyField(
        "directory.SpokenLanguage",
        blank=True,
        verbose_name=_("languages the requester can talk in"),
        related_name="+",
    )
    organisation = models.CharField(_("requesting organisation or group"), max_length=255)
    organisation_page = optional_link(
        "directory.OrganisationPage",
        _("member organisation page"),
        related_name="partner_requests",
        help_text=_("The requester's page in the member directory, if they have one."),
    )
    reply_by = models.DateField(_("reply by"))
    state = models.CharField(
        _("state"), max_length=16, choices=RequestState.choices, default=RequestState.OPEN
    )
    reply_by_extended = models.BooleanField(_("reply-by date extended"), default=False)

    objects = PageManager.from_queryset(PartnerRequestQuerySet)()

    parent_page_types = ["partnerships.PartnershipIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("grant_call"),
                FieldPanel("call_name"),
                FieldPanel("call_url"),
                FieldPanel("call_deadline"),
            ],
            heading=_("Call"),
        ),
        FieldPanel("project_idea"),
        FieldPanel("offer"),
        FieldPanel("partner_sought"),
        MultiFieldPanel(
            [
                FieldPanel("partner_type"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("nationwide"),
                FieldPanel("voivodeships", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Partner sought"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("organisation_page"),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Requester"),
        ),
        MultiFieldPanel(
            [FieldPanel("reply_by"), FieldPanel("state"), FieldPanel("reply_by_extended")],
            heading=_("Reply by"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("project_idea"),
        index.SearchField("offer"),
        index.SearchField("partner_sought"),
        index.SearchField("organisation"),
        index.SearchField("call_name"),
        index.FilterField("reply_by"),
    ]
    translatable_fields = translation_fields(
        translatable=["project_idea", "offer", "partner_sought"],
        synchronised=[
            "call_name",
            "call_url",
            "partner_type",
            "themes",
            "nationwide",
            "voivodeships",
            "languages",
            "organisation",
            "organisation_page",
        ],
        # What decides whether the request is still open is the requester's, in every language.
        locked=["grant_call", "call_deadline", "reply_by", "state", "reply_by_extended"],
    )
    # Who sent the request and the messages sent to them are in records, never here.
    api_fields = [
        APIField("grant_call"),
        APIField("call_name"),
        APIField("call_url"),
        APIField("call_deadline"),
        APIField("project_idea"),
        APIField("offer"),
        APIField("partner_sought"),
        APIField("partner_type"),
        APIField("themes", serializer=codes()),
        APIField("nationwide"),
        APIField("voivodeships", serializer=codes()),
        APIField("languages", serializer=codes()),
        APIField("organisation"),
        APIField("reply_by"),
        APIField("is_open", serializer=serializers.BooleanField(read_only=True)),
    ]
    og_type = "article"

    class Meta:
        verbose_name = _("partner request")
        verbose_name_plural = _("partner requests")
        indexes = [models.Index(fields=["reply_by"])]

    def clean(self):
        super().clean()
        if not self.grant_call_id and not self.call_name:
            raise ValidationError(
                {"call_name": _("Choose a grant call on this site or name another call.")}
            )

    def is_open_at(self, now):
        today = timezone.localdate(now)
        call_deadline = self.call_deadline
        return (
            self.state == RequestState.OPEN
            and self.reply_by >= today
            and (call_deadline is None or call_deadline >= today)
            and (self.grant_call is None or self.grant_call.deadline >= now)
        )

    @property
    def is_open(self):
        return self.is_open_at(timezone.now())

    @property
    def summary(self):
        """For cards, feeds and search engines: the idea, shortened."""
        idea = " ".join(self.project_idea.split())
        return idea if len(idea) <= 240 else idea[:239].rsplit(" ", 1)[0] + "…"

    @cached_property
    def call_label(self):
        """The call's name in this page's language: the site's grant call in this language
        when it has one, else its source, else the named call (lists set it for all their
        items at once, `with_call_labels`)."""
        call = self.grant_call_version
        return call.title if call is not None else self.call_name

    @cached_property
    def grant_call_version(self):
        if self.grant_call is None:
            return None
        versions = self.grant_call.get_translations(inclusive=True)
        return versions.filter(locale_id=self.locale_id, live=True).first() or self.grant_call

    def serve(self, request, *args, **kwargs):
        from ..contact import serve_request_page

        return serve_request_page(self, request, *args, **kwargs)


class PartnerRequestFormPage(PublicFormPage):
    """Where members describe the partners they look for; each request becomes a draft
    partner request that moderators review."""

    parent_page_types = ["partnerships.PartnershipIndexPage"]
    form_builder = PartnerRequestFormBuilder
    form_fields_template = "partnerships/includes/partner_request_fields.html"
    sender_field = "contact_email"
    submit_label = _("Send the request")
    submission_model = "partnerships.PartnerRequestSubmission"
    data_fields = (
        ("request", _("Partner request")),
        ("contact_name", _("Contact person")),
        ("contact_email", _("E-mail")),
    )

    class Meta:
        verbose_name = _("partner request form")

    def serve(self, request, *args, **kwargs):
        # A grant call's page links here with ?call=<its id>, to choose that call.
        self.preselected_call = request.GET.get("call", "")
        return super().serve(request, *args, **kwargs)

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        form.offer_calls(self.locale, getattr(self, "preselected_call", ""))
        return form

    def accept(self, form):
        from ..requests import submit_request

        return submit_request(self, form)


class PartnerRequestFormField(TranslatableFormField):
    page = ParentalKey(PartnerRequestFormPage, on_delete=models.CASCADE, related_name="form_fields")

    class Meta(TranslatableFormField.Meta):
        verbose_name = _("partner request question")
