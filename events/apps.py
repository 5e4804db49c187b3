"""The events app's start-up: a publish follows the source's capacity, a deleted registration
frees its place."""

from django.apps import AppConfig


def follow_capacity(sender, instance, **kwargs):
    from .models import EventPage
    from .registrations import sync_capacity

    if isinstance(instance.specific, EventPage):
        sync_capacity(instance.specific.with_locked_fields_from_source())


class EventsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "events"

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail.signals import page_published

        from .models import Registration
        from .registrations import free_place

        page_published.connect(follow_capacity, dispatch_uid="events.follow_capacity")
        post_delete.connect(free_place, sender=Registration, dispatch_uid="events.free_place")
