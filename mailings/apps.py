"""Pages sent to subscribers: invitations, grant calls, member stories."""

from django.apps import AppConfig


class MailingsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "mailings"
    verbose_name = "Mailings"
