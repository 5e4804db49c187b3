"""Production settings and the protections that sit in front of every view."""

import os
import re
import socket
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
from django.core.wsgi import get_wsgi_application
from django.test import override_settings
from django.utils import timezone

from events.models import EventIndexPage
from tests.commands import manage, manage_ok
from tests.factories import index_page

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db


def example_environment():
    """The documented example configuration (.env.example) with a generated secret key."""
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp")}
    for line in (ROOT / ".env.example").read_text().splitlines():
        if line and not line.startswith("#") and "=" in line:
            name, value = line.split("=", 1)
            env[name] = value
    env["DJANGO_SECRET_KEY"] = "k3Y-" + "x7Qp9" * 12
    # The database this test run uses (SQLite when DATABASE_URL is unset).
    env["DATABASE_URL"] = os.environ.get("DATABASE_URL", "")
    return env


def test_deploy_checks_pass_with_the_documented_example_environment():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=example_environment())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = example_environment()
    env["DJANGO_SECRET_KEY"] = ""
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


# A home page, a section's page, the search and a missing page, each in its language.
PUBLIC_PAGES = {
    "home": lambda: "/pl/",
    "events": lambda: index_page(EventIndexPage, "uk").url,
    "search": lambda: "/en/search/?q=a",
    "missing": lambda: "/pl/no-such-page/",
}


@pytest.mark.parametrize("page", PUBLIC_PAGES)
def test_public_pages_forbid_inline_scripts_and_framing(client, page):
    response = client.get(PUBLIC_PAGES[page]())
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "'unsafe-inline'" not in policy
    assert response["X-Content-Type-Options"] == "nosniff"


def test_public_pages_contain_no_inline_script(client):
    """JSON-LD data blocks are not executed; anything else inline would be blocked by the CSP."""
    for url in ["/pl/", "/uk/", "/en/"]:
        html = client.get(url).content.decode()
        for attributes in re.findall(r"<script([^>]*)>", html):
            assert "application/ld+json" in attributes or "src=" in attributes, url
        assert not re.search(r"\son[a-z]+=", html), url


def test_the_admin_is_left_without_the_public_policy(admin_client):
    response = admin_client.get("/admin/")
    assert "Content-Security-Policy" not in response


def raw_request(host, port, head, body=b""):
    with socket.create_connection((host, port), timeout=10) as connection:
        connection.sendall(head + body)
        # Django's development server drains the unsent body before closing; read the page only.
        answer = b""
        while b"</html>" not in answer:
            answer += connection.recv(65536)
        return answer.decode()


@pytest.fixture
def http_server():
    """The site behind a real HTTP server in a thread; refusing a body needs no database."""
    server = ThreadedWSGIServer(("127.0.0.1", 0), WSGIRequestHandler)
    server.set_app(get_wsgi_application())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address
    server.shutdown()
    server.server_close()


def test_a_200_mb_request_is_refused_before_its_body_is_read(http_server):
    head = (
        b"POST /en/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; "
        b"boundary=x\r\nContent-Length: 209715200\r\nConnection: close\r\n\r\n"
    )
    started = timezone.now()
    answer = raw_request(*http_server, head, b"--x\r\n")
    assert answer.startswith("HTTP/1.1 413")
    assert "too large" in answer
    assert timezone.now() - started < timedelta(seconds=5)


def test_a_request_under_the_limit_reaches_the_site(client):
    response = client.post("/en/", {"field": "x" * 1000})
    assert response.status_code != 413


def login(client, username, password, address):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE="en",
    )


def test_admin_login_locks_one_user_name_from_one_address_only(client):
    limit = settings.AXES_FAILURE_LIMIT
    for _attempt in range(limit):
        login(client, "editor", "wrong", "203.0.113.5")
    locked = login(client, "editor", "editor-demo-2026", "203.0.113.5")
    assert locked.status_code == 429
    assert "Too many failed sign-in attempts" in locked.content.decode()
    # The same editor from another address, and another user from this address, still get in.
    assert login(client, "editor", "editor-demo-2026", "198.51.100.7").status_code == 302
    client.logout()
    assert login(client, "moderator", "moderator-demo-2026", "203.0.113.5").status_code == 302


def test_a_locked_login_opens_again_after_the_cool_off(client):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        login(client, "editor", "wrong", "203.0.113.9")
    assert login(client, "editor", "editor-demo-2026", "203.0.113.9").status_code == 429
    AccessAttempt.objects.filter(username="editor").update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(seconds=1)
    )
    assert login(client, "editor", "editor-demo-2026", "203.0.113.9").status_code == 302


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_site_keeps_serving_when_redis_is_down(client, caplog):
    unreachable = {
        "default": {
            **settings.CACHES["default"],
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.2,
                "SOCKET_TIMEOUT": 0.2,
                "IGNORE_EXCEPTIONS": True,
                "LOG_IGNORED_EXCEPTIONS": True,
            },
        }
    }
    events = index_page(EventIndexPage, "uk").url
    with override_settings(CACHES=unreachable):
        assert client.get("/pl/").status_code == 200
        assert client.get(events).status_code == 200
    assert any(record.name == "komm.cache" for record in caplog.records)


@pytest.mark.parametrize(("demo", "installed"), [("", False), ("true", True)])
def test_the_demo_app_is_installed_in_production_only_when_asked_for(demo, installed):
    """`load_demo` and `bench_data` are no commands of a production site unless KOMM_DEMO is set
    (for `make serve-production`, the benchmark and the fault drills)."""
    env = example_environment() | {"KOMM_DEMO": demo}
    commands = manage_ok("help", "--commands", env=env).split()
    assert ("load_demo" in commands) is installed
    assert ("bench_data" in commands) is installed
    assert "setup_roles" in commands
