"""A member's story becomes a draft page in the moderation workflow; its sender stays private."""

import json
import uuid

from django.db import transaction
from django.utils import timezone
from wagtail.models import Collection

from home.bases import unique_slug
from home.blocks import paragraphs_html
from home.models import CustomImage

from .models import MemberStoryPage, StoryEmail, StorySubmission

SUBMISSIONS_COLLECTION = "Member submissions"


def submissions_collection():
    existing = Collection.objects.filter(name=SUBMISSIONS_COLLECTION).first()
    return existing or Collection.get_first_root_node().add_child(name=SUBMISSIONS_COLLECTION)


def submit_story(form_page, form):
    data = form.cleaned_data
    news_index = form_page.get_parent().specific
    with transaction.atomic():
        image = None
        if data.get("photo"):
            image = CustomImage(
                title=data["title"][:255],
                description=data["title"][:255],
                credit=data["photo_credit"],
                file=data["photo"],
                collection=submissions_collection(),
            )
            image.save()
        story = MemberStoryPage(
            title=data["title"],
            slug=unique_slug(news_index, data["title"], "historia"),
            summary=data["summary"],
            organisation=data["organisation"],
            voivodeship=data.get("voivodeship") or "",
            image=image,
            date=timezone.localdate(),
            live=False,
            body=json.dumps(
                [
                    {
                        "type": "paragraph",
                        "value": paragraphs_html(data["story"]),
                        "id": str(uuid.uuid4()),
                    }
                ]
            ),
        )
        submission = StorySubmission.send_for_review(form_page, story, form)
        submission.tell_sender(StoryEmail.Kind.RECEIVED)
    return submission
