"""The events app's models: the event page in `pages` (with what calendars and search engines
learn in `metadata` and the meeting's summary after it in `summary`), the index in `index`,
bookings in `bookings`. `meeting_language_choices` is named here for the first migration."""

from ..choices import meeting_language_choices
from .bookings import (
    EmailDelivery,
    Registration,
    RegistrationQuerySet,
    RsvpFormField,
    SeatCounter,
)
from .index import EventIndexPage
from .pages import (
    EventPage,
    EventPageQuerySet,
)

__all__ = [
    "EmailDelivery",
    "EventIndexPage",
    "EventPage",
    "EventPageQuerySet",
    "Registration",
    "RegistrationQuerySet",
    "RsvpFormField",
    "SeatCounter",
    "meeting_language_choices",
]
