"""The events app in the admin: the registrations' actions (cancel, answer language help,
tell participants), its outbox, personal data and calendar feed registered with core, and the
staff's permissions on the registrations with workflow."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.outbox import register_outbox
from core.personal_data import register_provider
from core.subscribe import ICALENDAR, register_link
from workflow.roles import register_permissions

from . import emails, personal_data
from .admin_views import (
    NOTIFY_PERMISSION,
    answer_help_view,
    cancel_registrations,
    tell_participants_view,
)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "events/<int:page_id>/registrations/cancel/",
            cancel_registrations,
            name="events_cancel_registrations",
        ),
        path(
            "events/<int:page_id>/registrations/<int:registration_id>/help/",
            answer_help_view,
            name="events_answer_help",
        ),
        path(
            "events/<int:page_id>/summary/tell-participants/",
            tell_participants_view,
            name="events_tell_participants",
        ),
    ]


register_provider(personal_data)
register_outbox(emails)
register_permissions(staff=["events.view_registration"], editors=[NOTIFY_PERMISSION])
# Listed after the other apps' feeds.
register_link(
    "calendar_feed",
    _("Events calendar (iCalendar)"),
    ICALENDAR,
    _("KOMM Hub: events calendar"),
    order=1,
)
