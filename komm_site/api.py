"""The read-only public API at /api/v2/: live public pages, and the images and documents that
anyone may see. Photos sent by members and files in restricted collections stay out, and so do
private pages, whoever asks: a logged-in browser must not turn the public API into a private one."""

from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Collection, CollectionViewRestriction

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


class OwnUrlconfMixin:
    """Resolve API requests against the API's own URLconf. Under the site's URLconf, Django's
    LocaleMiddleware answers a 404 by redirecting to /pl/api/..., since Wagtail's catch-all
    route under each language prefix matches any path; a client would get an HTML page instead
    of the API's JSON 404."""

    def dispatch(self, request, *args, **kwargs):
        request.urlconf = __name__
        return super().dispatch(request, *args, **kwargs)


class PublicPagesAPIViewSet(OwnUrlconfMixin, PagesAPIViewSet):
    def get_base_queryset(self):
        return super().get_base_queryset().public()


class PublicImagesAPIViewSet(OwnUrlconfMixin, ImagesAPIViewSet):
    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .exclude(collection__in=hidden_collections(SUBMISSIONS_COLLECTION))
        )


class PublicDocumentsAPIViewSet(OwnUrlconfMixin, DocumentsAPIViewSet):
    def get_queryset(self):
        return super().get_queryset().exclude(collection__in=hidden_collections())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)

urlpatterns = [path("api/v2/", api_router.urls)]
