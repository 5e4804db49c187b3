"""The home app's start-up: every configured language exists as a Wagtail locale."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate


def create_locales(**kwargs):
    """Adding a language to KOMM_LANGUAGES and migrating is enough to make it a content language."""
    from django.conf import settings
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"

    def ready(self):
        post_migrate.connect(create_locales, sender=self)
