"""The demo content a new user sees after `make run`."""

import io
import os
from urllib.parse import urlencode

import pytest
from django.core.management import call_command
from django.test import Client, RequestFactory
from wagtail.models import Locale, Page, Revision

from events.choices import Mode
from events.models import EventIndexPage, EventPage
from grants.models import GrantOpportunityPage
from tests.commands import manage_ok
from tests.i18n import gettext_in
from tests.page_types import PAGE_TYPES

pytestmark = pytest.mark.django_db

SEED_TITLE = (
    "SOS UA: III Spotkanie Koalicji M&M – podsumowanie działań pomocowych i plany projektowe"
)


def test_seed_meeting_exists_in_three_languages_with_its_date_and_time(client):
    seed = EventPage.objects.get(locale__language_code="pl", title=SEED_TITLE)
    versions = {page.locale.language_code: page for page in seed.get_translations(inclusive=True)}
    assert set(versions) == {"pl", "uk", "en"}
    assert versions["uk"].title != SEED_TITLE
    assert seed.time_zone == "Europe/Warsaw"
    assert seed.local_start.strftime("%Y-%m-%d %H:%M") == "2022-04-27 16:00"
    assert seed.local_end.strftime("%H:%M") == "18:00"
    assert seed.mode == Mode.ONLINE
    assert seed.interpretation_available
    assert len(seed.agenda) == 4
    assert seed.header_image.credit == "Adam Jaremko"
    for page in versions.values():
        html = client.get(page.url).content.decode()
        assert "16:00</time>" in html and ">18:00</time>" in html
        assert "Europe/Warsaw" in html
        assert "Adam Jaremko" in html


def test_the_seed_meeting_shows_its_summary_and_materials_in_every_language(client):
    seed = EventPage.objects.get(locale__language_code="pl", title=SEED_TITLE)
    texts = {
        "pl": ("Nagranie spotkania", "wspólny wniosek grantowy"),
        "uk": ("Запис зустрічі", "спільну грантову заявку"),
        "en": ("Recording of the meeting", "joint grant application"),
    }
    for language, expected in texts.items():
        page = seed.get_translation(Locale.objects.get(language_code=language))
        text = client.get(page.url).content.decode()
        heading = gettext_in(language, "Summary of the meeting")
        assert language == "en" or heading != "Summary of the meeting"
        for piece in (heading, *expected):
            assert piece in text, (language, piece)
        assert "34" in text
        index = client.get(page.get_parent().url + "?when=past").content.decode()
        assert gettext_in(language, "Summary available") in index


def test_demo_has_grants_in_every_status():
    statuses = {grant.current_status for grant in GrantOpportunityPage.objects.live()}
    assert statuses == {"open", "closing_soon", "closed"}


def test_demo_has_upcoming_events_in_every_language():
    for language in ("pl", "uk", "en"):
        assert (
            EventPage.objects.live().filter(locale__language_code=language).upcoming().count() >= 3
        )


def test_demo_has_a_live_page_of_every_type_in_every_language():
    for model in PAGE_TYPES:
        for language in ("pl", "uk", "en"):
            live = model.objects.live().filter(locale__language_code=language)
            assert live.exists(), f"no live {model.__name__} in {language}"


def test_load_demo_twice_changes_nothing():
    pages = list(Page.objects.order_by("pk").values_list("pk", "title", "live", "locale_id"))
    revisions = Revision.objects.count()
    call_command("load_demo", accounts=True, stdout=io.StringIO())
    assert (
        list(Page.objects.order_by("pk").values_list("pk", "title", "live", "locale_id")) == pages
    )
    assert Revision.objects.count() == revisions


def test_join_links_appear_in_no_public_response():
    """Crawl every public URL of the demo site in every language: pages, archives, calendar
    files and feeds, the sitemap."""
    client = Client()
    secrets = [link for link in EventPage.objects.values_list("join_link", flat=True) if link]
    assert secrets
    pages = [page for page in Page.objects.live().public().specific() if page.url]
    urls = [page.url for page in pages] + ["/sitemap.xml"]
    events = [page for page in pages if isinstance(page, EventPage)]
    urls += [page.calendar_links(RequestFactory().get("/"))["file"] for page in events]
    urls += [f"{page.url}?when=past" for page in pages if isinstance(page, EventIndexPage)]
    urls += [f"/{language}/calendar.ics" for language in ("pl", "uk", "en")]
    urls += [
        f"/{page.locale.language_code}/search/?{urlencode({'q': page.title})}" for page in events
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        for secret in secrets:
            assert secret not in body, url


def test_fourth_language_from_the_environment(tmp_path):
    """KOMM_LANGUAGES=pl,uk,en,be adds Belarusian without a code change."""
    env = {
        **os.environ,
        "KOMM_LANGUAGES": "pl,uk,en,be",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'four.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "komm_site.settings.test",
        "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
    }

    def manage(*args):
        return manage_ok(*args, env=env)

    manage("migrate", "--noinput")
    manage("load_demo")
    script = (
        "from django.test import Client\n"
        "from wagtail.models import Locale\n"
        "assert Locale.objects.filter(language_code='be').exists()\n"
        "c = Client()\n"
        "r = c.get('/', HTTP_ACCEPT_LANGUAGE='be')\n"
        "print(r.status_code, r['Location'])\n"
        "r = c.get('/be/')\n"
        "html = r.content.decode()\n"
        "print(r.status_code, '<html lang=\"be\"' in html, 'role=\"note\"' in html)\n"
        "print('hreflang=\"be\"' in c.get('/pl/').content.decode())\n"
    )
    out = manage("shell", "--verbosity", "0", "-c", script).split("\n")
    assert out[0] == "302 /be/"
    assert out[1] == "200 True True"
    assert out[2] == "True"
