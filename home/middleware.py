"""Refuse oversized requests before Django reads them.

Without this, a 200 MB body would be spooled to disk (or held in memory) by the upload handlers
before any form could say the photo is too large.
"""

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation


class RequestSizeLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.KOMM_MAX_REQUEST_BYTES:
            return too_large(request)
        return self.get_response(request)


def too_large(request):
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        body = render_to_string("413.html")
    return HttpResponse(body, status=413)
