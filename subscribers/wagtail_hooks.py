"""The subscribers app's admin list and extension points (its personal data and its outbox)."""

from wagtail import hooks

from core.outbox import register_outbox
from core.personal_data import register_provider

from . import emails, personal_data
from .admin_views import SubscriberViewSet

register_provider(personal_data)
register_outbox(emails)


@hooks.register("register_admin_viewset")
def register_subscribers():
    return SubscriberViewSet("subscribers")
