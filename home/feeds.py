"""RSS and Atom feeds of one page type, one feed per language, for readers who follow the
coalition in a feed reader instead of visiting the site."""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from wagtail.models import Locale, Page


@dataclass(frozen=True)
class FeedSource:
    """What one request asks for. Django shares a Feed instance between all requests, so the
    request travels here, through get_object, and never on the feed itself."""

    request: HttpRequest
    locale: Locale


@dataclass(frozen=True)
class FeedEntry:
    page: Page
    url: str


class PageFeed(Feed):
    """Live public pages of `page_model` in the language of the URL, newest first.

    Links and GUIDs are Wagtail's full URLs, built from the Site, so that an entry keeps its
    GUID whichever host name a reader used to fetch the feed.
    """

    page_model = None
    ordering = ("-first_published_at", "-pk")
    limit = 30
    feed_title = ""
    feed_description = ""
    # Atom requires an author for the feed or each entry; the coalition signs the feed.
    author_name = "KOMM Hub"
    item_guid_is_permalink = True

    def get_object(self, request):
        return FeedSource(request=request, locale=Locale.get_active())

    def title(self, obj):
        return f"KOMM Hub: {self.feed_title}"

    def description(self, obj):
        return str(self.feed_description)

    def subtitle(self, obj):
        return self.description(obj)

    def link(self, obj):
        # The listing its pages are published under: their page type's parent type.
        listings = Page.objects.type(*self.page_model.allowed_parent_page_models())
        index = listings.live().public().filter(locale=obj.locale).first()
        if index is None:
            return obj.request.build_absolute_uri(f"/{obj.locale.language_code}/")
        return index.get_full_url(obj.request)

    def items(self, obj):
        pages = (
            self.page_model.objects.live()
            .public()
            .filter(locale=obj.locale)
            .order_by(*self.ordering)
            .defer_streamfields()[: self.limit]
        )
        return [FeedEntry(page=page, url=page.get_full_url(obj.request)) for page in pages]

    def item_title(self, entry):
        return entry.page.title

    def item_description(self, entry):
        # Readers treat descriptions as HTML, in RSS by custom and in Atom as type="html".
        return escape(entry.page.search_description)

    @staticmethod
    def detailed(details, summary):
        """A description that names an entry's details, a "label: value" line each, before its
        summary (a call's funder and deadline, a request's call and reply-by date)."""
        lines = format_html_join(mark_safe("<br>"), "{}: {}", details)
        return format_html("<p>{}</p><p>{}</p>", lines, summary)

    def item_link(self, entry):
        return entry.url

    def item_guid(self, entry):
        return entry.url

    def item_pubdate(self, entry):
        return entry.page.first_published_at

    def item_updateddate(self, entry):
        return entry.page.last_published_at
