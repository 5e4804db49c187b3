"""Joining the coalition: the start-up connects the publish of a new member's directory page."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembershipConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "membership"
    verbose_name = _("Membership")

    def ready(self):
        from wagtail.signals import page_published

        from .applications import member_page_published

        page_published.connect(member_page_published, dispatch_uid="membership.page_published")
