from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


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
