"""Every public page type and form state, in every language: axe-core finds nothing serious,
the language is declared, and on a phone or a laptop nothing scrolls sideways and nothing
overlaps."""

import re
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from django.utils import translation

from events.models import EventIndexPage, EventPage
from grants.models import GrantIndexPage
from membership.models import ApplicationPage
from news.models import StorySubmissionPage
from partnerships.models import PartnerRequestFormPage, PartnerRequestPage, PartnershipIndexPage
from partnerships.requests import manage_url
from subscribers.emails import link
from tests.browser.conftest import (
    check_accessibility,
    check_no_horizontal_scroll,
    check_nothing_overlaps,
)
from tests.forms import partner_request_entries
from tests.page_types import PAGE_TYPES
from tests.subscribers.conftest import path_of
from tests.subscribers.factories import SubscriberFactory

pytestmark = pytest.mark.browser

LANGUAGES = ["pl", "uk", "en"]
# A word no page uses.
NOT_FOUND = "xqzjwv"


def public_urls(language):
    urls = []
    for model in PAGE_TYPES:
        page = model.objects.live().filter(locale__language_code=language).first()
        urls.append(page.url)
    return urls


def past_meeting(language):
    """A meeting that is over, with its summary: its page shows the summary first."""
    meetings = EventPage.objects.live().filter(locale__language_code=language).past()
    return meetings.exclude(report="").order_by("pk").first()


