from django.urls import path
from wagtail import hooks
from wagtail.models import Locale, Page

from .admin_views import cancel_registrations


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "events/<int:page_id>/registrations/cancel/",
            cancel_registrations,
            name="events_cancel_registrations",
        )
    ]


@hooks.register("filter_form_submissions_for_user")
def submissions_only_for_editors_of_the_source(user, editable_forms):
    """Registrations are personal data of one list shared by all language versions: only people
    who may edit the source page see them, not translators of one language."""
    editable_sources = Page.objects.filter(pk__in=editable_forms, locale=Locale.get_default())
    return editable_forms.filter(translation_key__in=editable_sources.values("translation_key"))
