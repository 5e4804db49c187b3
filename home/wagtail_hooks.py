from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.contrib.forms.models import FormMixin

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
