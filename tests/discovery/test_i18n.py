"""Language prefixes, the switcher, hreflang and translated interface strings."""

import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import polib
import pytest
from django.conf import settings
from wagtail.models import Locale

from home.models import HomePage
from tests.events.factories import EventPageFactory
from tests.home.factories import StandardPageFactory
from tests.i18n import assert_says, date_in, gettext_in

pytestmark = pytest.mark.django_db


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))


def switcher(html):
    block = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return block


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("uk,ru;q=0.8", "/uk/"), ("en-GB,en;q=0.9", "/en/"), ("pl", "/pl/"), ("fr,de;q=0.5", "/pl/")],
)
def test_root_redirects_by_accept_language(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("language", ["pl", "uk", "en"])
def test_html_lang_and_dir_follow_the_language(client, language):
    html = client.get(f"/{language}/").content.decode()
    assert f'<html lang="{language}" dir="ltr">' in html


def test_translated_page_links_each_live_translation(client, translated_page):
    event = translated_page(EventPageFactory)["pl"]
    html = client.get(event.url).content.decode()
    links = alternates(html)
    assert set(links) == {"pl", "uk", "en", "x-default"}
    assert links["x-default"] == links["pl"]
    for language in ("uk", "en"):
        translated = event.get_translation(Locale.objects.get(language_code=language))
        assert links[language].endswith(translated.url)
        assert f'href="{translated.url}" hreflang="{language}"' in switcher(html)
        assert client.get(translated.url).status_code == 200
    assert "language-switcher__note" not in switcher(html)


def test_untranslated_page_sends_other_languages_to_their_home_page(client):
    page = StandardPageFactory()
    html = client.get(page.url).content.decode()
    assert set(alternates(html)) == {"pl", "x-default"}
    block = switcher(html)
    for language in ("uk", "en"):
        home = HomePage.objects.get(locale__language_code=language)
        assert f'href="{home.url}" hreflang="{language}"' in block
        assert client.get(home.url).status_code == 200
    assert gettext_in("pl", "not translated yet: home page") in block


def test_switcher_note_is_in_the_visitors_language(client):
    page = StandardPageFactory()
    html = client.get(page.url).content.decode()
    note = gettext_in("pl", "not translated yet: home page")
    english = gettext_in("en", "not translated yet: home page")
    assert note != english
    assert note in html


@pytest.mark.parametrize("language", ["pl", "uk"])
def test_interface_strings_are_translated(client, language):
    home = HomePage.objects.get(locale__language_code=language)
    skip = "Skip to main content"
    assert_says(
        client.get(home.url), language, skip, "Coalition of Minority and Migrant Organisations"
    )
    assert gettext_in(language, skip) != skip


def test_dates_are_formatted_for_the_visitor(client, translated_page):
    start = datetime(2031, 4, 27, 16, 0, tzinfo=ZoneInfo("Europe/Warsaw"))
    versions = translated_page(EventPageFactory, start=start, end=start + timedelta(hours=2))
    expected = {language: date_in(language, start) for language in versions}
    assert len(set(expected.values())) == 3
    for language, page in versions.items():
        html = client.get(page.url).content.decode()
        assert expected[language] in html


def catalogues():
    return sorted(Path(settings.LOCALE_PATHS[0]).glob("*/LC_MESSAGES/django.po"))


@pytest.mark.parametrize("po_path", catalogues(), ids=lambda path: path.parts[-3])
def test_compiled_catalogue_matches_its_source(po_path):
    po = polib.pofile(str(po_path))
    mo = polib.mofile(str(po_path.with_suffix(".mo")))
    compiled = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in mo}
    for entry in po.translated_entries():
        assert compiled.get((entry.msgctxt, entry.msgid)) == entry.msgstr, entry.msgid


@pytest.mark.parametrize("language", ["pl", "uk"])
def test_catalogue_is_complete(language):
    po = polib.pofile(str(Path(settings.LOCALE_PATHS[0]) / language / "LC_MESSAGES/django.po"))
    assert po.percent_translated() == 100
    assert not po.fuzzy_entries()
