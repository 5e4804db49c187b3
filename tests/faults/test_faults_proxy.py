"""Fault drills, 5: behind a TLS proxy the client's address counts, not the proxy's, with two
workers sharing one count.
"""

import pytest

from tests.faults.faults import (
    EDITOR,
    form_data,
    register_through,
    registrations,
    visitor,
)
from tests.i18n import gettext_in

pytestmark = pytest.mark.faults


# 5. Behind a TLS proxy: the client's address, not the proxy's, with two workers and no Redis.


def test_sixty_visitors_behind_the_proxy_all_register(site, behind_proxy):
    event = site.data["events"]["proxy"]
    statuses = [
        register_through(behind_proxy, event, f"203.0.113.{n}", f"visitor{n}@example.org")
        for n in range(1, 61)
    ]
    assert statuses and all(response.status_code == 200 for response in statuses)
    assert len(registrations(site.db_url, event["key"])) == 60


def test_thirty_people_behind_one_address_all_register_and_a_repeating_sender_is_stopped(
    site, behind_proxy
):
    event = site.data["events"]["office"]
    office = "198.51.100.20"
    statuses = [
        register_through(behind_proxy, event, office, f"colleague{n}@example.org").status_code
        for n in range(30)
    ]
    assert statuses == [200] * 30
    # One sender sending the form again and again (to both workers): five tries an hour.
    repeated = [
        register_through(behind_proxy, event, office, "same.person@example.org") for _ in range(7)
    ]
    assert [response.status_code for response in repeated[:5]] != [429] * 5
    assert [response.status_code for response in repeated[5:]] == [429, 429]
    message = gettext_in(
        "pl",
        "Too many attempts from your connection. Please wait an hour and try again, "
        "or write to the organisers.",
    )
    assert message in repeated[-1].text
    assert len(registrations(site.db_url, event["key"])) == 31


def test_the_address_limit_is_one_count_for_both_workers(site, started):
    """Negative control of a per-worker count: with a limit of 10 an hour per address, two
    workers counting apart would let about 20 of 20 through."""
    server = site.server(
        "proxy-limit.log",
        KOMM_PROXY_COUNT="1",
        KOMM_FORM_ADDRESS_LIMIT="10",
        WEB_CONCURRENCY="2",
    )
    event = site.data["events"]["proxy"]
    # A client's own X-Forwarded-For entries are not trusted: only what the proxy appended.
    statuses = [
        register_through(
            server, event, f"10.9.{n}.1, 192.0.2.77", f"limited{n}@example.org"
        ).status_code
        for n in range(20)
    ]
    assert statuses.count(200) == 10 and statuses.count(429) == 10
    assert register_through(server, event, "192.0.2.78", "free@example.org").status_code == 200


def test_the_login_lockout_counts_the_client_not_the_proxy(site, behind_proxy):
    def attempt(address, password):
        browser = visitor(address)
        login = browser.get(f"{behind_proxy.url}/admin/login/", timeout=30)
        data = {**form_data(login.text, "username"), "username": "editor", "password": password}
        return browser.post(
            f"{behind_proxy.url}/admin/login/", data=data, allow_redirects=False, timeout=60
        )

    for _ in range(5):
        attempt("203.0.113.200", "wrong")
    assert attempt("203.0.113.200", EDITOR["password"]).status_code == 429
    # The editor, signing in from their own address through the same proxy, is not locked out.
    signed_in = attempt("203.0.113.201", EDITOR["password"])
    assert signed_in.status_code == 302 and signed_in.headers["Location"] == "/admin/"
