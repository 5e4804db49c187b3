"""The translation workflow in the admin: the translation dashboard, and wagtail-localize's
views replaced by ones that keep translators within their own languages (workflow.localize).
These URLs shadow wagtail-localize's at the same addresses: this app comes before
wagtail_localize in INSTALLED_APPS, so its hooks are registered first."""

from django.urls import path, re_path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .localize import (
    SourceRevisionsCompareView,
    SubmitPageTranslationInOwnLanguagesView,
    UpdateTranslationsInOwnLanguagesView,
    convert_to_alias,
    stop_translation,
)
from .views import languages_for, translation_dashboard


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("translation-status/", translation_dashboard, name="komm_translation_status"),
        # Shadows wagtail-localize's view at the same address (our hooks are registered first).
        path(
            "localize/submit/page/<int:page_id>/",
            SubmitPageTranslationInOwnLanguagesView.as_view(),
            name="komm_submit_page_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            UpdateTranslationsInOwnLanguagesView.as_view(),
            name="komm_update_translations",
        ),
        path(
            "localize/translate/<int:translation_id>/disable/",
            stop_translation,
            name="komm_stop_translation",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            convert_to_alias,
            name="komm_convert_to_alias",
        ),
        re_path(
            r"^localize/compare/(?P<pk>\d+)/(?P<revision_id_a>live|earliest|\d+)\.\.\."
            r"(?P<revision_id_b>live|latest|\d+)/$",
            SourceRevisionsCompareView.as_view(),
            name="komm_source_revisions_compare",
        ),
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(languages_for(request.user))


@hooks.register("register_admin_menu_item")
def translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("komm_translation_status"), icon_name="globe", order=250
    )


@hooks.register("construct_page_action_menu")
def no_alias_conversion(menu_items, request, context):
    """The "Convert to alias page" action is refused to everyone (see localize.convert_to_alias)."""
    menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]
