"""Members send stories; moderators review them; senders hear back in their language."""

import csv
import io
import json
import time

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from PIL import Image

from news.models import MemberStoryPage, StorySubmission, StorySubmissionPage
from tests.admin_forms import edit_form_data
from tests.forms import story_entries
from tests.i18n import gettext_in
from tests.news.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def submission_page(language):
    return StorySubmissionPage.objects.live().get(locale__language_code=language)


def jpeg_with_gps(size=(640, 480)):
    picture = Image.new("RGB", size, "#0b4f8a")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {1: "N", 2: (52.0, 13.0, 0.0), 3: "E", 4: (21.0, 0.0, 0.0)}  # GPS
    buffer = io.BytesIO()
    comment = b"Oksana Petrenko, 52.2297 21.0122 <script>alert(1)</script>"
    picture.save(buffer, format="JPEG", exif=exif, comment=comment)
    return buffer.getvalue()


@pytest.fixture
def submit(client, django_capture_on_commit_callbacks):
    def post(language, photo=None, **fields):
        data = story_entries(**fields)
        if photo is not None:
            data["photo"] = photo
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(submission_page(language).url, data)

    return post


def approve(client, story, django_capture_on_commit_callbacks, action="approve"):
    client.force_login(get_user_model().objects.get(username="moderator"))
    task_state = story.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[story.pk, action, task_state.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"comment": ""})
    client.logout()
    return response


def test_ukrainian_story_with_photo_goes_to_review_and_live_after_approval(
    client, submit, django_capture_on_commit_callbacks
):
    photo = SimpleUploadedFile("foto.jpg", jpeg_with_gps(), content_type="image/jpeg")
    response = submit(
        "uk",
        photo=photo,
        title="Суботня школа",
        photo_credit="Марія Коваль",
        contact_email="Oksana@Example.org",
    )
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]

    submission = StorySubmission.objects.get(contact_email="oksana@example.org")
    story = submission.story
    assert not story.live
    assert story.locale.language_code == "uk"
    assert story.get_parent().specific.locale.language_code == "uk"
    assert story.workflow_in_progress
    assert story.image.credit == "Марія Коваль"
    assert story.image.collection.name == "Member submissions"
    with story.image.file.open() as stored:
        content = stored.read()
    assert not Image.open(io.BytesIO(content)).getexif()
    assert "comment" not in Image.open(io.BytesIO(content)).info
    assert b"Oksana" not in content and b"52.2297" not in content
    assert client.get(story.url).status_code == 404
    # The photo, and a size made of it for the moderators, are at unguessable addresses that
    # serve nothing to the public while the story is in review.
    assert "foto" not in story.image.file.name and "photo" not in story.image.file.name
    rendition = story.image.get_rendition("max-200x200")
    photo_urls = [story.image.file.url, rendition.url]
    for url in photo_urls:
        assert client.get(url).status_code == 404, url
    client.force_login(get_user_model().objects.get(username="moderator"))
    for url in photo_urls:
        assert client.get(url).status_code == 200, url
    client.logout()

    received = next(m for m in mail.outbox if m.to == ["oksana@example.org"])
    assert gettext_in("uk", "Hello %(name)s,") % {"name": "Oksana Petrenko"} in received.body
    moderators = [m for m in mail.outbox if "moderator@komm.example.org" in m.to]
    assert moderators and all("Суботня школа" in m.subject for m in moderators)
    mail.outbox.clear()

    response = approve(client, story, django_capture_on_commit_callbacks)
    assert response.status_code in (200, 302)
    story.refresh_from_db()
    assert story.live
    html = client.get(story.url).content.decode()
    assert "Суботня школа" in html
    for url in photo_urls:
        assert client.get(url).status_code == 200, url
    assert "<p>Pierwszy akapit.</p>" in html
    assert "oksana@example.org" not in html.lower()
    assert "Oksana Petrenko" not in html
    news = client.get(story.get_parent().url).content.decode()
    assert "Суботня школа" in news

    published = next(m for m in mail.outbox if m.to == ["oksana@example.org"])
    assert story.url in published.body
    submission.refresh_from_db()
    assert submission.status == "published"


