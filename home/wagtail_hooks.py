from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.urls import path, re_path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.contrib.forms.models import FormMixin

from .bases import SharedListFormMixin, view_permission
from .localize import (
    SourceRevisionsCompareView,
    SubmitPageTranslationInOwnLanguagesView,
    UpdateTranslationsInOwnLanguagesView,
    convert_to_alias,
    stop_translation,
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


@hooks.register("construct_page_action_menu")
def no_alias_conversion(menu_items, request, context):
    """The "Convert to alias page" action is refused to everyone (see localize.convert_to_alias)."""
    menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


@hooks.register("filter_form_submissions_for_user")
def submissions_only_with_the_permission(user, editable_forms):
    """Registrations and story senders are personal data: only people whose group was given the
    permission to view that kind of submission see them (Editors, Moderators, admins), never
    because they may edit the page. The list is one for all language versions."""
    allowed = [
        model
        for model in apps.get_models()
        if issubclass(model, SharedListFormMixin)
        and model.submission_model
        and user.has_perm(view_permission(model.submission_model))
    ]
    return editable_forms.filter(
        content_type__in=ContentType.objects.get_for_models(*allowed).values()
    )
