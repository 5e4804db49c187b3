"""Fixtures of the partnership tests: sending the request form as a member would, a moderator's
decision in Wagtail's workflow, and an open grant call with its Ukrainian translation."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from partnerships.models import PartnerRequestFormPage, PartnerRequestSubmission
from tests.factories import translated
from tests.grants.factories import GrantPageFactory


def form_page(language):
    return PartnerRequestFormPage.objects.live().get(locale__language_code=language)


@pytest.fixture
def send_request(client, django_capture_on_commit_callbacks):
    """Post the request form in `language`; the response, with the e-mails sent."""

    def send(language, data, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(form_page(language).url, data, **extra)

    return send


@pytest.fixture
def decide(client, django_capture_on_commit_callbacks):
    """A moderator approves (publishes) or rejects a request waiting in review."""

    def act(page, action="approve", username="moderator"):
        client.force_login(get_user_model().objects.get(username=username))
        task_state = page.current_workflow_task_state
        url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, {"comment": ""})
        client.logout()
        page.refresh_from_db()
        return response

    return act


@pytest.fixture
def grant_call(django_capture_on_commit_callbacks):
    """An open call for education projects in lubelskie, in Polish, Ukrainian and English."""
    with django_capture_on_commit_callbacks(execute=True):
        call = GrantPageFactory(
            title="Konkurs edukacyjny",
            deadline=timezone.now() + timedelta(days=45),
            nationwide=False,
            theme_codes=["education"],
            voivodeship_codes=["lubelskie"],
        )
        return translated(call)


def sent_to(address):
    return [message for message in mail.outbox if address in message.to]


def manage_link(message):
    return re.search(r"https?://\S+/partners/manage/\S+/", message.body).group(0)


def submission_of(email):
    return PartnerRequestSubmission.objects.select_related("request").get(contact_email=email)
