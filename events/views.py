from django.http import Http404
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from .emails import event_in_language, registration_for_token
from .registrations import cancel


@never_cache
@require_http_methods(["GET", "POST"])
def cancel_registration(request, token):
    """GET asks for confirmation (mail scanners follow links); POST cancels, once."""
    registration = registration_for_token(token)
    if registration is None:
        raise Http404("Unknown cancellation link")
    event = event_in_language(registration.event_key, request.LANGUAGE_CODE)
    cancelled_now = False
    if request.method == "POST":
        cancelled_now = cancel(registration.pk)
        registration.refresh_from_db()
    return TemplateResponse(
        request,
        "events/cancel_registration.html",
        {"registration": registration, "event": event, "cancelled_now": cancelled_now},
    )
