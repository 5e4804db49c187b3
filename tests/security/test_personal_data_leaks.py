"""Personal data stays out of URLs, logs, public caches and error pages."""

import logging
import smtplib
from urllib.parse import quote

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.test import Client, override_settings
from django.urls import path

from events.models import Registration
from komm_site import urls as site_urls
from news.models import MemberStoryPage, StorySubmissionPage
from tests.factories import translate as translate_page
from tests.html import start_tags
from tests.i18n import assert_says
from tests.security.payloads import (
    cancellation_link,
    poisoned_rsvp,
    poisoned_story,
)

pytestmark = pytest.mark.django_db


def forms_in(html):
    """Each form of the page: its attributes, and the names of the fields inside it."""
    forms = []
    for tag in start_tags(html):
        if tag.name == "form":
            forms.append({"attrs": tag.attrs, "fields": set()})
        elif tag.name in ("input", "textarea", "select") and forms:
            forms[-1]["fields"].add(tag.attrs.get("name"))
    return forms


def assert_private(response, where):
    cache_control = response.headers.get("Cache-Control", "")
    assert any(word in cache_control for word in ("private", "no-cache", "no-store")), (
        f"{where}: Cache-Control {cache_control!r}"
    )
    assert "public" not in cache_control and "s-maxage" not in cache_control, where


def test_forms_post_personal_data_and_their_answers_are_never_cached_publicly(
    client, open_event, django_capture_on_commit_callbacks
):
    """The empty forms hold nothing of anyone (no per-visitor token either: core.origin), so
    their pages may be cached; what answers a POST holds the person's entries: private."""
    event, _question = open_event
    story_form = StorySubmissionPage.objects.get(locale__language_code="pl")
    for page, field, data in (
        (event, "email", poisoned_rsvp("private.answer@example.org")),
        (story_form, "contact_email", poisoned_story(contact_email="bad-address")),
    ):
        response = client.get(page.url)
        assert "csrfmiddlewaretoken" not in response.content.decode()
        (form,) = [f for f in forms_in(response.content.decode()) if field in f["fields"]]
        assert form["attrs"]["method"].lower() == "post"
        assert "?" not in form["attrs"].get("action", "")
        with django_capture_on_commit_callbacks(execute=True):
            answer = client.post(page.url, data)
        assert answer.status_code == 200
        assert_private(answer, page.url)


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "http://testserver"},
        {"HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_REFERER": "https://evil.example/form.html"},
    ],
)
@pytest.mark.parametrize("language", ["pl", "uk"])
def test_a_form_sent_from_another_site_is_refused_in_the_visitors_language(
    client, open_event, headers, language, django_capture_on_commit_callbacks
):
    event, _question = open_event
    if language != "pl":
        with django_capture_on_commit_callbacks(execute=True):
            translate_page(event, language)
    page = event.get_translations(inclusive=True).get(locale__language_code=language)
    story_form = StorySubmissionPage.objects.get(locale__language_code=language)
    for url, data in (
        (page.url, poisoned_rsvp("forged@example.org")),
        (story_form.url, poisoned_story(contact_email="forged@example.org")),
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, data, **headers)
        assert_says(response, language, "This form can only be sent from our website.", status=403)
    assert not Registration.objects.filter(email="forged@example.org").exists()
    assert not MemberStoryPage.objects.filter(submission__contact_email="forged@example.org")
    assert mail.outbox == []


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "same-origin", "HTTP_ORIGIN": "http://testserver"},
        {"HTTP_ORIGIN": "http://testserver"},
        {"HTTP_REFERER": "http://testserver/pl/"},
        {},
    ],
)
def test_a_form_sent_from_the_site_itself_is_accepted(
    client, open_event, headers, django_capture_on_commit_callbacks
):
    event, _question = open_event
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(event.url, poisoned_rsvp("own.site@example.org"), **headers)
    assert response.status_code == 200
    assert Registration.objects.filter(email="own.site@example.org").exists()


def test_personal_data_sent_by_get_is_neither_saved_nor_echoed(client, open_event):
    event, question = open_event
    story_form = StorySubmissionPage.objects.get(locale__language_code="pl")
    for page, data in (
        (event, poisoned_rsvp("get-leak@example.org", name="Olena Getowa")),
        (story_form, poisoned_story(contact_email="get-leak@example.org", title="Tytuł GET")),
    ):
        response = client.get(page.url, data)
        assert response.status_code == 200
        html = response.content.decode()
        assert "get-leak@example.org" not in html and "Olena Getowa" not in html
    assert not Registration.objects.filter(email="get-leak@example.org").exists()
    assert not MemberStoryPage.objects.filter(title="Tytuł GET").exists()


