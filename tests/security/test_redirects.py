"""Redirects lead only to this site."""

import re
from urllib.parse import urlencode, urljoin, urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from tests.home.factories import StandardPageFactory
from tests.security.payloads import (
    EVIL_TARGETS,
    cancellation_link,
    editor,
    poisoned_rsvp,
)

pytestmark = pytest.mark.django_db


def assert_stays_on_site(response, where):
    """A redirect, if any, leads to this site: browsers read a backslash as a slash and take
    `https:host` as absolute, so both are resolved the way a browser would."""
    location = response.headers.get("Location")
    if location is None:
        return
    for evil in EVIL_TARGETS:
        assert not location.startswith(evil), f"{where}: redirects to {location}"
    normalised = re.sub(r"^[\x00-\x20]+", "", location).replace("\\", "/")
    target = urlsplit(urljoin("http://testserver/admin/", normalised))
    assert target.scheme in ("http", "https"), f"{where}: redirects to {location}"
    assert target.hostname == "testserver", f"{where}: redirects to {location}"


def login_data(username):
    return {"username": username, "password": f"{username}-demo-2026"}


@pytest.mark.parametrize("evil", EVIL_TARGETS)
def test_logins_follow_only_this_sites_next(evil):
    with translation.override("pl"):
        frontend_login = reverse("wagtailcore_login")
    for url in (reverse("wagtailadmin_login"), frontend_login):
        client = Client()
        response = client.post(f"{url}?{urlencode({'next': evil})}", login_data("editor"))
        assert response.status_code == 302, f"{url}: the login itself failed"
        assert_stays_on_site(response, url)
        response = client.post(url, {**login_data("editor"), "next": evil})
        assert_stays_on_site(response, url)


@pytest.mark.parametrize("evil", EVIL_TARGETS)
def test_password_protected_page_returns_only_to_this_site(client, evil):
    page = StandardPageFactory(slug="chroniona")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="hasło-xss"
    )
    assert "hasło-xss" not in client.get(page.url).content.decode()
    with translation.override("pl"):
        url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    response = client.post(url, {"password": "hasło-xss", "return_url": evil})
    assert response.status_code == 302
    assert_stays_on_site(response, url)


@pytest.mark.parametrize("evil", EVIL_TARGETS)
def test_admin_actions_and_logout_follow_only_this_sites_next(client, evil):
    page = StandardPageFactory(slug="do-wycofania")
    client.force_login(editor())
    for url in (
        reverse("wagtailadmin_pages:unpublish", args=[page.pk]),
        reverse("wagtailadmin_pages:delete", args=[page.pk]),
    ):
        response = client.post(f"{url}?{urlencode({'next': evil})}", {"next": evil})
        assert response.status_code == 302, url
        assert_stays_on_site(response, url)
    response = client.post(reverse("wagtailadmin_logout"), {"next": evil})
    assert_stays_on_site(response, "logout")


@pytest.mark.parametrize("evil", EVIL_TARGETS)
def test_public_addresses_never_redirect_off_site(client, evil):
    """The "/" language redirect, slash appending, the cancellation page and Django's language
    switch (if mounted) all take a path or a parameter from the visitor."""
    attempts = [
        ("get", "/", {"next": evil}),
        ("get", "/" + evil.lstrip("/"), {}),
        ("get", "/" + evil, {}),
        ("get", "/pl/" + evil, {}),
        ("get", "/pl", {"next": evil}),
        ("get", "/pl/search/", {"q": evil, "next": evil}),
        ("post", "/i18n/setlang/", {"language": "uk", "next": evil}),
        ("get", "/pl/rsvp/cancel/abc/", {"next": evil, "return_to": evil}),
    ]
    for method, url, params in attempts:
        response = getattr(client, method)(url, params, HTTP_ACCEPT_LANGUAGE="uk")
        assert response.status_code < 500, url
        assert_stays_on_site(response, f"{method} {url}")
        response = client.get(url, {"redirect_to": evil}, HTTP_REFERER=evil)
        assert_stays_on_site(response, f"get {url}")


def test_cancellation_link_never_redirects(client, open_event, django_capture_on_commit_callbacks):
    event, _question = open_event
    with django_capture_on_commit_callbacks(execute=True):
        client.post(event.url, poisoned_rsvp("cancel-me@example.org", name="Olena Kowalenko"))
    link = cancellation_link("cancel-me@example.org")
    for evil in EVIL_TARGETS:
        for method in ("get", "post"):
            response = getattr(client, method)(
                f"{link}?{urlencode({'next': evil, 'return_to': evil})}"
            )
            assert response.status_code == 200
            assert_stays_on_site(response, link)
