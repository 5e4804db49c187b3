"""Script sent by visitors in a story or a registration stays text for moderators, editors,
readers, exports and e-mails."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import translation

from events.models import Registration
from news.models import MemberStoryPage, StorySubmissionPage
from tests.forms import photo_upload
from tests.security.payloads import (
    POISON,
    assert_no_script,
    editor,
    poisoned_rsvp,
    poisoned_story,
    script_problems,
)

pytestmark = pytest.mark.django_db


def approve(client, story, captured):
    client.force_login(get_user_model().objects.get(username="moderator"))
    task_state = story.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[story.pk, "approve", task_state.pk])
    with captured(execute=True):
        response = client.post(url, {"comment": ""})
    assert response.status_code in (200, 302)


def test_story_sent_with_payloads_stays_text_for_moderators_and_readers(
    client, django_capture_on_commit_callbacks
):
    form_page = StorySubmissionPage.objects.get(locale__language_code="pl")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(form_page.url, poisoned_story(photo=photo_upload("zdjecie.jpg")))
    assert_no_script(response, "thank-you page")
    story = MemberStoryPage.objects.get(title="Historia " + POISON)
    assert not story.live and story.image.credit == POISON

    client.force_login(get_user_model().objects.get(username="moderator"))
    for url in (
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[story.get_parent().pk]),
        reverse("wagtailadmin_pages:edit", args=[story.pk]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[story.pk]),
        reverse("wagtailadmin_pages:workflow_history", args=[story.pk]),
        reverse("wagtailforms:list_submissions", args=[form_page.pk]),
    ):
        response = client.get(url)
        if response.status_code != 403:
            assert_no_script(response, url)
    client.logout()

    approve(client, story, django_capture_on_commit_callbacks)
    client.logout()
    story.refresh_from_db()
    assert story.live
    assert_no_script(client.get(story.url), story.url)
    assert_no_script(client.get(story.get_parent().url), "news index")
    assert_no_script(client.get("/pl/"), "home page")
    with translation.override("pl"):
        assert_no_script(client.get(reverse("search"), {"q": "alert"}), "search")
    for message in mail.outbox:
        for content, mimetype in getattr(message, "alternatives", []):
            assert mimetype != "text/html" or not script_problems(content), message.subject


def test_registration_answers_stay_text_in_the_admin_export_and_e_mails(
    client, open_event, django_capture_on_commit_callbacks
):
    event, question = open_event
    for email in ("xss1@example.org", "xss2@example.org"):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(event.url, poisoned_rsvp(email, **{question: POISON}))
        assert_no_script(response, "thank-you page")
    assert Registration.objects.for_event(event).count() == 2

    html_parts = [
        content
        for message in mail.outbox
        for content, mimetype in message.alternatives
        if mimetype == "text/html"
    ]
    assert len(html_parts) >= 3  # confirmation, waiting list, notices to the organiser
    for content in html_parts:
        assert not script_problems(content)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content

    client.force_login(editor())
    listing = reverse("wagtailforms:list_submissions", args=[event.pk])
    html = assert_no_script(client.get(listing), listing)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert_no_script(client.get(listing, {"status": "confirmed"}), listing)
    assert_no_script(client.get(reverse("wagtailforms:index")), "forms index")
    export = client.get(listing, {"export": "csv"})
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")
    assert export["Content-Disposition"].startswith("attachment")
