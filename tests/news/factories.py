"""Factories of the news app."""

from news.models import MemberStoryPage
from tests.factories import PublishedPageFactory, paragraphs


class StoryPageFactory(PublishedPageFactory):
    """A member's story, published in the news section."""

    class Meta:
        model = MemberStoryPage

    organisation = "Stowarzyszenie Testowe"
    body = paragraphs("Treść historii.")
