"""Builders for pages that tests need beyond the demo content."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale

from demo.translate import fill_translation
from directory.models import OrganisationIndexPage, OrganisationPage
from events.models import EventIndexPage, EventPage
from grants.models import GrantIndexPage, GrantOpportunityPage
from home.models import HomePage, StandardPage
from membership.models import ApplicationPage
from news.models import MemberStoryPage, NewsIndexPage, StorySubmissionPage

# Every page type of the site, for the tests that try each one.
PAGE_TYPES = [
    HomePage,
    StandardPage,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    MemberStoryPage,
    StorySubmissionPage,
    GrantIndexPage,
    GrantOpportunityPage,
    OrganisationIndexPage,
    OrganisationPage,
    ApplicationPage,
]


def index_page(model, language="pl"):
    return model.objects.get(locale__language_code=language)


def home_page(language="pl"):
    return HomePage.objects.get(locale=Locale.objects.get(language_code=language))


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_event(start=None, end=None, language="pl", **fields):
    start = start or (timezone.now() + timedelta(days=3)).replace(second=0, microsecond=0)
    defaults = {
        "title": "Spotkanie testowe",
        "slug": f"spotkanie-{timezone.now().timestamp():.6f}".replace(".", "-"),
        "summary": "Krótki opis spotkania.",
        "start": start,
        "end": end or start + timedelta(hours=2),
        "join_link": "https://meet.example.org/test-secret-room",
    }
    defaults.update(fields)
    return publish(index_page(EventIndexPage, language), EventPage(**defaults))


def make_grant(deadline, language="pl", **fields):
    defaults = {
        "title": "Konkurs testowy",
        "slug": f"konkurs-{timezone.now().timestamp():.6f}".replace(".", "-"),
        "summary": "Opis konkursu.",
        "funder": "Fundacja Testowa",
        "deadline": deadline,
        "call_url": "https://example.org/konkurs",
    }
    defaults.update(fields)
    return publish(index_page(GrantIndexPage, language), GrantOpportunityPage(**defaults))


def make_standard_page(language="pl", **fields):
    defaults = {"title": "Strona bez tłumaczenia", "slug": "bez-tlumaczenia", "summary": "Tekst."}
    defaults.update(fields)
    return publish(home_page(language), StandardPage(**defaults))


def translate(page, language, prefix=None):
    """Translate every string of `page` into `language` with wagtail-localize and publish it.

    Callers inside a test transaction wrap this in django_capture_on_commit_callbacks, since
    wagtail-localize publishes on commit.
    """
    locale = Locale.objects.get(language_code=language)
    prefix = prefix if prefix is not None else f"{language.upper()}: "

    def marked(segment, text):
        return f"{text}-{language}" if segment.context.path == "slug" else prefix + text

    translation = fill_translation(page, locale, marked)
    translation.save_target(publish=True)
    return translation
