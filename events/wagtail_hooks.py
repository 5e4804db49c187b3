from django.urls import path
from wagtail import hooks

from core.outbox import register_outbox
from core.personal_data import register_provider

from . import emails, personal_data
from .admin_views import cancel_registrations


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "events/<int:page_id>/registrations/cancel/",
            cancel_registrations,
            name="events_cancel_registrations",
        )
    ]


register_provider(personal_data)
register_outbox(emails)
