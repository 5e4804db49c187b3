"""Fixtures of the subscription tests: the form (tests.forms.subscribe_entries) sent as a visitor
would, and the links in the e-mails they get."""

import re

import pytest
from django.core import mail

from subscribers.models import Subscriber
from tests.forms import subscribe_entries


def links_in(message):
    return re.findall(r"https?://\S+", message.body)


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def link_to(message, purpose):
    """The path of the e-mail's signed link for `purpose` (confirm, preferences, unsubscribe)."""
    return next(path_of(url) for url in links_in(message) if f"/subscribe/{purpose}/" in url)


@pytest.fixture
def subscribe(client, django_capture_on_commit_callbacks):
    """Post the form in `language`; the response, with the e-mails sent."""

    def send(data, language="uk"):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"/{language}/subscribe/", data)

    return send


@pytest.fixture
def confirmed(client, subscribe, django_capture_on_commit_callbacks):
    """A subscriber who confirmed through the link in their e-mail."""

    def make(email="oksana@example.org", **fields):
        mail.outbox.clear()
        subscribe(subscribe_entries(email, **fields))
        client.post(link_to(mail.outbox[-1], "confirm"))
        mail.outbox.clear()
        return Subscriber.objects.get(email=email)

    return make
