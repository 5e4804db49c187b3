"""Admin views shared by the form pages: closing a form in every language at once."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import ngettext
from wagtail.contrib.forms.models import FormMixin
from wagtail.models import Page


def closable_versions(page, user):
    """The live language versions of a form page this user may unpublish, or PermissionDenied."""
    if not isinstance(page, FormMixin):
        raise PermissionDenied
    versions = [version.specific for version in page.get_translations(inclusive=True).live()]
    if not versions or not all(v.permissions_for_user(user).can_unpublish() for v in versions):
        raise PermissionDenied
    return versions


def close_form(request, page_id):
    """Kill switch for a spam wave: unpublish a form page in every language at once."""
    page = get_object_or_404(Page, pk=page_id).specific
    versions = closable_versions(page, request.user)
    if request.method == "POST":
        for version in versions:
            version.unpublish(user=request.user)
        messages.success(
            request,
            ngettext(
                "The form is closed: %(count)d page unpublished.",
                "The form is closed: %(count)d pages unpublished.",
                len(versions),
            )
            % {"count": len(versions)},
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return TemplateResponse(
        request, "home/admin/close_form.html", {"page": page, "versions": versions}
    )
