"""The shared admin features of page apps: closing a form in every language at once, and who
sees the submissions of a form (only with the permission to view that kind of submission)."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.contrib.forms.models import FormMixin

from .bases import SharedListFormMixin, view_permission
from .views import close_form


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("forms/<int:page_id>/close/", close_form, name="komm_close_form"),
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