def test_rejected_story_gets_a_polite_answer(client, submit, django_capture_on_commit_callbacks):
    submit("en", title="A story we decline", contact_email="sender@example.org")
    story = StorySubmission.objects.get(contact_email="sender@example.org").story
    mail.outbox.clear()
    approve(client, story, django_capture_on_commit_callbacks, action="reject")
    story.refresh_from_db()
    assert not story.live
    message = next(m for m in mail.outbox if m.to == ["sender@example.org"])
    assert "cannot publish" in message.body
    assert StorySubmission.objects.get(story=story).status == "rejected"


def test_script_in_every_field_is_shown_as_text(client, submit, django_capture_on_commit_callbacks):
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    submit(
        "pl",
        title="Tytuł " + payload,
        summary="Streszczenie " + payload,
        story="Treść " + payload,
        organisation="Organizacja " + payload,
        contact_email="xss@example.org",
    )
    story = StorySubmission.objects.get(contact_email="xss@example.org").story
    approve(client, story, django_capture_on_commit_callbacks)
    story.refresh_from_db()
    html = client.get(story.url).content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert escape("<script>alert(") in html or "&lt;script&gt;alert(" in html


def test_missing_consent_keeps_entries_and_creates_nothing(submit):
    before = MemberStoryPage.objects.count()
    data = story_entries()
    response = submit("en", consent_publish="", title="Keep me")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="Keep me"' in html
    assert data["story"].split("\n")[0] in html
    assert MemberStoryPage.objects.count() == before
    assert 'role="alert"' in html


def bad_png_with_too_many_pixels():
    buffer = io.BytesIO()
    Image.new("1", (9000, 5000)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("not-a-photo.jpg", b"This is a text file pretending to be a photo." * 20),
        ("truncated.jpg", jpeg_with_gps()[:400]),
        ("huge.png", bad_png_with_too_many_pixels()),
        (
            "drawing.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        ),
        ("big.jpg", b"\xff\xd8\xff" + b"0" * (20 * 1024 * 1024)),
    ],
)
def test_bad_uploads_are_refused_quickly_with_a_clear_message(submit, name, content):
    before = MemberStoryPage.objects.count()
    started = time.monotonic()
    response = submit("pl", photo=SimpleUploadedFile(name, content), photo_credit="Ktoś")
    assert time.monotonic() - started < 5
    assert response.status_code == 200
    assert MemberStoryPage.objects.count() == before
    assert response.context["form"].errors["photo"]
    assert 'value="Sobotnia szkoła dla dzieci"' in response.content.decode()


def test_photo_needs_a_credit(submit):
    photo = SimpleUploadedFile("foto.jpg", jpeg_with_gps(), content_type="image/jpeg")
    response = submit("pl", photo=photo)
    assert response.context["form"].errors["photo_credit"]


def test_honeypot_creates_nothing(submit):
    before = MemberStoryPage.objects.count()
    assert submit("pl", website="http://spam.example").status_code == 200
    assert MemberStoryPage.objects.count() == before
    assert mail.outbox == []


