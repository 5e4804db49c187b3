"""Partner requests for grant calls: the start-up connects the moderators' decisions to the
requesters' e-mails."""

from django.apps import AppConfig


class PartnershipsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "partnerships"
    verbose_name = "Partnerships"

    def ready(self):
        from .models import PartnerRequestSubmission

        PartnerRequestSubmission.follow_review()
