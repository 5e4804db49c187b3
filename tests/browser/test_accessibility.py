"""Every public page type and form state, in every language: axe-core finds nothing serious,
the language is declared, and nothing scrolls sideways on a phone or a laptop."""

import pytest

from events.models import EventPage
from news.models import StorySubmissionPage
from tests.browser.conftest import check_accessibility, check_no_horizontal_scroll
from tests.test_page_types import PAGE_TYPES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

LANGUAGES = ["pl", "uk", "en"]


def public_urls(language):
    urls = []
    for model in PAGE_TYPES:
        page = model.objects.live().filter(locale__language_code=language).first()
        urls.append(page.url)
    return urls


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", [360, 1280])
def test_every_page_type_is_accessible_and_fits(new_page, site_url, language, width):
    page = new_page(locale=language, width=width)
    for url in public_urls(language) + [f"/{language}/no-such-page/"]:
        page.goto(url)
        assert page.get_attribute("html", "lang") == language
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
    page = new_page(locale=language, width=360)
    page.goto(event_with_form(language).url)
    check_accessibility(page)
    page.click("button[type=submit]")
    page.wait_for_selector("#form-errors")
    check_accessibility(page)
    check_no_horizontal_scroll(page)
    assert page.locator("[aria-invalid=true]").count() > 0
    page.fill("[name=name]", "Test Person")
    page.fill("[name=email]", f"a11y-{language}@example.org")
    page.check("[name=consent]")
    page.click("button[type=submit]")
    page.wait_for_selector("[role=status]")
    check_accessibility(page)
    check_no_horizontal_scroll(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_story_form_states_are_accessible(new_page, language):
    page = new_page(locale=language, width=360)
    page.goto(StorySubmissionPage.objects.live().get(locale__language_code=language).url)
    check_accessibility(page)
    page.click("button[type=submit]")
    page.wait_for_selector("#form-errors")
    check_accessibility(page)
    check_no_horizontal_scroll(page)
    for name in ("title", "summary", "story", "organisation", "contact_name"):
        page.fill(f"[name={name}]", "Test")
    page.fill("[name=contact_email]", f"a11y-story-{language}@example.org")
    page.check("[name=consent_publish]")
    page.check("[name=consent_data]")
    page.click("button[type=submit]")
    page.wait_for_selector("[role=status]")
    check_accessibility(page)
    check_no_horizontal_scroll(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_skip_link_is_first_and_moves_to_the_content(new_page, language):
    page = new_page(locale=language, width=360)
    page.goto(f"/{language}/")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.className") == "skip-link"
    assert page.evaluate("() => getComputedStyle(document.activeElement).top") != "-64px"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
