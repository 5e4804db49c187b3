"""The partnerships app's public forms: a partner request (with the editor's extra questions),
the contact form on each request, what a requester may change through their signed link, and a
report of abuse. Every text is plain, checked for control characters, and limited in length."""

from datetime import timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from core.converters import ROW_ID
from directory.forms import CodeChoiceField
from directory.models import SpokenLanguage, Theme, Voivodeship
from home.forms import HoneypotFormMixin, PlainTextFormMixin, PublicBaseForm, PublicFormBuilder

from .choices import PartnerType

# How far ahead a reply-by date may be: a request is for a call, not for ever.
LONGEST_WAIT = timedelta(days=183)
# How much later an extended reply-by date may be than the one it replaces.
LONGEST_EXTENSION = timedelta(days=60)

PUBLISH_CONSENT = _(
    "I agree that this request, without my name and e-mail address, is published on the site."
)
DATA_CONSENT = _(
    "I agree that the KOMM coalition keeps my name and e-mail address to review the request, "
    "to pass on the replies and to write to me about it. They are never shown to anyone."
)
CONTACT_CONSENT = _(
    "I agree that my name, organisation and e-mail address are sent to the requester with my "
    "message, so that they can reply to me."
)


def text_area(rows):
    return forms.Textarea(attrs={"rows": rows})


class CallChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        # Anything but a row number is an unknown call, before the database is asked.
        if value not in self.empty_values and not ROW_ID.fullmatch(str(value)):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)

    def label_from_instance(self, call):
        deadline = date_format(call.local_deadline, "DATE_FORMAT")
        return f"{call.title} ({deadline})"


