"""The pages behind a person's own link (cancelling a place, a subscription's links, a partner
request's management page, a report of abuse) are named once, by their view: the tab's title
and the heading say the same, in the language of the address."""

import html
import re
from urllib.parse import urlparse

import pytest
from django.urls import reverse
from django.utils import translation

from events.emails import cancel_url
from partnerships.models import PartnerRequestSubmission
from partnerships.requests import manage_token
from subscribers.emails import token
from tests.events.factories import EventPageFactory, RegistrationFactory
from tests.partnerships.factories import PartnerRequestPageFactory
from tests.subscribers.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


def addresses(language):
    """Each unlisted page, in `language`, with the title it should have (English msgid)."""
    subscriber = SubscriberFactory(language=language)
    event = EventPageFactory()
    cancel_path = urlparse(cancel_url(RegistrationFactory(page=event), language)).path
    request_page = PartnerRequestPageFactory()
    submission = PartnerRequestSubmission.objects.get(request=request_page)
    with translation.override(language):
        return [
            (cancel_path, "Cancel registration"),
            (
                reverse("subscribers_confirm", args=[token(subscriber, "confirm")]),
                "Confirm your subscription",
            ),
            (
                reverse("subscribers_preferences", args=[token(subscriber, "preferences")]),
                "Your e-mail preferences",
            ),
            (
                reverse("subscribers_unsubscribe", args=[token(subscriber, "unsubscribe")]),
                "Unsubscribe",
            ),
            (reverse("subscribers_confirm", args=["not-a-signed-link"]), "This link does not work"),
            (
                reverse("partnerships_manage", args=[manage_token(submission)]),
                "Manage your partner request",
            ),
            (
                reverse("partnerships_manage", args=["not-a-signed-link"]),
                "Manage your partner request",
            ),
            (reverse("partnerships_report", args=[request_page.pk]), "Report abuse"),
        ]


@pytest.mark.parametrize("language", ["pl", "uk", "en"])
def test_an_unlisted_page_is_named_in_its_tab_and_heading_in_the_visitors_language(
    client, language
):
    for url, title in addresses(language):
        with translation.override(language):
            expected = translation.gettext(title)
        assert language == "en" or expected != title, f"{title!r} has no {language} translation"
        page = client.get(url).content.decode()
        tab = html.unescape(re.search(r"<title>(.*?)</title>", page, re.S).group(1))
        heading = html.unescape(re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1))
        assert tab.strip() == f"{expected} | KOMM Hub", url
        if "report" not in url:
            assert heading.strip() == expected, url
