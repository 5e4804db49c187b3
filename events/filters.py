"""Filters of the event list (month, format, voivodeship), read from the query string so that
every filtered list has its own address."""

import re
from datetime import MAXYEAR, MINYEAR, datetime
from zoneinfo import ZoneInfo

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from directory.filters import voivodeship_field
from home.filters import ListingFilterForm

from .choices import Mode

MONTH_ZONE = ZoneInfo("Europe/Warsaw")
MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")


def month_start(value):
    """The first moment of a `YYYY-MM` month in Warsaw, or None if the value is not a month."""
    match = MONTH.fullmatch(value or "")
    if not match:
        return None
    year, month = int(match[1]), int(match[2])
    if not (MINYEAR < year < MAXYEAR and 1 <= month <= 12):
        return None
    return datetime(year, month, 1, tzinfo=MONTH_ZONE)


class MonthField(forms.ChoiceField):
    """Any well-formed month is valid, even one without events (the list is then empty);
    the choices offered are the months that have events."""

    def valid_value(self, value):
        return month_start(value) is not None


class EventFilterForm(ListingFilterForm):
    """An event belongs to the month of its start in Europe/Warsaw, not in its own time zone:
    the site's calendar is Polish, and so the filter stays one indexed range query."""

    mode = forms.ChoiceField(
        label=_("Format"), required=False, choices=[("", _("Any format")), *Mode.choices]
    )
    voivodeship = voivodeship_field()
    month = MonthField(label=_("Month"), required=False)

    def __init__(self, data, events, newest_first=False, **kwargs):
        self.newest_first = newest_first
        super().__init__(data, events, **kwargs)

    def set_choices(self, events):
        order = "DESC" if self.newest_first else "ASC"
        months = [
            month.astimezone(MONTH_ZONE).date()
            for month in events.datetimes("start", "month", order=order, tzinfo=MONTH_ZONE)
        ]
        choices = [(f"{month:%Y-%m}", date_format(month, "YEAR_MONTH_FORMAT")) for month in months]
        chosen = self.data.get("month")
        if month_start(chosen) and chosen not in dict(choices):
            choices.append((chosen, date_format(month_start(chosen), "YEAR_MONTH_FORMAT")))
        self.fields["month"].choices = [("", _("All months")), *choices]

    def filter_month(self, events, value):
        start = month_start(value)
        following = start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)
        return events.filter(start__gte=start, start__lt=following)