class PartnerRequestBaseForm(PublicBaseForm):
    """What every request needs, after the structure of partner-search tools; the editor's own
    questions come after these."""

    grant_call = CallChoiceField(
        queryset=None,
        label=_("Grant call on this site"),
        empty_label=_("Another call (name it below)"),
        required=False,
    )
    call_name = forms.CharField(
        label=_("Another call: its name"),
        help_text=_("Only if the call is not listed above."),
        max_length=255,
        required=False,
    )
    call_url = forms.URLField(
        label=_("Another call: its link"), max_length=500, required=False, assume_scheme="https"
    )
    call_deadline = forms.DateField(
        label=_("Another call: its deadline"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    title = forms.CharField(
        label=_("Title of your request"),
        help_text=_("For example: Partner from Lublin sought for a summer school project."),
        max_length=200,
    )
    project_idea = forms.CharField(
        label=_("Your project idea"),
        help_text=_("Aims, activities, who the project is for."),
        max_length=3000,
        widget=text_area(6),
    )
    offer = forms.CharField(
        label=_("What you bring"),
        help_text=_("Your experience, people, places, contacts."),
        max_length=2000,
        widget=text_area(4),
    )
    partner_sought = forms.CharField(
        label=_("The partner you look for: role and tasks"),
        max_length=2000,
        widget=text_area(4),
    )
    partner_type = forms.ChoiceField(
        label=_("Kind of partner"), choices=PartnerType.choices, initial=PartnerType.ANY
    )
    themes = CodeChoiceField(Theme, label=_("Themes of the project"))
    nationwide = forms.BooleanField(label=_("Partners from anywhere in Poland"), required=False)
    voivodeships = CodeChoiceField(Voivodeship, label=_("Or: voivodeships of the partner"))
    reply_by = forms.DateField(
        label=_("Reply by"),
        help_text=_("Until when partners can write to you."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    organisation = forms.CharField(label=_("Your organisation or group"), max_length=255)
    languages = CodeChoiceField(SpokenLanguage, label=_("Languages you can talk in"))
    contact_name = forms.CharField(label=_("Your name"), max_length=200)
    contact_email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("Never published: partners write to you through the site."),
    )
    consent_publish = forms.BooleanField(label=PUBLISH_CONSENT)
    consent_data = forms.BooleanField(label=DATA_CONSENT)

    last_fields = consent_fields = ("consent_publish", "consent_data")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["contact_email"].widget.attrs["autocomplete"] = "email"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"

    def offer_calls(self, locale, preselected=""):
        """The open grant calls of the form's language; `preselected` (a call's id, from the
        link on its page) is chosen when the form is shown empty."""
        from grants.models import GrantOpportunityPage

        calls = GrantOpportunityPage.objects.live().public().filter(locale=locale).open()
        self.fields["grant_call"].queryset = calls
        if not self.is_bound and str(preselected).isdigit():
            self.initial["grant_call"] = int(preselected)

    def clean_reply_by(self):
        value = self.cleaned_data["reply_by"]
        today = timezone.localdate()
        if value < today:
            raise ValidationError(_("The reply-by date has passed."), code="past")
        if value > today + LONGEST_WAIT:
            raise ValidationError(_("Please choose a date within six months."), code="too_far")
        return value

    def clean(self):
        cleaned_data = super().clean()
        call = cleaned_data.get("grant_call")
        if call is None and not cleaned_data.get("call_name"):
            self.add_error(
                "call_name", _("Choose a grant call from the list or name the call here.")
            )
        if call is not None:
            # A call of the site is described by its own page.
            cleaned_data.update(call_name="", call_url="", call_deadline=None)
        deadline = call.local_deadline.date() if call else cleaned_data.get("call_deadline")
        reply_by = cleaned_data.get("reply_by")
        if deadline and deadline < timezone.localdate():
            self.add_error("call_deadline", _("This call's deadline has passed."))
        elif deadline and reply_by and reply_by > deadline:
            self.add_error("reply_by", _("Please choose a date before the call's deadline."))
        if not cleaned_data.get("nationwide") and not cleaned_data.get("voivodeships"):
            self.add_error(
                "voivodeships",
                _("Please choose at least one voivodeship, or tick “Partners from anywhere”."),
            )
        return cleaned_data


class PartnerRequestFormBuilder(PublicFormBuilder):
    base_form_class = PartnerRequestBaseForm


class ContactForm(PlainTextFormMixin, HoneypotFormMixin, forms.Form):
    """Write to a requester: they get the message by e-mail and reply to the address given."""

    name = forms.CharField(label=_("Your name"), max_length=200)
    organisation = forms.CharField(
        label=_("Your organisation or group"), max_length=255, required=False
    )
    email = forms.EmailField(label=_("Your e-mail address"))
    message = forms.CharField(label=_("Your message"), max_length=3000, widget=text_area(6))
    consent = forms.BooleanField(label=CONTACT_CONSENT)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, auto_id="contact-%s", **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.order_fields(["name", "organisation", "email", "message", "consent", "website"])


class ExtendForm(forms.Form):
    """A later reply-by date, once: before the call's deadline and within two months."""

    reply_by = forms.DateField(
        label=_("New reply-by date"), widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, request_page, **kwargs):
        super().__init__(*args, **kwargs)
        self.request_page = request_page

    def clean_reply_by(self):
        value = self.cleaned_data["reply_by"]
        page = self.request_page
        if value <= page.reply_by:
            raise ValidationError(_("Please choose a date after the present one."))
        if value > page.reply_by + LONGEST_EXTENSION:
            raise ValidationError(_("Please choose a date within two months of the present one."))
        deadline = page.grant_call.local_deadline.date() if page.grant_call else page.call_deadline
        if deadline and value > deadline:
            raise ValidationError(_("Please choose a date before the call's deadline."))
        return value


class AbuseReportForm(PlainTextFormMixin, HoneypotFormMixin, forms.Form):
    reason = forms.CharField(
        label=_("What is wrong?"),
        help_text=_("For example: spam, a scam, offensive words."),
        max_length=2000,
        widget=text_area(4),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, auto_id="report-%s", **kwargs)
