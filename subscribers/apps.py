"""Subscribers: people who asked for invitations, grant calls or stories by e-mail."""

from django.apps import AppConfig


class SubscribersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "subscribers"
    verbose_name = "Subscribers"
