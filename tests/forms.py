"""Valid entries of the public forms, one builder each, and the photos and scans people attach:
a test names only what it is about."""

import functools
import io
from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image


def picture(image_format="JPEG", size=(800, 600)):
    """The bytes of a plain picture, as a phone would send it (without metadata)."""
    buffer = io.BytesIO()
    Image.new("RGB", size, "#1d6b35").save(buffer, format=image_format)
    return buffer.getvalue()


def photo_upload(name="photo.jpg", image_format="JPEG"):
    content_type = f"image/{image_format.lower()}"
    return SimpleUploadedFile(name, picture(image_format), content_type=content_type)


def public_form(*ticked):
    """Make a builder of a public form's valid entries out of a function that returns the
    person's answers: the builder ticks the boxes `ticked`, leaves the honeypot field that only
    bots fill in ("website") empty, and takes the answers a test is about as keywords over the
    others (`story_entries(title="…")`)."""

    def builder(answers):
        @functools.wraps(answers)
        def entries(*args, **fields):
            return {**answers(*args), **dict.fromkeys(ticked, "on"), "website": "", **fields}

        return entries

    return builder


@public_form("consent")
def rsvp_entries(email="olena@example.org"):
    """An event's registration form, filled in by a Ukrainian-speaking member."""
    return {
        "name": "Olena Kowalenko",
        "email": email,
        "organisation": "Fundacja Przykład",
        "email_language": "uk",
        "interpretation": "uk",
        "accessibility_needs": "",
    }


@public_form("consent_publish", "consent_data")
def story_entries():
    """The story form, filled in by a member."""
    return {
        "title": "Sobotnia szkoła dla dzieci",
        "summary": "Uczymy dzieci w soboty.",
        "story": "Pierwszy akapit.\n\nDrugi akapit\nz nową linią.",
        "organisation": "Grupa Matek",
        "voivodeship": "malopolskie",
        "photo_credit": "",
        "contact_name": "Oksana Petrenko",
        "contact_email": "oksana@example.org",
    }


@public_form("accept_declaration", "consent_data")
def application_entries():
    """The membership application, filled in by an informal Ukrainian group."""
    return {
        "applicant_type": "informal-group",
        "name": "Ukraińskie Mamy z Lublina",
        "krs": "",
        "nip": "",
        "communities": "Ukrainian refugees",
        "voivodeships": ["lubelskie"],
        "themes": ["education", "women"],
        "languages": ["uk", "pl"],
        "link": "",
        "description": "We run a Saturday school for children.",
        "contact_name": "Iryna Bondarenko",
        "email": "iryna@example.org",
        "phone": "+48 600 700 800",
        "email_language": "uk",
    }


def send_story(client, run_on_commit, **fields):
    """A Polish member's story with a photo, sent through the form as they would send it: the
    draft story page it becomes. `run_on_commit` is django_capture_on_commit_callbacks."""
    from news.models import StorySubmission, StorySubmissionPage

    form_page = StorySubmissionPage.objects.live().get(locale__language_code="pl")
    data = story_entries(voivodeship="", photo_credit="Olena", photo=photo_upload()) | fields
    with run_on_commit(execute=True):
        assert client.post(form_page.url, data).status_code == 200
    return StorySubmission.objects.get(contact_email=data["contact_email"]).story


@public_form("consent_publish", "consent_data")
def partner_request_entries():
    """A partner request for a call of another funder, from a Ukrainian group in Lublin."""
    reply_by = timezone.localdate() + timedelta(days=20)
    return {
        "grant_call": "",
        "call_name": "Erasmus+ KA210",
        "call_url": "https://example.org/erasmus",
        "call_deadline": (timezone.localdate() + timedelta(days=40)).isoformat(),
        "title": "Szukamy partnera do szkoły letniej",
        "project_idea": "Szkoła letnia dla dzieci z Ukrainy i Polski.",
        "offer": "Nauczycielki i salę w Lublinie.",
        "partner_sought": "Organizację, która poprowadzi zajęcia sportowe.",
        "partner_type": "organisation",
        "themes": ["education", "youth"],
        "nationwide": "",
        "voivodeships": ["lubelskie"],
        "reply_by": reply_by.isoformat(),
        "organisation": "Ukraińskie Mamy z Lublina",
        "languages": ["uk", "pl"],
        "contact_name": "Iryna Bondarenko",
        "contact_email": "iryna.partner@example.org",
    }


@public_form("consent")
def contact_entries():
    """A message to a requester, from an organisation that would like to join them."""
    return {
        "name": "Piotr Wiśniewski",
        "organisation": "Fundacja Boisko",
        "email": "piotr.responder@example.org",
        "message": "Dzień dobry, chętnie poprowadzimy zajęcia sportowe.",
    }


@public_form("consent")
def subscribe_entries(email="oksana@example.org"):
    """The subscription form, filled in by a Ukrainian-speaking visitor."""
    return {
        "email": email,
        "name": "Оксана",
        "language": "uk",
        "topics": ["invitations", "stories"],
    }
