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

        from .spreadsheets import protect_csv_exports
        from .sync import follow_source

        protect_csv_exports()
        post_migrate.connect(create_locales, sender=self)
        page_published.connect(follow_source, dispatch_uid="home.follow_source")
        self.connect_page_cache()

    def connect_page_cache(self):
        from django.conf import settings
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .cache import invalidate, invalidate_on_delete, invalidate_on_publish, purge_listings
        from .models import CustomImage

        page_published.connect(invalidate_on_publish, dispatch_uid="home.page_cache.publish")
        for signal in (page_unpublished, post_page_move):
            signal.connect(invalidate, dispatch_uid=f"home.page_cache.{id(signal)}")
        post_delete.connect(invalidate_on_delete, dispatch_uid="home.page_cache.delete")
        # Images, privacy settings and sites change what a URL shows without publishing
        # anything: saved or deleted.
        for model in (CustomImage, PageViewRestriction, Site):
            post_save.connect(invalidate, sender=model, dispatch_uid=f"home.page_cache.{model}")
        for model in (CustomImage, PageViewRestriction, Site):
            post_delete.connect(
                invalidate, sender=model, dispatch_uid=f"home.page_cache.delete.{model}"
            )
        if getattr(settings, "WAGTAILFRONTENDCACHE", None):
            for signal in (page_published, page_unpublished, post_page_move):
                signal.connect(purge_listings, dispatch_uid=f"home.cdn_purge.{id(signal)}")
