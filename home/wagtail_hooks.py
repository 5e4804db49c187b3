from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import languages_for, translation_dashboard


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("translation-status/", translation_dashboard, name="komm_translation_status")]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(languages_for(request.user))


@hooks.register("register_admin_menu_item")
def translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("komm_translation_status"), icon_name="globe", order=250
    )
