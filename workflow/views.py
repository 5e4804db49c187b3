"""The translation dashboard: per language, what is missing, out of date or waiting."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import get_language_info
from wagtail.models import Site

from .status import translation_status


def languages_for(user):
    """Editors see every language; a translator the languages whose tree their group works in."""
    site = Site.objects.filter(is_default_site=True).first()
    homes = {
        page.locale.language_code: page
        for page in site.root_page.get_translations(inclusive=True).select_related("locale")
    }
    return [
        code
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if code in homes and homes[code].permissions_for_user(user).has_edit_rights()
    ]


def translation_dashboard(request):
    languages = languages_for(request.user)
    if not languages:
        raise PermissionDenied
    sections = [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "rows": translation_status(code),
        }
        for code in languages
    ]
    return TemplateResponse(request, "workflow/translation_dashboard.html", {"sections": sections})
