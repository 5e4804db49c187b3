"""Forms the apps build on: times entered in a page's own time zone, the public forms' shared
base (field order, honeypot, plain text, consents) and the admin guard on editors' questions."""

import unicodedata
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.contrib.forms.forms import BaseForm, FormBuilder, WagtailAdminFormPageForm


class LocalTimePageForm(WagtailAdminPageForm):
    """Editors type times as printed on the invitation, in the page's own time zone.

    Without this, the admin would read them in the editor's time zone, and a meeting in Kyiv
    entered from Warsaw would move by an hour.
    """

    time_zone_field = "time_zone"
    local_datetime_fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = self._zone(getattr(self.instance, self.time_zone_field, None))
        for name in self.local_datetime_fields:
            value = self.initial.get(name)
            if value and timezone.is_aware(value):
                self.initial[name] = timezone.localtime(value, zone).replace(tzinfo=None)

    def clean(self):
        cleaned_data = super().clean()
        zone = self._zone(cleaned_data.get(self.time_zone_field))
        for name in self.local_datetime_fields:
            value = cleaned_data.get(name)
            if value:
                cleaned_data[name] = timezone.make_aware(timezone.make_naive(value), zone)
        return cleaned_data

    @staticmethod
    def _zone(name):
        try:
            return ZoneInfo(name) if name else timezone.get_default_timezone()
        except (ZoneInfoNotFoundError, ValueError):
            return timezone.get_default_timezone()


class HoneypotFormMixin(forms.Form):
    """A field people never see (hidden by CSS, skipped by keyboard); bots fill it in."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get("website"))


class ControlCharacterValidator:
    """Public text ends up in e-mail subjects (no line breaks allowed), RSS feeds and sitemaps
    (XML 1.0 refuses control characters) and spreadsheet exports; browsers never send such
    characters from a text box, so refusing them costs people nothing. NUL is left to Django's
    own validator on every CharField, so that it is not reported twice."""

    def __init__(self, multiline=False):
        self.allowed = {"\x00", "\t", "\n", "\r"} if multiline else {"\x00", "\t"}
        self.message = (
            _("Please remove invisible control characters.")
            if multiline
            else _("Please remove line breaks and invisible control characters.")
        )

    def __call__(self, value):
        if any(unicodedata.category(char) == "Cc" and char not in self.allowed for char in value):
            raise ValidationError(self.message, code="control_characters")


class DeliverableEmailValidator:
    """Django accepts any character above U+00A0 in an address's domain, but mail can only
    carry a domain that converts to its ASCII form (IDNA): a line separator (U+2028) passed the
    form and then failed every e-mail to the person. Invisible characters (zero-width spaces,
    soft hyphens) would be dropped on the way and leave a stored address that is not the one
    mail goes to, so they are refused too."""

    message = _(
        "Please check the e-mail address: it contains a character that e-mail cannot carry."
    )

    def __call__(self, value):
        domain = value.rpartition("@")[2]
        if any(unicodedata.category(char)[0] in "CZ" for char in value):
            raise ValidationError(self.message, code="undeliverable")
        try:
            domain.encode("idna")
        except UnicodeError as error:
            raise ValidationError(self.message, code="undeliverable") from error


class PlainTextFormMixin(forms.Form):
    """Every text field of a public form refuses control characters; line breaks only where the
    field has several lines (a Textarea). Added to the editor's own questions as well, with
    e-mail addresses that mail can carry."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if isinstance(field, forms.EmailField):
                field.validators.append(DeliverableEmailValidator())
            if isinstance(field, forms.CharField) and name not in HoneypotFormMixin.base_fields:
                multiline = isinstance(field.widget, forms.Textarea)
                field.validators.append(ControlCharacterValidator(multiline=multiline))


class PublicBaseForm(PlainTextFormMixin, HoneypotFormMixin, BaseForm):
    """The questions a public form always asks (a registration, a story, an application, a
    partner request); its page's `PublicFormBuilder` adds the editor's own questions. Those
    come after the standard questions and before `last_fields` (the consents close the form)
    and the honeypot. Only their answers are the submission's form_data: the standard ones have
    columns of their own. We write to people in the page's language unless they choose
    another one (`email_language`, on the forms that ask it)."""

    # Standard fields that come after the editor's questions, in this order.
    last_fields = ()
    # The fields whose labels are what the person agreed to, kept with the submission.
    consent_fields = ()
    # The standard fields in their order: PublicFormBuilder sets them on the class it makes
    # with the editor's questions; a form without questions has no other fields.
    standard_fields = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.standard_fields = self.standard_fields or tuple(self.base_fields)
        if self.page is not None and "email_language" in self.fields:
            self.fields["email_language"].initial = self.page.locale.language_code
        last = [*self.last_fields, "website"]
        standard = [name for name in self.standard_fields if name not in last]
        questions = [name for name in self.fields if name not in self.standard_fields]
        self.order_fields([*standard, *questions, *last])

    def answers(self):
        """The answers to the editor's questions, keyed by their clean names."""
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in self.standard_fields
        }

    def consent_text(self):
        """What the person agreed to, worded as the form showed it to them."""
        return "\n".join(str(self.fields[name].label) for name in self.consent_fields)


class PublicFormBuilder(FormBuilder):
    """Makes a page's public form: `base_form_class` (a PublicBaseForm) with the editor's
    questions, named after it ("StoryBaseForm" gives "StoryForm"). A question named like a
    standard field is left off: the admin refuses one (PublicFormPageForm), but one stored
    another way would take that field's place, and a "Website" question would replace the
    hidden honeypot and turn every real submission away."""

    base_form_class = None

    def get_form_class(self):
        base = self.base_form_class
        name = base.__name__.removesuffix("BaseForm") + "Form"
        questions = {
            key: field for key, field in self.formfields.items() if key not in base.base_fields
        }
        form_class = type(name, (base,), questions)
        # Set once the class is made: a question may have any name, even this one.
        form_class.standard_fields = tuple(base.base_fields)
        return form_class


class PublicFormPageForm(WagtailAdminFormPageForm):
    """The admin form of a page that carries a public form (registration, stories): an
    editor's own question must not take the name of a field the form always has. Its stored
    key would shadow that field; a story question named "Website" became the hidden honeypot
    field and turned every real submission away as spam."""

    def clean(self):
        cleaned_data = super().clean()
        standard = self.instance.form_builder([]).get_form_class().base_fields
        formset = self.formsets.get("form_fields")
        for form in formset.forms if formset else []:
            if not form.is_valid() or form.cleaned_data.get("DELETE"):
                continue
            name = form.instance.clean_name or form.instance.get_field_clean_name()
            if name in standard:
                form.add_error(
                    "label",
                    _("“%(label)s” is asked on this form already.")
                    % {"label": form.cleaned_data.get("label")},
                )
        return cleaned_data
