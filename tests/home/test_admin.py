"""What editors and translators meet in the admin."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events.models import EventIndexPage, EventPage
from news.models import StoryFormField, StorySubmission, StorySubmissionPage
from tests.admin_forms import add_question
from tests.events.factories import EventPageFactory
from tests.factories import index_page
from tests.forms import story_entries
from tests.i18n import gettext_in

pytestmark = pytest.mark.django_db


def event_form(**fields):
    data = {
        "title": "Spotkanie z partnerami z Kijowa",
        "slug": "spotkanie-kijow",
        "summary": "Spotkanie online.",
        "start": "2026-12-01 16:00",
        "end": "2026-12-01 18:00",
        "time_zone": "Europe/Kyiv",
        "mode": "online",
        "meeting_language": "uk",
        "agenda": streamfield([]),
        "body": streamfield([]),
        "materials": streamfield([]),
        "form_fields": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


def add_event(client, **fields):
    client.force_login(get_user_model().objects.get(username="editor"))
    index = index_page(EventIndexPage)
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", index.pk])
    return client.post(url, event_form(**fields))


def test_editor_types_times_in_the_events_own_time_zone(client):
    response = add_event(client)
    assert response.status_code == 302
    event = EventPage.objects.get(slug="spotkanie-kijow")
    assert event.start == datetime(2026, 12, 1, 16, 0, tzinfo=ZoneInfo("Europe/Kyiv"))
    assert event.local_start.strftime("%H:%M") == "16:00"
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content.decode()
    assert 'value="2026-12-01 16:00"' in edit


def test_event_ending_before_it_starts_is_refused_with_entries_kept(client):
    response = add_event(client, end="2026-12-01 15:00")
    assert response.status_code == 200
    assert not EventPage.objects.filter(slug="spotkanie-kijow").exists()
    html = response.content.decode()
    assert "Spotkanie z partnerami z Kijowa" in html
    assert response.context["form"].errors["end"]


@pytest.mark.parametrize("language", ["uk", "en"])
def test_translator_edits_only_their_own_language(translated_page, language):
    translator = get_user_model().objects.get(username=f"translator-{language}")
    versions = translated_page(EventPageFactory)
    own, other = versions[language], versions["pl"]
    assert own.permissions_for_user(translator).can_edit()
    assert not other.permissions_for_user(translator).can_edit()
    assert not other.permissions_for_user(translator).can_publish()


def test_editor_reaches_the_admin_and_anonymous_visitors_do_not(client):
    assert client.get("/admin/").status_code == 302
    client.force_login(get_user_model().objects.get(username="editor"))
    assert client.get("/admin/").status_code == 200


def test_editor_question_may_not_shadow_a_standard_field(client):
    question = {"label": "Name", "field_type": "singleline", "required": "on", "choices": ""}
    response = add_event(client, form_fields=inline_formset([question]))
    assert response.status_code == 200
    assert not EventPage.objects.filter(slug="spotkanie-kijow").exists()


def test_a_story_question_may_not_take_the_name_of_a_standard_field(
    client, django_capture_on_commit_callbacks
):
    """A question called "Website" became the hidden honeypot: every story was spam."""
    client.force_login(get_user_model().objects.get(username="editor"))
    form_page = StorySubmissionPage.objects.get(locale__language_code="pl")
    response = add_question(client, form_page, "Website")
    assert response.status_code == 200
    message = gettext_in("pl", "“%(label)s” is asked on this form already.")
    assert message % {"label": "Website"} in response.content.decode()
    assert not StoryFormField.objects.filter(page=form_page, clean_name="website").exists()
    # A question of its own is added, and stories still arrive with it.
    with django_capture_on_commit_callbacks(execute=True):
        assert add_question(client, form_page, "Strona organizacji").status_code == 302
    client.logout()
    form_page = StorySubmissionPage.objects.get(pk=form_page.pk)
    data = story_entries(contact_email="z.pytaniem@example.org", strona_organizacji="x.pl")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(form_page.url, data).status_code == 200
    submission = StorySubmission.objects.get(contact_email="z.pytaniem@example.org")
    assert submission.form_data == {"strona_organizacji": "x.pl"}


def test_a_question_stored_outside_the_admin_never_shadows_a_standard_field(
    client, django_capture_on_commit_callbacks
):
    """The admin refuses such a question; one stored another way (a script, an import) is
    left off the public form, so the honeypot stays hidden and real stories still arrive."""
    form_page = StorySubmissionPage.objects.get(locale__language_code="pl")
    StoryFormField.objects.create(
        page=form_page, label="Website", field_type="url", required=True, clean_name="website"
    )
    page = client.get(form_page.url).content.decode()
    assert 'type="url" name="website"' not in page
    data = story_entries(contact_email="bez.pytania@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(form_page.url, data).status_code == 200
    assert StorySubmission.objects.filter(contact_email="bez.pytania@example.org").exists()
    spam = story_entries(contact_email="bot@example.org", website="https://spam.example")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(form_page.url, spam)
    assert not StorySubmission.objects.filter(contact_email="bot@example.org").exists()
