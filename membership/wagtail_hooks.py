"""The membership app's admin (the applications) and extension points (its personal data, its
e-mail outbox and the staff's permissions on the applications)."""

from wagtail import hooks

from core.outbox import register_outbox
from core.personal_data import register_provider
from workflow.roles import register_permissions

from . import emails, personal_data
from .admin_views import ApplicationViewSet

register_provider(personal_data)
register_outbox(emails)
# Deciding on an application (accept, decline) needs seeing it too.
register_permissions(
    staff=["membership.view_membershipapplication", "membership.change_membershipapplication"]
)


@hooks.register("register_admin_viewset")
def register_applications():
    return ApplicationViewSet("membership_application")
