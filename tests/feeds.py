"""RSS and Atom feeds read back as a feed reader reads them, for the feed tests of each app."""

import feedparser
from django.urls import reverse
from django.utils import translation


def feed_url(name, language):
    with translation.override(language):
        return reverse(name)


def read_feed(client, name, language):
    response = client.get(feed_url(name, language))
    assert response.status_code == 200
    return feedparser.parse(response.content)


def entry_links(feed):
    return [entry.link for entry in feed.entries]


def newest_live_urls(model, language, *ordering):
    """What a feed must list, in its order: the language's live public pages, 30 at most."""
    pages = model.objects.live().public().filter(locale__language_code=language).order_by(*ordering)
    return [page.get_full_url() for page in pages[:30]]
