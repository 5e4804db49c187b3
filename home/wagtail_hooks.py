from django.urls import path, re_path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.contrib.forms.models import FormMixin

from .localize import (
    SourceRevisionsCompareView,
    SubmitPageTranslationInOwnLanguagesView,
    UpdateTranslationsInOwnLanguagesView,
)
from .views import close_form, languages_for, translation_dashboard


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("translation-status/", translation_dashboard, name="komm_translation_status"),
        path("forms/<int:page_id>/close/", close_form, name="komm_close_form"),
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
        re_path(
            r"^localize/compare/(?P<pk>\d+)/(?P<revision_id_a>live|earliest|\d+)\.\.\."
            r"(?P<revision_id_b>live|latest|\d+)/$",
            SourceRevisionsCompareView.as_view(),
            name="komm_source_revisions_compare",
        ),
    ]


@hooks.register("register_page_header_buttons")
def close_form_button(page, user, view_name, next_url=None):
    specific = page.specific
    if (
        isinstance(specific, FormMixin)
        and page.live
        and specific.permissions_for_user(user).can_unpublish()
    ):
        yield Button(
            _("Close the form in every language"),
            reverse("komm_close_form", args=[page.pk]),
            icon_name="cross",
            priority=61,
        )


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(languages_for(request.user))


@hooks.register("register_admin_menu_item")
def translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("komm_translation_status"), icon_name="globe", order=250
    )
