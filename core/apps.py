"""The core app's start-up: the cache's signal receivers, the URL converters and the
spreadsheet guard."""

from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What the site runs on, whatever its pages: caching, the public forms' guards (origin,
    rate limits, uploads), e-mail outboxes, personal data, error pages and backups."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "core"

    def ready(self):
        from .cache import connect as connect_cache
        from .converters import register as register_converters
        from .spreadsheets import protect_csv_exports

        register_converters()
        protect_csv_exports()
        connect_cache()
