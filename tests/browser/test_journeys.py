"""The main journeys, each in its language, asserting what the person sees."""

import io

import pytest
from django.utils import translation
from PIL import Image
from wagtail.models import Locale

from events.models import EventPage, Registration
from news.models import StorySubmission, StorySubmissionPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def gettext_in(language, message):
    with translation.override(language):
        return translation.gettext(message)


def test_visitor_lands_in_ukrainian_and_switches_to_the_same_event_in_polish(new_page):
    page = new_page(locale="uk")
    page.goto("/")
    assert page.url.endswith("/uk/")
    event = EventPage.objects.live().filter(locale__language_code="uk").upcoming().first()
    page.click(f'main a[href="{event.url}"]')
    page.wait_for_url(f"**{event.url}")
    page.click('.language-switcher a[hreflang="pl"]')
    polish = event.get_translation(Locale.objects.get(language_code="pl"))
    page.wait_for_url(f"**{polish.url}")
    assert page.get_attribute("html", "lang") == "pl"
    assert page.inner_text("h1") == polish.title


def tab_to(page, name, limit=80):
    """Press Tab until the field called `name` has the focus, as a keyboard user would."""
    for _press in range(limit):
        if page.evaluate("() => document.activeElement && document.activeElement.name") == name:
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{name} cannot be reached with the keyboard")


def register_by_keyboard(page, email):
    tab_to(page, "name")
    page.keyboard.type("Олена Коваленко")
    tab_to(page, "email")
    page.keyboard.type(email)
    tab_to(page, "consent")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.type") == "submit"
    page.keyboard.press("Enter")
    page.wait_for_load_state()


def test_keyboard_registration_in_ukrainian_and_a_second_try_refused(new_page):
    event = (
        EventPage.objects.live()
        .filter(locale__language_code="uk", mode="online", capacity__isnull=False)
        .upcoming()
        .first()
    )
    page = new_page(locale="uk", width=360)
    page.goto(event.url)
    register_by_keyboard(page, "olena.keyboard@example.org")
    assert page.inner_text("h1") == gettext_in("uk", "Thank you")
    assert gettext_in("uk", "Your place is confirmed.") in page.inner_text("main")
    assert Registration.objects.filter(email="olena.keyboard@example.org").count() == 1

    page.goto(event.url)
    register_by_keyboard(page, "Olena.Keyboard@example.org")
    alert = page.locator("#form-errors")
    assert alert.get_attribute("role") == "alert"
    already = (
        "This e-mail address is already registered for this event. Please look for our e-mail "
        "in your inbox (and in the spam folder); it has a link to cancel if you need to."
    )
    assert alert.inner_text().strip() == gettext_in("uk", already)
    assert Registration.objects.filter(email="olena.keyboard@example.org").count() == 1


def photo_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), "#1d6b35").save(buffer, format="JPEG")
    return buffer.getvalue()


def test_story_in_english_with_photo_keeps_entries_after_an_error(new_page):
    form_page = StorySubmissionPage.objects.live().get(locale__language_code="en")
    page = new_page(locale="en")
    page.goto(form_page.url)
    page.fill("[name=title]", "Our Saturday school")
    page.fill("[name=summary]", "Children learn Ukrainian and Polish together.")
    page.fill("[name=story]", "We started in 2022.\n\nNow forty children come every week.")
    page.fill("[name=organisation]", "Mothers' Group Kraków")
    photo = {"name": "school.jpg", "mimeType": "image/jpeg", "buffer": photo_bytes()}
    page.set_input_files("[name=photo]", photo)
    page.fill("[name=photo_credit]", "Maria Koval")
    page.fill("[name=contact_name]", "Oksana Petrenko")
    page.fill("[name=contact_email]", "oksana.browser@example.org")
    page.check("[name=consent_data]")
    page.click("button[type=submit]")

    page.wait_for_selector("#form-errors")
    assert page.input_value("[name=title]") == "Our Saturday school"
    assert "forty children" in page.input_value("[name=story]")
    assert page.input_value("[name=contact_email]") == "oksana.browser@example.org"
    assert page.locator("[name=consent_publish][aria-invalid=true]").count() == 1

    page.check("[name=consent_publish]")
    page.check("[name=consent_data]")
    page.set_input_files("[name=photo]", photo)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert page.inner_text("h1") == "Thank you"
    submission = StorySubmission.objects.get(contact_email="oksana.browser@example.org")
    assert submission.story.image.credit == "Maria Koval"
    assert not submission.story.live
