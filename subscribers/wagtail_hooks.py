"""The subscribers app's admin list and extension points (its personal data, its outbox, the
staff's permission to see the list, and the link to subscribe)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.outbox import register_outbox
from core.personal_data import register_provider
from core.subscribe import register_link
from workflow.roles import register_permissions

from . import emails, personal_data
from .admin_views import SubscriberViewSet

register_provider(personal_data)
register_outbox(emails)
register_permissions(staff=["subscribers.view_subscriber"])
# Listed before the feeds.
register_link("subscribers_subscribe", _("E-mail updates"), order=-1)


@hooks.register("register_admin_viewset")
def register_subscribers():
    return SubscriberViewSet("subscribers")
