"""A member looks for a partner for a grant call, in Ukrainian, on a phone, with the keyboard."""

import pytest

from grants.models import GrantIndexPage
from partnerships.models import PartnerMessage, PartnerRequestPage
from tests.browser.keyboard import tab_to_link, tick_and_submit, type_into

pytestmark = pytest.mark.browser


def test_a_member_finds_a_partner_for_a_call_by_keyboard_on_a_phone(new_page):
    """From the grant calls to a request for one of them, and a message to its author, in
    Ukrainian, on a 360 px screen, with the keyboard only."""
    request = (
        PartnerRequestPage.objects.live()
        .filter(locale__language_code="uk", grant_call__isnull=False)
        .open()
        .first()
    )
    call = request.grant_call_version
    grants = GrantIndexPage.objects.live().get(locale__language_code="uk")
    page = new_page(locale="uk", width=360)
    page.goto(grants.url)
    tab_to_link(page, call.url)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{call.url}")
    assert request.title in page.inner_text("#partners-heading + p + ul")
    tab_to_link(page, request.url)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{request.url}")
    assert page.inner_text("h1") == request.title
    type_into(
        page,
        name="Петро Вишневський",
        organisation="Фундація Поле",
        email="petro.keyboard@example.org",
        message="Добрий день! Ми хочемо долучитися.",
    )
    tick_and_submit(page, "consent")
    page.wait_for_selector("#contact-sent")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 360
    message = PartnerMessage.objects.get(email="petro.keyboard@example.org")
    assert message.request_key == request.translation_key
    assert message.message == "Добрий день! Ми хочемо долучитися."
    requester = request.source_version() or request
    assert requester.submission.contact_email not in page.content()
