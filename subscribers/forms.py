"""The subscription form and the preferences form behind a subscriber's signed link."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.forms import HoneypotFormMixin, PlainTextFormMixin

from .models import Topic

CONSENT = _(
    "I agree that the KOMM coalition keeps my e-mail address, name and choices to send me the "
    "e-mails I chose. I can unsubscribe with one click in every e-mail."
)


class PreferencesForm(PlainTextFormMixin, forms.Form):
    name = forms.CharField(label=_("Your name (optional)"), max_length=200, required=False)
    language = forms.ChoiceField(
        label=_("Language in which we write to you"),
        choices=settings.LANGUAGES,
        widget=forms.RadioSelect,
    )
    topics = forms.MultipleChoiceField(
        label=_("What would you like to receive?"),
        choices=Topic.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one kind of e-mail.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = get_language()
        self.fields["topics"].initial = Topic.values


class SubscribeForm(HoneypotFormMixin, PreferencesForm):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    consent = forms.BooleanField(label=CONSENT)

    field_order = ["email", "name", "language", "topics", "consent"]
