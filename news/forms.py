"""The story submission form: what every story needs (title, text, photo with its credit, the
sender's contact and two consents), then the editors' own questions."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.uploads import ACCEPT, clean_photo
from directory.choices import VoivodeshipCode
from home.forms import PublicBaseForm, PublicFormBuilder

PUBLISH_CONSENT = _(
    "I agree that the KOMM coalition publishes this story, with the photo and its credit, on its "
    "website in several languages, and may shorten or correct it."
)
DATA_CONSENT = _(
    "I agree that the KOMM coalition keeps my name and e-mail address to contact me about this "
    "story. They are not published."
)


class StoryBaseForm(PublicBaseForm):
    """What every story needs; the editor's own questions come after these."""

    title = forms.CharField(label=_("Title of your story"), max_length=200)
    summary = forms.CharField(
        label=_("Summary"),
        help_text=_("One or two sentences shown in the list of stories."),
        max_length=400,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    story = forms.CharField(
        label=_("Your story"),
        help_text=_("Plain text. Leave an empty line between paragraphs."),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 10}),
    )
    organisation = forms.CharField(label=_("Organisation or group"), max_length=255)
    voivodeship = forms.ChoiceField(
        label=_("Voivodeship"),
        choices=[("", _("Whole country / not applicable")), *VoivodeshipCode.choices],
        required=False,
    )
    photo = forms.FileField(
        label=_("Photo (optional)"),
        help_text=_("JPEG, PNG or WebP, up to 10 MB."),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )
    photo_credit = forms.CharField(
        label=_("Photo credit"),
        help_text=_("Who took the photo? Required with a photo."),
        max_length=255,
        required=False,
    )
    contact_name = forms.CharField(label=_("Your name"), max_length=200)
    contact_email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("Not published. We write to you about the story."),
    )
    consent_publish = forms.BooleanField()
    consent_data = forms.BooleanField()

    last_fields = consent_fields = ("consent_publish", "consent_data")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent_publish"].label = PUBLISH_CONSENT
        self.fields["consent_data"].label = DATA_CONSENT

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        return clean_photo(upload) if upload else None

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("photo") and not cleaned_data.get("photo_credit"):
            self.add_error("photo_credit", _("Please say who took the photo."))
        return cleaned_data


class StoryFormBuilder(PublicFormBuilder):
    base_form_class = StoryBaseForm