def test_thank_you_and_cancellation_pages_keep_personal_data_out_of_urls_and_caches(
    client, open_event, django_capture_on_commit_callbacks
):
    event, _question = open_event
    email, name = "olena.private@example.org", "Olena Prywatna"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(event.url, poisoned_rsvp(email, name=name))
    assert response.status_code in (200, 302, 303)
    assert_private(response, "RSVP thank-you page")
    location = response.headers.get("Location", "")
    for secret in (email, quote(email), quote(email, safe=""), name, quote(name)):
        assert secret not in location
        assert secret not in response.content.decode()

    invalid = client.post(event.url, poisoned_rsvp("second@example.org", consent=""))
    assert invalid.status_code == 200
    assert_private(invalid, "RSVP form with errors")

    link = cancellation_link(email)
    for secret in (email, quote(email), quote(email, safe=""), "olena", "prywatna"):
        assert secret not in link.lower()
    for method in ("get", "post"):
        response = getattr(client, method)(link)
        assert response.status_code == 200
        assert_private(response, f"{method} cancellation page")
        assert email not in response.content.decode()

    story_form = StorySubmissionPage.objects.get(locale__language_code="pl")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(story_form.url, poisoned_story(contact_email=email))
    assert_private(response, "story thank-you page")
    assert email not in response.headers.get("Location", "")
    assert email not in response.content.decode()


class RecipientRefusedBackend(BaseEmailBackend):
    """A mail server that refuses the recipient and says which address it refused."""

    def send_messages(self, email_messages):
        recipients = {address: (550, b"no such user") for m in email_messages for address in m.to}
        raise smtplib.SMTPRecipientsRefused(recipients)


PROJECT_LOGGERS = ("", "django.request", "django.server", "events", "news", "home", "wagtail")


@pytest.fixture
def logs(caplog):
    for name in PROJECT_LOGGERS:
        caplog.set_level(logging.INFO, logger=name)
    return caplog


def test_logs_name_no_registrant_or_sender(
    client, open_event, logs, django_capture_on_commit_callbacks
):
    event, _question = open_event
    people = [
        ("log-ok@example.org", "Hanna Dziennikowa"),
        ("log-wait@example.org", "Iryna Logowa"),
        ("log-refused@example.org", "Petro Poczta"),
    ]
    for email, name in people[:2]:
        with django_capture_on_commit_callbacks(execute=True):
            client.post(event.url, poisoned_rsvp(email, name=name))
    client.post(event.url, poisoned_rsvp(people[0][0], name=people[0][1]))  # a duplicate
    client.post(event.url, poisoned_rsvp("bad-address", name="Zła Adresowa"))
    with (
        override_settings(
            EMAIL_BACKEND="tests.security.test_personal_data_leaks.RecipientRefusedBackend"
        ),
        django_capture_on_commit_callbacks(execute=True),
    ):
        client.post(event.url, poisoned_rsvp(people[2][0], name=people[2][1]))
        story_form = StorySubmissionPage.objects.get(locale__language_code="pl")
        client.post(
            story_form.url,
            poisoned_story(contact_email="log-story@example.org", contact_name="Oksana Logowa"),
        )
    with override_settings(KOMM_FORM_ADDRESS_LIMIT=0):
        response = client.post(event.url, poisoned_rsvp("limited@example.org", name="Limit Owa"))
    assert response.status_code == 429
    assert Registration.objects.filter(email__in=[p[0] for p in people]).count() == 3

    text = logs.text
    assert "429" in text or "Too Many Requests" in text, "django.request was not captured"
    for secret in [*(p[0] for p in people), *(p[1] for p in people)]:
        assert secret.lower() not in text.lower()
    for secret in ("log-story@example.org", "Oksana Logowa", "limited@example.org", "Limit Owa"):
        assert secret.lower() not in text.lower()


def boom(request):
    raise RuntimeError("something broke")


urlpatterns = [path("boom/", boom), *site_urls.urlpatterns]
handler500 = getattr(site_urls, "handler500", "django.views.defaults.server_error")


@override_settings(ROOT_URLCONF="tests.security.test_personal_data_leaks", DEBUG=False)
def test_error_pages_show_no_request_data(logs):
    client = Client(raise_request_exception=False)
    client.cookies["private_cookie"] = "cookie-secret-value"
    secrets = ("olena.error@example.org", "Olena Błędna", "cookie-secret-value", "query-secret")
    data = {"email": secrets[0], "name": secrets[1]}
    for url, expected in (("/boom/", 500), ("/pl/nie-ma-takiej-strony/", 404)):
        for response in (
            client.get(url, {"token": secrets[3], **data}),
            client.post(f"{url}?token={secrets[3]}", data),
        ):
            assert response.status_code == expected, url
            html = response.content.decode()
            for secret in secrets:
                assert secret not in html, f"{url} shows {secret}"
            assert "Traceback" not in html and "something broke" not in html
            assert "public" not in response.headers.get("Cache-Control", "")
    for secret in secrets[:3]:
        assert secret not in logs.text
