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
        from wagtail.signals import page_published

        from .cache import connect as connect_cache
        from .spreadsheets import protect_csv_exports
        from .sync import follow_source

        protect_csv_exports()
        post_migrate.connect(create_locales, sender=self)
        page_published.connect(follow_source, dispatch_uid="home.follow_source")
        connect_cache()
