"""The mailings app's admin view, its button on the pages it can send, its outbox, and who may
send (Editors)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from core.outbox import register_outbox
from subscribers.models import Topic
from workflow.roles import register_permissions

from . import emails
from .admin_views import PERMISSION, send_view

register_outbox(emails)
# Only Editors write to the subscribers.
register_permissions(editors=[PERMISSION])


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("mailings/page/<int:page_id>/", send_view, name="mailings_send")]


class SendToSubscribersButton(PageMenuItem):
    label = _("Send to subscribers")
    icon_name = "mail"
    url_name = "mailings_send"

    def is_shown(self, user):
        return user.has_perm(PERMISSION)


def send_buttons(page):
    """ "Send the invitation" on an event, "Send to subscribers" on a grant call or a story."""
    model = type(page.specific_deferred)
    if model in emails.MAILABLE:
        invitation = emails.MAILABLE[model][0] == Topic.INVITATIONS
        label = _("Send the invitation") if invitation else None
        yield SendToSubscribersButton(label=label, page=page, priority=45)


@hooks.register("register_page_header_buttons")
def send_button(page, user, view_name, next_url=None):
    yield from send_buttons(page)


@hooks.register("register_page_listing_more_buttons")
def send_listing_button(page, user, next_url=None):
    yield from send_buttons(page)
