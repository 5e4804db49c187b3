"""Partner requests for grant calls: the start-up connects the moderators' decisions to the
requesters' e-mails."""

from django.apps import AppConfig


class PartnershipsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "partnerships"
    verbose_name = "Partnerships"

    def ready(self):
        from wagtail.signals import page_published, workflow_rejected

        from .requests import request_published, request_rejected

        page_published.connect(request_published, dispatch_uid="partnerships.published")
        workflow_rejected.connect(request_rejected, dispatch_uid="partnerships.rejected")
