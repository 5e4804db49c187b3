"""The application form: the standard questions every application answers (an editor's own
questions come after them) and the staff's decline form."""

import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.uploads import DOCUMENT_ACCEPT, clean_document
from directory.forms import CodeChoiceField
from directory.models import SpokenLanguage, Theme, Voivodeship
from home.forms import PublicBaseForm, PublicFormBuilder

from .choices import ApplicantType

DATA_CONSENT = _(
    "I agree that the KOMM coalition keeps the data in this application to consider it and to "
    "contact me about it. My e-mail address and phone are not published unless I tick the box "
    "above."
)
DECLARATION_AGREEMENT = _("I have read the coalition's declaration above and I agree with it.")
NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)


def digits_only(value):
    return re.sub(r"[\s-]", "", value or "")


def check_nip(value):
    if len(value) != 10 or not value.isdigit():
        raise ValidationError(_("A NIP number has 10 digits."), code="nip_length")
    checksum = sum(int(digit) * weight for digit, weight in zip(value, NIP_WEIGHTS, strict=False))
    if checksum % 11 != int(value[9]):
        raise ValidationError(
            _("This NIP number is not valid. Please check it, or leave the field empty."),
            code="nip_checksum",
        )


class ApplicationBaseForm(PublicBaseForm):
    applicant_type = forms.ChoiceField(
        label=_("Who is applying?"), choices=ApplicantType.choices, widget=forms.RadioSelect
    )
    name = forms.CharField(label=_("Name of the organisation or group"), max_length=255)
    krs = forms.CharField(
        label=_("KRS number (optional)"),
        help_text=_("Only for registered organisations. Informal groups do not need one."),
        max_length=20,
        required=False,
    )
    nip = forms.CharField(
        label=_("NIP number (optional)"),
        help_text=_("Only for registered organisations."),
        max_length=20,
        required=False,
    )
    communities = forms.CharField(
        label=_("Communities you work with or for"),
        help_text=_("For example: Ukrainian, Roma, Belarusian, Vietnamese, refugees."),
        max_length=500,
    )
    nationwide = forms.BooleanField(label=_("We work nationwide"), required=False)
    voivodeships = CodeChoiceField(Voivodeship, label=_("Voivodeships where you work"))
    themes = CodeChoiceField(Theme, label=_("Themes of your work"))
    languages = CodeChoiceField(SpokenLanguage, label=_("Languages you work in"))
    link = forms.URLField(
        label=_("Website or social media link (optional)"),
        max_length=200,
        required=False,
        assume_scheme="https",
    )
    description = forms.CharField(
        label=_("A short description of your work"),
        help_text=_("A few sentences: what you do, for whom, since when."),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    contact_name = forms.CharField(label=_("Contact person"), max_length=200)
    email = forms.EmailField(label=_("E-mail address"))
    phone = forms.CharField(label=_("Phone (optional)"), max_length=40, required=False)
    email_language = forms.ChoiceField(
        label=_("In which language should we write to you?"), choices=settings.LANGUAGES
    )
    publish_contact = forms.BooleanField(
        label=_("You may show this e-mail address and phone in the member directory."),
        required=False,
    )
    declaration_file = forms.FileField(
        label=_("Signed declaration (optional)"),
        help_text=_("PDF, JPEG or PNG, up to 5 MB. Only the coalition's staff can see it."),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": DOCUMENT_ACCEPT}),
    )
    accept_declaration = forms.BooleanField(label=DECLARATION_AGREEMENT)
    consent_data = forms.BooleanField(label=DATA_CONSENT)

    last_fields = ("declaration_file", "accept_declaration", "consent_data")
    consent_fields = ("consent_data",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("email", "phone"):
            self.fields[name].widget.attrs["autocomplete"] = "email" if name == "email" else "tel"
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["phone"].widget.input_type = "tel"

    def clean_krs(self):
        value = digits_only(self.cleaned_data.get("krs"))
        if value and (len(value) != 10 or not value.isdigit()):
            raise ValidationError(_("A KRS number has 10 digits."), code="krs_length")
        return value

    def clean_nip(self):
        value = digits_only(self.cleaned_data.get("nip")).upper().removeprefix("PL")
        if value:
            check_nip(value)
        return value

    def clean_phone(self):
        value = self.cleaned_data.get("phone", "").strip()
        if value and not re.fullmatch(r"\+?[\d\s()-]{6,25}", value):
            raise ValidationError(
                _("Please write the phone number with digits only, e.g. +48 600 100 200."),
                code="phone",
            )
        return value

    def clean_declaration_file(self):
        upload = self.cleaned_data.get("declaration_file")
        return clean_document(upload) if upload else None

    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("nationwide") and not cleaned_data.get("voivodeships"):
            self.add_error(
                "voivodeships",
                _("Please choose at least one voivodeship, or tick “We work nationwide”."),
            )
        if cleaned_data.get("applicant_type") != ApplicantType.ORGANISATION:
            # Registry numbers belong to registered organisations only: a group's typo there
            # must not stop its application.
            self.errors.pop("krs", None)
            self.errors.pop("nip", None)
            cleaned_data["krs"] = cleaned_data["nip"] = ""
        return cleaned_data


class ApplicationFormBuilder(PublicFormBuilder):
    base_form_class = ApplicationBaseForm


class DeclineForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the applicant"),
        help_text=_("Sent as written, in an e-mail in the applicant's language."),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
    )
