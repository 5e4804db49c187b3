"""Bad requests answered as such: oversized ones refused before Django reads them (without
this, a 200 MB body would be spooled to disk or held in memory by the upload handlers before any
form could say the photo is too large), and ones missing a field a view expects.
"""

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.datastructures import MultiValueDictKeyError


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


class MissingFieldMiddleware:
    """A request without a field a view reads with `request.POST[...]` or `request.FILES[...]`
    (a hand-made or truncated request: Wagtail's preview, wagtail-localize's PO upload) is the
    sender's mistake: 400, not a server error that pages the maintainers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, MultiValueDictKeyError):
            return HttpResponseBadRequest()
        return None
