"""Builders and readers of the filter tests: pages made for one test, and the listing a
response shows."""

from datetime import timedelta
from itertools import count
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.utils import timezone

from directory.models import Theme, Voivodeship
from news.models import MemberStoryPage, NewsIndexPage
from tests.events.factories import EventPageFactory
from tests.factories import index_page, publish
from tests.grants.factories import GrantPageFactory

WARSAW = ZoneInfo("Europe/Warsaw")


LANGUAGES = ["pl", "uk"]


serial = count()


def unique(prefix):
    return f"{prefix}-filter-{next(serial)}"


def listing(response):
    """What an index page lists (its filters and lists), built as its template reads it."""
    return response.context["listing"]


def get(client, index, **params):
    response = client.get(f"{index.url}?{urlencode(params)}" if params else index.url)
    assert response.status_code == 200
    return response


def listed(page_of_items):
    return {item.pk for item in page_of_items}


def event(language="pl", days=3, **fields):
    start = timezone.now().replace(second=0, microsecond=0) + timedelta(days=days)
    return EventPageFactory(start=start, language=language, slug=unique("event"), **fields)


def story(language="pl", tags=(), live=True, **fields):
    page = MemberStoryPage(
        title="Historia do filtrów",
        slug=unique("story"),
        organisation="Fundacja Filtr",
        summary="Krótko.",
        body=[("paragraph", "<p>Tekst.</p>")],
        live=live,
        **fields,
    )
    page.tags.add(*tags)
    index = index_page(NewsIndexPage, language)
    if live:
        return publish(index, page)
    index.add_child(instance=page)
    page.save_revision()
    return page


def grant(language="pl", days=30, themes=(), voivodeships=(), **fields):
    page = GrantPageFactory(
        deadline=timezone.now() + timedelta(days=days),
        language=language,
        slug=unique("grant"),
        **fields,
    )
    page.themes.set(Theme.objects.filter(code__in=themes))
    page.voivodeships.set(Voivodeship.objects.filter(code__in=voivodeships))
    page.save_revision().publish()
    return page
