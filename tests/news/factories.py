"""Factories of the news app."""

from news.models import MemberStoryPage, NewsIndexPage
from tests.factories import PublishedPageFactory, paragraphs, section


class StoryPageFactory(PublishedPageFactory):
    """A member's story, published in the news section."""

    class Meta:
        model = MemberStoryPage

    title = "Historia testowa"
    summary = "Krótko o historii."
    parent = section(NewsIndexPage)
    organisation = "Stowarzyszenie Testowe"
    body = paragraphs("Treść historii.")
