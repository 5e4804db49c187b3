"""The RSVP form: the standard questions every event asks, then the editors' own, and the admin
form that takes times in the event's own time zone."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from home.forms import LocalTimePageForm, PublicBaseForm, PublicFormBuilder, PublicFormPageForm

# Languages people most often ask help in, besides the site's own; named in their own language.
INTERPRETATION_LANGUAGES = ["uk", "ru", "be", "en", "ka", "hy", "vi", "ar", "tr", "ro"]
RETENTION_DAYS = settings.KOMM_PERSONAL_DATA_RETENTION_DAYS
CONSENT_TEXT = _(
    "I agree that the KOMM coalition processes my personal data to organise this event and to "
    "send me the related e-mails. The data are deleted %(days)s days after the event. I can "
    "cancel my registration at any time with the link in the e-mail."
)


def language_choices(codes):
    return [(code, get_language_info(code)["name_local"]) for code in codes]


class RsvpBaseForm(PublicBaseForm):
    """Fields every registration has, whatever questions the editor adds."""

    name = forms.CharField(label=_("Full name"), max_length=200)
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("We send the confirmation and, when your place is confirmed, the link here."),
    )
    organisation = forms.CharField(label=_("Organisation"), max_length=255, required=False)
    organisation_public = forms.BooleanField(
        label=_(
            "My organisation may be named among those that took part, in the meeting's summary"
        ),
        required=False,
    )
    email_language = forms.ChoiceField(label=_("Language of our e-mails to you"))
    interpretation = forms.ChoiceField(
        label=_("Do you need interpretation or language help?"), required=False
    )
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs"),
        help_text=_("For example a sign language interpreter, step-free access, captions."),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = forms.BooleanField()

    last_fields = consent_fields = ("consent",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = CONSENT_TEXT % {"days": RETENTION_DAYS}
        self.fields["email_language"].choices = language_choices(
            [code for code, _name in settings.LANGUAGES]
        )
        if self.page is not None and not self.page.interpretation_available:
            del self.fields["interpretation"]
        else:
            self.fields["interpretation"].choices = [
                ("", _("No, thank you")),
                *language_choices(INTERPRETATION_LANGUAGES),
            ]


class RsvpFormBuilder(PublicFormBuilder):
    base_form_class = RsvpBaseForm


class EventPageForm(LocalTimePageForm, PublicFormPageForm):
    """The event's admin form: times entered in the event's own zone."""

    local_datetime_fields = ("start", "end", "registration_opens_at", "registration_closes_at")