def address_states(language):
    """Pages in more states than their type shows: the past meeting with its summary, the
    archive, filters and search."""
    events = EventIndexPage.objects.live().get(locale__language_code=language).url
    grants = GrantIndexPage.objects.live().get(locale__language_code=language).url
    partners = PartnershipIndexPage.objects.live().get(locale__language_code=language).url
    search = f"/{language}/search/?"
    # The archive marks the meeting that has a summary; a search for its title's longest word
    # finds it.
    meeting = past_meeting(language)
    word = max(re.findall(r"\w+", meeting.title), key=len)
    return [
        meeting.url,
        f"{events}?when=past",
        f"{events}?mode=online",
        f"{grants}?status=open",
        f"{partners}?status=closed&theme=culture",
        search + urlencode({"q": word}),
        search + urlencode({"q": NOT_FOUND}),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", [360, 1280])
def test_every_page_type_is_accessible_fits_and_nothing_overlaps(
    new_page, site_url, language, width
):
    page = new_page(locale=language, width=width)
    urls = public_urls(language) + address_states(language) + [f"/{language}/no-such-page/"]
    for url in urls:
        page.goto(url)
        assert page.get_attribute("html", "lang") == language
        check_accessibility(page)
        check_no_horizontal_scroll(page)
        check_nothing_overlaps(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_states_really_differ(new_page, language):
    """The accessibility run above covers both search states only if the words do."""
    page = new_page(locale=language)
    found, not_found = address_states(language)[-2:]
    page.goto(found)
    assert page.locator(".search-result").count() > 0
    page.goto(not_found)
    assert page.locator(".search-result").count() == 0
    assert NOT_FOUND in page.inner_text(".search-message")


def check_form_states(page, url, fill, submit="main button[type=submit]", done="[role=status]"):
    """The empty form, the form sent empty (the errors, the fields marked invalid) and what
    follows once `fill(page)` has completed it: each passes axe-core and fits the screen."""
    page.goto(url)
    check_accessibility(page)
    check_no_horizontal_scroll(page)
    page.click(submit)
    page.wait_for_selector("#form-errors")
    check_accessibility(page)
    check_no_horizontal_scroll(page)
    assert page.locator("[aria-invalid=true]").count() > 0
    fill(page)
    page.click(submit)
    page.wait_for_selector(done)
    check_accessibility(page)
    check_no_horizontal_scroll(page)


def event_with_form(language):
    return (
        EventPage.objects.live()
        .filter(locale__language_code=language, registration_enabled=True)
        .upcoming()
        .first()
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_registration_form_states_are_accessible(new_page, language):
    def fill(page):
        page.fill("[name=name]", "Test Person")
        page.fill("[name=email]", f"a11y-{language}@example.org")
        page.check("[name=consent]")

    check_form_states(new_page(locale=language, width=360), event_with_form(language).url, fill)


@pytest.mark.parametrize("language", LANGUAGES)
def test_story_form_states_are_accessible(new_page, language):
    def fill(page):
        for name in ("title", "summary", "story", "organisation", "contact_name"):
            page.fill(f"[name={name}]", "Test")
        page.fill("[name=contact_email]", f"a11y-story-{language}@example.org")
        page.check("[name=consent_publish]")
        page.check("[name=consent_data]")

    url = StorySubmissionPage.objects.live().get(locale__language_code=language).url
    check_form_states(new_page(locale=language, width=360), url, fill)


@pytest.mark.parametrize("language", LANGUAGES)
def test_skip_link_is_first_and_moves_to_the_content(new_page, language):
    page = new_page(locale=language, width=360)
    page.goto(f"/{language}/")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.className") == "skip-link"
    assert page.evaluate("() => getComputedStyle(document.activeElement).top") != "-64px"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"


@pytest.mark.parametrize("language", LANGUAGES)
def test_application_form_states_are_accessible(new_page, language):
    def fill(page):
        page.check("main [name=applicant_type][value=informal-group]")
        for name in ("name", "communities", "description", "contact_name"):
            page.fill(f"main [name={name}]", "Test")
        page.check("main [name=nationwide]")
        page.fill("main [name=email]", f"a11y-application-{language}@example.org")
        page.check("main [name=accept_declaration]")
        page.check("main [name=consent_data]")

    page = new_page(locale=language, width=360)
    url = ApplicationPage.objects.live().get(locale__language_code=language).url
    page.goto(url)
    check_nothing_overlaps(page)
    check_form_states(page, url, fill)


@pytest.mark.parametrize("language", LANGUAGES)
def test_partner_request_form_states_are_accessible(new_page, language):
    entries = partner_request_entries(contact_email=f"a11y-partners-{language}@example.org")

    def fill(page):
        for name in ("call_name", "title", "project_idea", "offer", "partner_sought"):
            page.fill(f"[name={name}]", entries[name])
        for name in ("organisation", "contact_name", "contact_email", "reply_by"):
            page.fill(f"[name={name}]", entries[name])
        for name in ("nationwide", "consent_publish", "consent_data"):
            page.check(f"[name={name}]")

    url = PartnerRequestFormPage.objects.live().get(locale__language_code=language).url
    check_form_states(new_page(locale=language, width=360), url, fill)


def open_request(language):
    return PartnerRequestPage.objects.live().filter(locale__language_code=language).open().first()


@pytest.mark.parametrize("language", LANGUAGES)
def test_contact_form_states_and_the_report_page_are_accessible(new_page, language):
    def fill(page):
        page.fill("[name=name]", "Test Person")
        page.fill("[name=email]", f"a11y-contact-{language}@example.org")
        page.fill("[name=message]", "Hello")
        page.check("[name=consent]")

    request = open_request(language)
    page = new_page(locale=language, width=360)
    check_form_states(page, request.url, fill, "#contact button[type=submit]", "#contact-sent")
    page.goto(reverse_in(language, "partnerships_report", request.pk))
    check_accessibility(page)
    page.click("main button[type=submit]")
    page.wait_for_selector("#form-errors")
    check_accessibility(page)
    check_no_horizontal_scroll(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_management_page_states_are_accessible(new_page, language):
    submission = open_request("pl").submission
    submission.language = language
    page = new_page(locale=language, width=360)
    page.goto(manage_url(submission))
    check_accessibility(page)
    check_no_horizontal_scroll(page)
    page.fill("[name=reply_by]", "2001-01-01")
    page.click("form:has([name=reply_by]) button[type=submit]")
    page.wait_for_selector("#form-errors")
    check_accessibility(page)
    page.goto(f"/{language}/partners/manage/not-a-valid-link/")
    check_accessibility(page)
    check_no_horizontal_scroll(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_subscription_pages_and_their_states_are_accessible(new_page, language):
    def fill(page):
        page.fill("[name=email]", f"a11y-subscriber-{language}@example.org")
        page.check("[name=consent]")

    page = new_page(locale=language, width=360)
    check_form_states(page, f"/{language}/subscribe/", fill)
    subscriber = SubscriberFactory(email=f"a11y-links-{language}@example.org", language=language)
    preferences = path_of(link(subscriber, "preferences"))
    page.goto(preferences)
    for topic in page.locator("[name=topics]").all():
        topic.uncheck()
    page.click("main button[type=submit]")
    page.wait_for_selector("#form-errors")
    assert page.locator("[aria-invalid=true]").count() > 0
    check_accessibility(page)
    for url in (
        path_of(link(subscriber, "confirm")),
        preferences,
        path_of(link(subscriber, "unsubscribe")),
        f"/{language}/subscribe/confirm/not-a-valid-link/",
    ):
        page.goto(url)
        check_accessibility(page)
        check_no_horizontal_scroll(page)


def reverse_in(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)
