"""Fixtures of the mailing tests: an editor pressing "Send" in the admin, as they would."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse


def send_url(page):
    return reverse("mailings_send", args=[page.pk])


@pytest.fixture
def press_send(client, django_capture_on_commit_callbacks):
    """Post "Send" on `page` as `username`; the response, with the e-mails sent."""

    def press(page, username="editor"):
        client.force_login(get_user_model().objects.get(username=username))
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(send_url(page))
        client.logout()
        return response

    return press
