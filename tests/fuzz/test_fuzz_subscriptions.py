"""Whatever the internet posts to the subscription form and to a subscriber's preferences page,
the site answers without a server error; the form stores a subscriber and writes their one
e-mail only when it accepts the entries, and the preferences change only when they are saved.
The harness is test_fuzz_forms.py's."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from subscribers.emails import link
from tests.forms import subscribe_entries
from tests.fuzz.fuzzing import LANGUAGES, context_value, nothing
from tests.fuzz.test_fuzz_forms import fuzzed_post
from tests.subscribers.conftest import path_of
from tests.subscribers.factories import SubscriberFactory

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

CHOICES = {
    "email": ["nowa@example.org", "TAKEN@EXAMPLE.ORG", "a@b.c", "ola@xn--", "x@\u2028.pl"],
    "language": [*LANGUAGES, "ru", "PL"],
    "topics": ["invitations", "grant_calls", "stories", "everything"],
    "consent": ["on", "", "off"],
    "website": ["", "https://spam.example"],
}
PREFERENCES = {key: CHOICES[key] for key in ("language", "topics")}


@pytest.fixture
def subscribe_targets():
    SubscriberFactory(email="taken@example.org")
    return [
        (f"/{code}/subscribe/", subscribe_entries("nowa@example.org"), CHOICES)
        for code in LANGUAGES
    ]


@given(data=st.data())
def test_the_subscription_form_never_fails_and_stores_only_accepted_entries(
    data, subscribe_targets, attempt
):
    response, delta = fuzzed_post(data, subscribe_targets, attempt)
    sent = response.status_code == 200 and context_value(response, "sent")
    if sent and delta["subscriber e-mails"]:
        assert delta["subscriber e-mails"] == 1
        assert delta["e-mails"] == 1
        assert delta["subscribers"] in (0, 1)
        kept = ("subscribers", "subscriber e-mails", "e-mails", "subscriber choices")
        assert nothing(delta, *kept) == {}
    else:
        assert nothing(delta) == {}
        if response.status_code == 200 and not sent:
            assert context_value(response, "form").errors


@pytest.fixture
def preference_targets():
    subscriber = SubscriberFactory(email="fuzz.prefs@example.org", language="uk")
    url = path_of(link(subscriber, "preferences"))
    valid = {"name": "Оля", "language": "uk", "topics": ["stories"]}
    return [(url, valid, PREFERENCES)]


@given(data=st.data())
def test_the_preferences_page_never_fails_and_saves_only_valid_choices(
    data, preference_targets, attempt
):
    response, delta = fuzzed_post(data, preference_targets, attempt)
    saved = response.status_code == 200 and context_value(response, "saved")
    if not saved:
        assert nothing(delta) == {}
    else:
        assert nothing(delta, "subscriber choices") == {}
