"""A translation round trip through wagtail-localize, as a translator's work is stored."""

from datetime import timedelta
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    Translation,
)
from wagtail_localize.strings import StringValue

from events.models import EventPage
from tests.events.factories import EventPageFactory
from tests.factories import translate

pytestmark = pytest.mark.django_db

JOIN_LINK = "https://meet.example.org/round-trip-secret-8c1f"


def test_event_round_trip_pl_to_uk(client, django_capture_on_commit_callbacks):
    uk = Locale.objects.get(language_code="uk")
    start = (timezone.now() + timedelta(days=10)).replace(second=0, microsecond=0)
    event = EventPageFactory(
        title="Spotkanie o tłumaczeniach",
        summary="Opis po polsku.",
        start=start,
        join_link=JOIN_LINK,
    )

    with django_capture_on_commit_callbacks(execute=True):
        translation = translate(event, "uk", prefix="UK: ")
    source = translation.source

    translated = event.get_translation(uk)
    assert translated.live
    assert translated.url.startswith("/uk/")
    response = client.get(translated.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "UK: Spotkanie o tłumaczeniach" in html
    assert "UK: Opis po polsku." in html
    assert '<html lang="uk"' in html

    # The editor moves the meeting; after publish and sync the translation follows.
    new_start = start + timedelta(hours=3)
    event.start, event.end = new_start, new_start + timedelta(hours=2)
    event.save_revision().publish()
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    translated.refresh_from_db()
    assert translated.start == new_start
    assert translated.end == new_start + timedelta(hours=2)
    shown = timezone.localtime(new_start, translated.zone).strftime("%H:%M")
    assert shown in client.get(translated.url).content.decode()

    # The private link is synchronised but never rendered.
    assert translated.join_link == JOIN_LINK
    for page in (event, translated):
        assert JOIN_LINK not in client.get(page.url).content.decode()


def test_join_link_cannot_be_overridden_by_a_translator():
    fields = {field.field_name: field for field in EventPage.translatable_fields}
    for name in ("join_link", "start", "end", "time_zone", "capacity"):
        assert not fields[name].is_translated(EventPage())
        assert not fields[name].overridable
    for name in ("title", "summary", "agenda", "body", "venue"):
        assert fields[name].is_translated(EventPage())


def test_ukrainian_translator_translates_a_polish_event_in_the_admin(
    client, django_capture_on_commit_callbacks
):
    uk = Locale.objects.get(language_code="uk")
    event = EventPageFactory(title="Warsztaty dla tłumaczy", summary="Opis warsztatów.")
    client.force_login(get_user_model().objects.get(username="translator-uk"))

    submitted = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[event.pk]),
        {"locales": [uk.pk]},
    )
    assert submitted.status_code == 302
    draft = event.get_translation(uk)
    assert not draft.live
    translation = Translation.objects.get(source__object_id=event.translation_key, target_locale=uk)

    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        text = StringValue(segment.string.data).render_text()
        value = f"{text}-uk" if segment.context.path == "slug" else f"Переклад: {text}"
        response = client.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            urlencode({"value": StringValue.from_plaintext(value).data}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201)

    with django_capture_on_commit_callbacks(execute=True):
        published = client.post(
            reverse("wagtailadmin_pages:edit", args=[draft.pk]), {"action": "publish"}
        )
    assert published.status_code == 302
    draft.refresh_from_db()
    assert draft.live
    client.logout()
    html = client.get(draft.url).content.decode()
    assert "Переклад: Warsztaty dla tłumaczy" in html
    assert "Переклад: Opis warsztatów." in html


def test_changed_source_text_is_retranslated_and_a_deleted_translation_can_be_recreated(
    client, django_capture_on_commit_callbacks
):
    uk = Locale.objects.get(language_code="uk")
    event = EventPageFactory(title="Spotkanie regionalne", summary="Pierwsza wersja opisu.")
    with django_capture_on_commit_callbacks(execute=True):
        translation = translate(event, "uk", prefix="UK: ")
    source = translation.source

    event.summary = "Druga wersja opisu."
    event.save_revision().publish()
    source.update_from_db()
    total, done = translation.get_progress()
    assert done == total - 1, "only the changed summary awaits a translation"
    with django_capture_on_commit_callbacks(execute=True):
        translate(event, "uk", prefix="UK2: ")
    translated = event.get_translation(uk)
    html = client.get(translated.url).content.decode()
    assert "UK2: Druga wersja opisu." in html
    assert "Pierwsza wersja opisu" not in html

    url = translated.url
    translated.delete()
    assert client.get(url).status_code == 404
    assert not Translation.objects.filter(pk=translation.pk).exists()

    with django_capture_on_commit_callbacks(execute=True):
        translate(event, "uk", prefix="UK3: ")
    recreated = event.get_translation(uk)
    assert "UK3: Druga wersja opisu." in client.get(recreated.url).content.decode()
    assert recreated.live
    assert client.get(recreated.url).status_code == 200


def test_new_time_reaches_live_translations_on_publish_without_a_sync(
    client, django_capture_on_commit_callbacks
):
    event = EventPageFactory(title="Spotkanie przesunięte")
    with django_capture_on_commit_callbacks(execute=True):
        for language in ("uk", "en"):
            translate(event, language)
    moved = event.start + timedelta(hours=2)
    event.start, event.end = moved, moved + timedelta(hours=2)
    event.join_link = "https://meet.example.org/new-room-5d2"
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    for version in event.get_translations().specific():
        assert version.live
        assert version.start == moved
        assert version.join_link == "https://meet.example.org/new-room-5d2"
        shown = timezone.localtime(moved, version.zone).strftime("%H:%M")
        assert f"{shown}</time>" in client.get(version.url).content.decode()
        assert version.title.startswith(("UK: ", "EN: "))
