"""The requester manages a published request through the signed link in their e-mails, without an
account: closing it (partners found), moving the reply-by date once, withdrawing it. A tampered
or old link is refused with a clear message, and a request past its reply-by date or its call's
deadline is listed as closed without anyone acting."""

import time
from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone

from partnerships.models import PartnershipIndexPage
from partnerships.requests import MANAGE_LINK_DAYS, manage_token, manage_url
from tests.factories import index_page
from tests.grants.factories import GrantPageFactory
from tests.i18n import assert_says
from tests.partnerships.factories import PartnerRequestPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_versions(translated_page):
    return translated_page(
        PartnerRequestPageFactory, title="Szukamy trenera", submission__language="uk"
    )


def submission(versions):
    return versions["pl"].submission


def listed(client, language):
    listing = client.get(index_page(PartnershipIndexPage, language).url).context["listing"]
    open_keys = [item.translation_key for item in listing["open"]]
    closed_keys = [item.translation_key for item in listing["closed"]]
    return open_keys, closed_keys


def test_the_link_closes_the_request_in_every_language(
    client, request_versions, django_capture_on_commit_callbacks
):
    url = manage_url(submission(request_versions))
    assert url.startswith("/uk/")
    page = client.get(url)
    assert page.status_code == 200
    assert "no-cache" in page["Cache-Control"] or "no-store" in page["Cache-Control"]
    assert page.context["request_page"].title == "Szukamy trenera"

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"action": "close"})

    assert response.context["done"] == "close"
    key = request_versions["pl"].translation_key
    for language in ("pl", "uk", "en"):
        open_keys, closed_keys = listed(client, language)
        assert key in closed_keys and key not in open_keys, language
        assert_says(
            client.get(request_versions[language].url),
            language,
            "Partners found",
            "This request is closed: it no longer takes messages.",
        )


def test_a_tampered_link_is_refused_with_a_clear_message(client, request_versions):
    url = manage_url(submission(request_versions))
    tampered = url[:-6] + ("A" if url[-6] != "A" else "B") + url[-5:]
    response = client.get(tampered)
    invalid = (
        "This link is not valid. Please use the link exactly as it is in our e-mail, "
        "or write to the coalition."
    )
    assert_says(response, "uk", invalid, status=404)
    assert response.context["refused"] == "invalid"
    assert client.post(tampered, {"action": "close"}).status_code == 404
    request_versions["pl"].refresh_from_db()
    assert request_versions["pl"].state == "open"


def test_an_old_link_is_refused_with_a_clear_message(client, request_versions):
    sent_long_ago = time.time() - (MANAGE_LINK_DAYS + 1) * 86400
    with mock.patch("django.core.signing.time.time", return_value=sent_long_ago):
        token = manage_token(submission(request_versions))
    response = client.post(f"/uk/partners/manage/{token}/", {"action": "withdraw"})
    too_old = "This link is too old to use. Please write to the coalition and we will help you."
    assert_says(response, "uk", too_old, status=410)
    assert response.context["refused"] == "expired"
    request_versions["pl"].refresh_from_db()
    assert request_versions["pl"].live


def test_a_link_of_a_forgotten_sender_no_longer_works(client, request_versions):
    url = manage_url(submission(request_versions))
    submission(request_versions).delete()
    assert client.get(url).status_code == 404


def test_the_reply_by_date_moves_once_within_the_limits(
    client, request_versions, django_capture_on_commit_callbacks
):
    url = manage_url(submission(request_versions))
    current = request_versions["pl"].reply_by
    too_far = client.post(url, {"action": "extend", "reply_by": str(current + timedelta(days=90))})
    assert too_far.status_code == 400
    assert "reply_by" in too_far.context["extend_form"].errors

    with django_capture_on_commit_callbacks(execute=True):
        moved = client.post(
            url, {"action": "extend", "reply_by": str(current + timedelta(days=10))}
        )

    assert moved.context["done"] == "extend"
    for version in request_versions.values():
        version.refresh_from_db()
        assert version.reply_by == current + timedelta(days=10)
    again = client.post(url, {"action": "extend", "reply_by": str(current + timedelta(days=20))})
    assert again.context["done"] == "nothing"
    request_versions["en"].refresh_from_db()
    assert request_versions["en"].reply_by == current + timedelta(days=10)


def test_withdrawing_takes_the_request_off_the_site_in_every_language(
    client, request_versions, django_capture_on_commit_callbacks
):
    urls = [version.url for version in request_versions.values()]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(manage_url(submission(request_versions)), {"action": "withdraw"})
    for url in urls:
        assert client.get(url).status_code == 404, url


def test_a_request_past_its_reply_by_date_is_listed_as_closed_without_anyone_acting(client):
    yesterday = timezone.localdate() - timedelta(days=1)
    past = PartnerRequestPageFactory(title="Termin minął", reply_by=yesterday)
    ended_call = GrantPageFactory(deadline=timezone.now() - timedelta(hours=1))
    call_over = PartnerRequestPageFactory(title="Konkurs zamknięty", grant_call=ended_call)
    still_open = PartnerRequestPageFactory(title="Nadal otwarte")

    open_keys, closed_keys = listed(client, "pl")
    assert past.translation_key in closed_keys
    assert call_over.translation_key in closed_keys
    assert still_open.translation_key in open_keys
    assert client.get(past.url).status_code == 200  # still readable, as closed
    assert client.get(past.url).context["contact_form"] is None
    status_open = client.get(
        index_page(PartnershipIndexPage, "pl").url, {"status": "open"}
    ).context["listing"]
    assert status_open["closed"] is None
    assert past.translation_key not in [item.translation_key for item in status_open["open"]]
