"""Joining the coalition: the application form page (one per language, one list of
applications for all of them), the applications and the e-mails sent about them.

An application is personal data: only people given the permission to view membership
applications see it (workflow.roles gives it to Editors and Moderators), never by way of page
rights. An accepted application becomes a draft page of the member directory.
"""

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.contrib.forms.models import AbstractFormSubmission
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.outbox import OutboxEmail, one_per_kind
from home.bases import (
    PublicFormPage,
    TranslatableFormField,
    form_used,
    optional_link,
    submission_data,
    translation_fields,
)
from home.blocks import RICH_TEXT_FEATURES

from .choices import ApplicantType, ApplicationEmailKind, ApplicationStatus
from .forms import ApplicationFormBuilder


def private_storage():
    return storages["private"]


class ApplicationPage(PublicFormPage):
    """The membership application form. The declaration is the coalition's own text: applicants
    agree to it on the form, and the version they read is kept with their application."""

    declaration = RichTextField(
        _("declaration"),
        features=RICH_TEXT_FEATURES,
        help_text=_("The coalition's declaration and principles, which applicants agree to."),
    )

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    card_template = "home/includes/standard_page_card.html"
    form_builder = ApplicationFormBuilder
    form_fields_template = "membership/includes/application_fields.html"
    submit_label = _("Send the application")
    submission_model = "membership.MembershipApplication"
    data_fields = (
        ("name", _("Organisation or group")),
        ("contact_name", _("Contact person")),
        ("email", _("E-mail")),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("declaration"),
        InlinePanel("form_fields", heading=_("Extra questions"), label=_("Question")),
        FieldPanel("thank_you_text"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = translation_fields(
        translatable=["intro", "declaration", "thank_you_text", "form_fields"]
    )
    api_fields = [APIField("intro"), APIField("declaration")]

    class Meta:
        verbose_name = _("membership application form")

    def accept(self, form):
        from .applications import submit_application

        return submit_application(self, form)


class ApplicationFormField(TranslatableFormField):
    page = ParentalKey(ApplicationPage, on_delete=models.CASCADE, related_name="form_fields")

    class Meta(TranslatableFormField.Meta):
        verbose_name = _("application question")


# What the applicant sent, in the order of the form: the admin list's export, its detail page and
# the personal-data export show these.
SENT_FIELDS = (
    "applicant_type",
    "name",
    "krs",
    "nip",
    "communities",
    "nationwide",
    "voivodeships",
    "themes",
    "languages",
    "link",
    "description",
    "contact_name",
    "email",
    "phone",
    "email_language",
    "publish_contact",
)
# The sent fields that name rows of the directory's vocabularies, exported as their codes.
VOCABULARIES = ("voivodeships", "themes", "languages")


class MembershipApplication(AbstractFormSubmission):
    """One application, as sent, with the consent and declaration texts the person agreed to."""

    page = form_used()
    form_key = models.UUIDField(db_index=True)
    language = models.CharField(_("language of the form"), max_length=16)
    status = models.CharField(
        _("status"), max_length=16, choices=ApplicationStatus.choices, default="new"
    )
    applicant_type = models.CharField(
        _("who is applying"), max_length=32, choices=ApplicantType.choices
    )
    name = models.CharField(_("organisation or group"), max_length=255)
    # The name compared without case, accents, punctuation or legal form (directory.names.name_key).
    name_key = models.CharField(max_length=255, db_index=True, editable=False)
    krs = models.CharField(_("KRS number"), max_length=10, blank=True)
    nip = models.CharField(_("NIP number"), max_length=10, blank=True)
    communities = models.CharField(_("communities"), max_length=500)
    nationwide = models.BooleanField(_("nationwide"), default=False)
    voivodeships = models.ManyToManyField(
        "directory.Voivodeship", blank=True, verbose_name=_("voivodeships"), related_name="+"
    )
    themes = models.ManyToManyField(
        "directory.Theme", blank=True, verbose_name=_("themes"), related_name="+"
    )
    languages = models.ManyToManyField(
        "directory.SpokenLanguage", blank=True, verbose_name=_("languages"), related_name="+"
    )
    link = models.URLField(_("website or social media"), blank=True)
    description = models.TextField(_("description of the work"))
    contact_name = models.CharField(_("contact person"), max_length=200)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email_language = models.CharField(_("language of e-mails"), max_length=16)
    publish_contact = models.BooleanField(_("contact may be published"), default=False)
    consent_text = models.TextField(_("consent given"))
    declaration_text = models.TextField(_("declaration accepted"))
    declaration_file = models.FileField(
        _("signed declaration"), storage=private_storage, upload_to="declarations/", blank=True
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = optional_link(settings.AUTH_USER_MODEL, _("decided by"))
    decision_message = models.TextField(_("message to the applicant"), blank=True)
    member_page = models.OneToOneField(
        "directory.OrganisationPage",
        verbose_name=_("directory page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="application",
    )

    class Meta:
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")
        ordering = ["-submit_time", "-pk"]

    def __str__(self):
        return self.name

    def get_data(self):
        return submission_data(self, "status", "language", "name", "contact_name", "email")


class ApplicationEmail(OutboxEmail):
    """What the applicant (and, for a new application, the staff) are told, once each."""

    Kind = ApplicationEmailKind

    application = models.ForeignKey(
        MembershipApplication, on_delete=models.CASCADE, related_name="emails"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)

    about = "application"

    class Meta:
        constraints = [one_per_kind("application", "one_application_email_per_kind")]
