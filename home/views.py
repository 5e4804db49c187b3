from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import get_language_info
from wagtail.models import Site

from .translation_status import translation_status


def languages_for(user):
    """Editors see every language; a translator sees the languages whose tree they may edit."""
    site = Site.objects.filter(is_default_site=True).first()
    homes = {
        page.locale.language_code: page
        for page in site.root_page.get_translations(inclusive=True).select_related("locale")
    }
    return [
        code
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if code in homes and homes[code].permissions_for_user(user).can_edit()
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
    return TemplateResponse(
        request, "home/admin/translation_dashboard.html", {"sections": sections}
    )
