"""Error pages that render without the database, since the database may be what failed."""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template.loader import render_to_string
from django.utils import translation

RETRY_AFTER_SECONDS = 30


def server_error(request):
    """A lost database connection is temporary: say so with 503, so that visitors and proxies
    retry, instead of a generic 500. Persistent connections are health-checked, so the site
    recovers by itself once the database is back."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    _type, error, _traceback = sys.exc_info()
    with translation.override(language):
        if isinstance(error, OperationalError | InterfaceError):
            response = HttpResponse(render_to_string("503.html"), status=503)
            response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        else:
            response = HttpResponseServerError(render_to_string("500.html"))
    response["Cache-Control"] = "no-store"
    return response
