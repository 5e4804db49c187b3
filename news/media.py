"""Uploads served by the site itself (KOMM_SERVE_MEDIA, and development): a photo sent with a
member's story, and every size made of it, stays private while the story waits for the
moderators or was declined. The moderators (who may see story senders) still see it in the
admin. On S3 the photo's unguessable name (core.uploads) is what keeps it out of reach. Only
files named as photos from the public are looked up; every other file is served as it is."""

from pathlib import PurePosixPath

from django.http import Http404
from django.views.static import serve

from core.uploads import PUBLIC_UPLOAD_PREFIX
from home.models import CustomImage, CustomRendition

from .models import MemberStoryPage
from .submissions import SUBMISSIONS_COLLECTION


def submitted_image(path):
    """The image in the members' submissions collection that this media path is a file of."""
    in_submissions = CustomImage.objects.filter(collection__name=SUBMISSIONS_COLLECTION)
    image = in_submissions.filter(file=path).first()
    if image is None:
        rendition = (
            CustomRendition.objects.filter(file=path, image__in=in_submissions)
            .select_related("image")
            .first()
        )
        image = rendition.image if rendition else None
    return image


def serve_media(request, path, document_root):
    if not PurePosixPath(path).name.startswith(PUBLIC_UPLOAD_PREFIX):
        return serve(request, path, document_root=document_root)
    image = submitted_image(path)
    if image is not None and not MemberStoryPage.objects.live().filter(image=image).exists():
        if not request.user.has_perm("news.view_storysubmission"):
            raise Http404
        response = serve(request, path, document_root=document_root)
        response["Cache-Control"] = "private, no-store"
        return response
    return serve(request, path, document_root=document_root)