def test_moderators_see_who_sent_each_story_and_where_it_stands(
    client, submit, django_capture_on_commit_callbacks
):
    submit("uk", title="Історія в огляді", contact_name="Ірина Бойко", contact_email="i@x.org")
    submit("pl", title="Historia odrzucona", contact_name="Jan Nowak", contact_email="j@x.org")
    declined = StorySubmission.objects.get(contact_email="j@x.org").story
    approve(client, declined, django_capture_on_commit_callbacks, action="reject")
    client.force_login(get_user_model().objects.get(username="moderator"))
    form_page = submission_page("pl")
    url = reverse("wagtailforms:list_submissions", args=[form_page.pk])
    html = client.get(url).content.decode()
    with translation.override(settings.LANGUAGE_CODE):
        columns = [str(label) for _name, label in form_page.get_data_fields()]
        in_review = str(StorySubmission.Status.IN_REVIEW.label)
        rejected = str(StorySubmission.Status.REJECTED.label)
        contact_columns = [translation.gettext("Full name"), translation.gettext("E-mail")]
    for shown in ("Ірина Бойко", "i@x.org", "Історія в огляді", "Jan Nowak", rejected):
        assert escape(shown) in html
    header, *rows = csv.reader(io.StringIO(client_csv(client, url)))
    assert header[:6] == columns[:6]
    assert columns[4:6] == contact_columns
    by_email = {row[5]: row[1:5] for row in rows}
    assert by_email == {
        "i@x.org": [in_review, "uk", "Історія в огляді", "Ірина Бойко"],
        "j@x.org": [rejected, "pl", "Historia odrzucona", "Jan Nowak"],
    }
    only_rejected = client.get(url, {"status": "rejected"}).content.decode()
    assert "Jan Nowak" in only_rejected and escape("Ірина Бойко") not in only_rejected


def client_csv(client, url):
    return b"".join(client.get(url, {"export": "csv"}).streaming_content).decode()


def test_personal_data_commands_cover_story_senders(submit, run_command):
    submit("pl", contact_email="Sender@Example.org", title="Historia do usunięcia")
    exported = json.loads(run_command("export_personal_data", "sender@example.org"))
    assert [item["story"] for item in exported["story_submissions"]] == ["Historia do usunięcia"]
    run_command("erase_personal_data", "SENDER@example.org")
    assert not StorySubmission.objects.filter(contact_email="sender@example.org").exists()
    assert MemberStoryPage.objects.filter(title="Historia do usunięcia").exists()


def test_translators_publish_translations_but_not_originals(submit, translated_page):
    """A story written in Ukrainian is a source, which goes through the moderators: no
    translator edits or publishes it, not even the Ukrainian one; each publishes translations
    in their own tree."""
    submit("uk", title="Оригінал українською", contact_email="orig@example.org")
    original = StorySubmission.objects.get(contact_email="orig@example.org").story
    users = get_user_model().objects
    uk = users.get(username="translator-uk")
    en = users.get(username="translator-en")
    moderator = users.get(username="moderator")

    assert not original.permissions_for_user(uk).can_edit()
    assert not original.permissions_for_user(uk).can_publish()
    assert not original.permissions_for_user(en).can_edit()
    assert original.permissions_for_user(moderator).can_publish()

    versions = translated_page(StoryPageFactory)
    translated_story, polish = versions["uk"], versions["pl"]
    assert translated_story.permissions_for_user(uk).can_publish()
    assert not translated_story.permissions_for_user(en).can_edit()
    for translator in (uk, en):
        assert not polish.permissions_for_user(translator).can_edit()
        assert not polish.permissions_for_user(translator).can_publish()


def test_translator_cannot_publish_an_original_through_the_admin(client, submit):
    submit("uk", title="Оригінал для адмінки", contact_email="orig2@example.org")
    original = StorySubmission.objects.get(contact_email="orig2@example.org").story
    client.force_login(get_user_model().objects.get(username="translator-uk"))
    edit_url = reverse("wagtailadmin_pages:edit", args=[original.pk])
    assert client.get(edit_url).status_code == 302
    client.force_login(get_user_model().objects.get(username="moderator"))
    data = edit_form_data(client, original, edit_url)
    client.force_login(get_user_model().objects.get(username="translator-uk"))
    client.post(edit_url, data | {"action-publish": "action-publish"})
    original.refresh_from_db()
    assert not original.live
    client.force_login(get_user_model().objects.get(username="moderator"))
    client.post(edit_url, edit_form_data(client, original, edit_url) | {"action-publish": "1"})
    original.refresh_from_db()
    assert original.live, "the same request from a moderator publishes: the refusal was the rule"
