"""The read-only public API at /api/v2/: live public pages, and the images and documents that
anyone may see. Photos sent by members and files in restricted collections stay out, and so do
private pages, whoever asks: a logged-in browser must not turn the public API into a private one."""

import unicodedata

from django.http import JsonResponse
from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Collection, CollectionViewRestriction

from home.search import clean_query, search_terms
from news.submissions import SUBMISSIONS_COLLECTION


def hidden_collections(*names):
    """Collections with any view restriction plus the named ones, with their descendants."""
    roots = Collection.objects.filter(name__in=names) | Collection.objects.filter(
        pk__in=CollectionViewRestriction.objects.values("collection")
    )
    hidden = Collection.objects.none()
    for root in roots:
        hidden |= Collection.objects.filter(path__startswith=root.path)
    return hidden.values("pk")


class PublicAPIMixin:
    """Resolve API requests against the API's own URLconf. Under the site's URLconf, Django's
    LocaleMiddleware answers a 404 by redirecting to /pl/api/..., since Wagtail's catch-all
    route under each language prefix matches any path; a client would get an HTML page instead
    of the API's JSON 404.

    Wagtail passes query parameters on to the search backend and the database as they are,
    and some values make a server error there: the search text is cleaned as the site's search
    cleans it (PostgreSQL refuses a NUL, SQLite's full-text search a stray quote), and any other
    value with a control character, a number beyond 64 bits or a search operator other than
    "and" or "or" is answered 400, the API's answer to a bad query."""

    def dispatch(self, request, *args, **kwargs):
        request.urlconf = __name__
        params = request.GET.copy()
        if "search" in params:
            params["search"] = search_terms(clean_query(params["search"]))
        problem = next(
            (
                f"bad value for '{name}'"
                for name, values in params.lists()
                for value in values
                if name != "search" and not acceptable(name, value)
            ),
            None,
        )
        if problem:
            return JsonResponse({"message": problem}, status=400)
        request.GET = params
        return super().dispatch(request, *args, **kwargs)


def acceptable(name, value):
    if any(unicodedata.category(char) == "Cc" for char in value):
        return False
    if name == "search_operator":
        return value in ("and", "or")
    digits = value.lstrip("-")
    return not (digits.isdecimal() and abs(int(digits)) >= 2**63)


class PublicPagesAPIViewSet(PublicAPIMixin, PagesAPIViewSet):
    def get_base_queryset(self):
        return super().get_base_queryset().public()


class PublicImagesAPIViewSet(PublicAPIMixin, ImagesAPIViewSet):
    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .exclude(collection__in=hidden_collections(SUBMISSIONS_COLLECTION))
        )


class PublicDocumentsAPIViewSet(PublicAPIMixin, DocumentsAPIViewSet):
    def get_queryset(self):
        return super().get_queryset().exclude(collection__in=hidden_collections())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)

urlpatterns = [path("api/v2/", api_router.urls)]
