"""The translation dashboard: what each language lacks, the most urgent first."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from news.models import StorySubmissionPage
from tests.events.factories import EventPageFactory
from tests.factories import translate
from tests.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

URL = "/admin/translation-status/"


def rows(client, username, language):
    client.force_login(get_user_model().objects.get(username=username))
    response = client.get(URL)
    assert response.status_code == 200
    section = next(s for s in response.context["sections"] if s["code"] == language)
    return [(row.source.title, row.status) for row in section["rows"]]


def test_urgent_event_comes_before_an_older_page(client):
    StandardPageFactory(title="Strona sprzed roku", slug="sprzed-roku")
    EventPageFactory(title="Spotkanie za tydzień", start=timezone.now() + timedelta(days=7))
    listed = rows(client, "editor", "uk")
    titles = [title for title, _status in listed]
    assert titles.index("Spotkanie za tydzień") < titles.index("Strona sprzed roku")
    assert ("Spotkanie za tydzień", "missing") in listed


def test_changed_source_is_listed_until_retranslated(client, django_capture_on_commit_callbacks):
    event = EventPageFactory(title="Spotkanie do tłumaczenia")
    with django_capture_on_commit_callbacks(execute=True):
        translation = translate(event, "uk")
    assert "Spotkanie do tłumaczenia" not in [t for t, _s in rows(client, "editor", "uk")]

    event.summary = "Nowy opis spotkania."
    event.save_revision().publish()
    assert ("Spotkanie do tłumaczenia", "outdated") in rows(client, "editor", "uk")

    translation.source.update_from_db()
    assert ("Spotkanie do tłumaczenia", "outdated") in rows(client, "editor", "uk")
    with django_capture_on_commit_callbacks(execute=True):
        translate(event, "uk")
    assert "Spotkanie do tłumaczenia" not in [t for t, _s in rows(client, "editor", "uk")]


def test_each_translator_sees_their_own_language(client):
    EventPageFactory(title="Spotkanie tylko po polsku")
    client.force_login(get_user_model().objects.get(username="translator-uk"))
    response = client.get(URL)
    assert [section["code"] for section in response.context["sections"]] == ["uk"]
    link = reverse("wagtail_localize:submit_page_translation", args=[1])[: -len("1/")]
    assert link in response.content.decode()
    client.force_login(get_user_model().objects.get(username="editor"))
    codes = [section["code"] for section in client.get(URL).context["sections"]]
    assert codes == ["pl", "uk", "en"]


def test_dashboard_is_not_public(client):
    assert client.get(URL).status_code == 302


def test_editor_closes_a_form_in_every_language_at_once(client):
    page = StorySubmissionPage.objects.live().get(locale__language_code="pl")
    url = reverse("komm_close_form", args=[page.pk])
    client.force_login(get_user_model().objects.get(username="translator-uk"))
    assert client.post(url).status_code in (302, 403)
    assert StorySubmissionPage.objects.live().count() == 3
    client.force_login(get_user_model().objects.get(username="editor"))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert url in edit
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    assert not StorySubmissionPage.objects.live().exists()
    client.logout()
    for version in StorySubmissionPage.objects.all():
        assert client.get(version.url).status_code == 404


def test_translator_follows_what_changed_from_the_dashboard_to_the_source_diff(
    client, django_capture_on_commit_callbacks
):
    event = EventPageFactory(title="Spotkanie ze zmianą", summary="Stary opis spotkania.")
    with django_capture_on_commit_callbacks(execute=True):
        translate(event, "uk")
    event.summary = "Nowy opis spotkania."
    event.save_revision().publish()

    rows(client, "translator-uk", "uk")
    dashboard = client.get(URL).content.decode()
    pattern = rf'href="(/admin/localize/compare/{event.pk}/\d+\.\.\.live/)"'
    link = re.search(pattern, dashboard)
    assert link, "no 'What changed' link for the outdated translation"
    diff = client.get(link.group(1))
    assert diff.status_code == 200
    html = diff.content.decode()
    # The diff marks the words that went and came.
    assert re.search(r'class="deletion">\s*Stary', html), html
    assert re.search(r'class="addition">\s*Nowy', html)
