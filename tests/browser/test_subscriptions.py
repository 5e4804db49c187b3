"""A visitor subscribes in Ukrainian from the footer, confirms through the e-mail's link and
later unsubscribes through the link every e-mail carries: on a 360 px screen, keyboard only."""

import pytest
from django.core import mail

from subscribers.emails import link
from subscribers.models import Subscriber
from tests.browser.keyboard import tab_to_link, tick_and_submit, type_into
from tests.subscribers.conftest import link_to, path_of

pytestmark = pytest.mark.browser

EMAIL = "oksana.keyboard@example.org"


def press_the_button(page):
    """Tab to the page's own button (not the search box's in the header) and press it."""
    focused = "() => document.activeElement.matches('main button[type=submit]')"
    for _press in range(80):
        page.keyboard.press("Tab")
        if page.evaluate(focused):
            break
    page.keyboard.press("Enter")
    page.wait_for_selector("[role=status]")


def test_subscribe_confirm_and_unsubscribe_by_keyboard_on_a_phone(new_page):
    page = new_page(locale="uk", width=360)
    page.goto("/uk/")
    tab_to_link(page, "/uk/subscribe/", limit=300)
    page.keyboard.press("Enter")
    page.wait_for_url("**/uk/subscribe/")
    type_into(page, email=EMAIL, name="Оксана")
    tick_and_submit(page, "consent")
    page.wait_for_selector("[role=status]")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 360
    subscriber = Subscriber.objects.get(email=EMAIL)
    assert subscriber.language == "uk" and not subscriber.is_active
    assert subscriber.topic_list == ["invitations", "grant_calls", "stories"]

    confirmation = next(message for message in mail.outbox if message.to == [EMAIL])
    page.goto(link_to(confirmation, "confirm"))
    press_the_button(page)
    subscriber.refresh_from_db()
    assert subscriber.is_active

    page.goto(path_of(link(subscriber, "unsubscribe")))
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 360
    press_the_button(page)
    subscriber.refresh_from_db()
    assert not subscriber.is_active
    assert EMAIL in page.inner_text("[role=status]")
