"""Cross-site request forgery protection for the public forms without a per-visitor token.

A page that embeds Django's CSRF token is one visitor's page, and no shared cache may keep it;
the event page a whole invitation list opens at once would then be built for every visitor.
The public forms (registration, stories) are anonymous, so instead of the token a POST to a
page must come from the site itself, as browsers say in their own headers: `Sec-Fetch-Site`
(same-origin) where they send it, else `Origin`, else the `Referer`'s host. A request with none
of them is not a browser's cross-site form (browsers send `Origin` with every cross-site POST),
and is let through to the form's own checks and limits. The admin keeps Django's token.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt
from wagtail import views


def same_origin(request):
    fetch_site = request.META.get("HTTP_SEC_FETCH_SITE")
    if fetch_site:
        return fetch_site in ("same-origin", "none")
    origin = request.META.get("HTTP_ORIGIN")
    if origin is not None:
        own = f"{request.scheme}://{request.get_host()}"
        return origin == own or origin in settings.CSRF_TRUSTED_ORIGINS
    referer = request.META.get("HTTP_REFERER")
    if referer:
        return urlsplit(referer).netloc == request.get_host()
    return True


def refuse_cross_site(request):
    return TemplateResponse(request, "403_cross_site.html", status=403)


@csrf_exempt
def serve(request, path):
    """Wagtail's page view, with a cross-site POST refused by its headers, not by a token."""
    if request.method not in ("GET", "HEAD") and not same_origin(request):
        return refuse_cross_site(request)
    return views.serve(request, path)
