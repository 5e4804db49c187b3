from django.urls import path
from wagtail import hooks

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


@hooks.register("register_personal_data")
def personal_data():
    from . import personal_data

    return personal_data


@hooks.register("register_email_outbox")
def email_outbox():
    from . import emails

    return emails
