"""Helpers of the fault drills (test_faults_*.py): the drill site (its own PostgreSQL database
with the demo), its gunicorn servers and workers, a throwaway PostgreSQL cluster, an SMTP
server, and browser-like form posts.

The drills read the drill site's database, another server than the suite's, with SQL of their
own; tables are named by their models (`Model._meta.db_table`).
"""

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from contextlib import closing
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
import psycopg2
import requests
from bs4 import BeautifulSoup
from wagtail.test.utils.form_data import querydict_from_html

from events.models import Registration
from tests.forms import rsvp_entries

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
DB_PREFIX = os.environ.get("KOMM_FAULTS_DB_PREFIX", "komm_h9")
REDIS_URL = os.environ.get("KOMM_FAULTS_REDIS_URL", "redis://127.0.0.1:6379/9")
_database_url = os.environ.get("DATABASE_URL", "")
POSTGRES_URL = (
    _database_url
    if _database_url.startswith("postgres")
    else "postgres://postgres@127.0.0.1:5432/postgres"
)
EDITOR = {"username": "editor", "password": "editor-demo-2026"}
UNAVAILABLE = "The site is temporarily unavailable."


# Made once in the module's database, before anything else runs: the events and the story
# form the tests use, printed as one JSON line.
SETUP_SCRIPT = """
import json
from news.models import StorySubmissionPage
from tests.events.factories import EventPageFactory
events = {
    name: EventPageFactory(title=f"Fault test: {name}", slug=f"fault-{name}", **fields)
    for name, fields in {
        "shared": {"capacity": 3},
        "outage": {},
        "mail": {},
        "worker": {},
        "proxy": {"capacity": 500},
        "no_redis": {"registration_enabled": False},
        "with_redis": {"registration_enabled": False},
        "office": {"capacity": 500},
    }.items()
}
story_form = StorySubmissionPage.objects.live().get(locale__language_code="pl")
print("SETUP " + json.dumps({
    "events": {
        name: {"pk": e.pk, "url": e.url, "key": str(e.translation_key)}
        for name, e in events.items()
    },
    "story_form": story_form.url,
}))
"""


def free_port():
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url(name, base=POSTGRES_URL):
    return urlsplit(base)._replace(path=f"/{name}").geturl()


def connect(url):
    config = dj_database_url.parse(url)
    connection = psycopg2.connect(
        dbname=config["NAME"],
        user=config["USER"],
        password=config["PASSWORD"] or None,
        host=config["HOST"],
        port=config["PORT"] or 5432,
    )
    connection.autocommit = True
    return connection


def query(url, sql, params=()):
    with closing(connect(url)) as connection, connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall() if cursor.description else None


def run(args, env, timeout=600):
    result = subprocess.run(
        args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def stop(process, sig=signal.SIGTERM):
    """Stop a process this module started, with its children (gunicorn's worker)."""
    if process.poll() is None:
        os.killpg(process.pid, sig)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)


class Site:
    """The module's database, static files and uploads, and the environment to serve them."""

    def __init__(self, work_dir):
        self.work_dir = work_dir
        self.db_url = database_url(f"{DB_PREFIX}_main")
        self.base_env = {
            "PATH": os.environ["PATH"],
            "HOME": os.environ.get("HOME", "/tmp"),
            "LANG": "C.UTF-8",
            "DJANGO_SETTINGS_MODULE": "komm_site.settings.production",
            "KOMM_DEMO": "true",
            "DJANGO_SECRET_KEY": "faults-" + uuid.uuid4().hex * 2,
            "DATABASE_URL": self.db_url,
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DJANGO_SECURE_COOKIES": "false",
            "DJANGO_SECURE_HSTS_SECONDS": "0",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_STATIC_ROOT": str(work_dir / "static"),
            "DJANGO_MEDIA_ROOT": str(work_dir / "media"),
            "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
            # Every request here comes from 127.0.0.1; the limit is tested elsewhere.
            "KOMM_FORM_ADDRESS_LIMIT": "100000",
            "KOMM_FORM_SENDER_LIMIT": "100000",
            "DJANGO_EMAIL_HOST": "127.0.0.1",
            "DJANGO_EMAIL_PORT": str(free_port()),
            "WEB_CONCURRENCY": "1",
        }
        self.processes = []

    def env(self, **overrides):
        return {**self.base_env, **overrides}

    def start(self, args, log_name, env, pass_fds=()):
        log = open(self.work_dir / log_name, "ab")  # noqa: SIM115 (closed with the process)
        process = subprocess.Popen(
            args,
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            pass_fds=pass_fds,
        )
        process.log_path = self.work_dir / log_name
        log.close()
        self.processes.append(process)
        return process

    def log(self, process):
        return process.log_path.read_text(errors="replace")

    def server(self, name, **overrides):
        """One gunicorn with one worker, ready to answer. It inherits a socket bound here, so
        that no other program can take its port between choosing and binding it."""
        with closing(socket.socket()) as listener:
            listener.bind(("127.0.0.1", 0))
            listener.listen(64)
            port = listener.getsockname()[1]
            env = self.env(GUNICORN_BIND=f"fd://{listener.fileno()}", **overrides)
            # No control socket: its default path is shared by every gunicorn of this user.
            command = [GUNICORN, "-c", "komm_site/gunicorn.py", "--no-control-socket"]
            command.append("komm_site.wsgi")
            process = self.start(command, name, env, pass_fds=[listener.fileno()])
        server = Server(f"http://127.0.0.1:{port}", process)
        deadline = time.monotonic() + 90
        while True:
            assert process.poll() is None, f"{name} did not start:\n{self.log(process)}"
            try:
                requests.get(server.url + "/robots.txt", timeout=30)
                return server
            except requests.ConnectionError:
                assert time.monotonic() < deadline, f"{name} is not answering:\n{self.log(process)}"
                time.sleep(0.2)

    def manage(self, *args, env=None):
        return run([PYTHON, "manage.py", *args], env or self.base_env)

    def stop_all(self):
        for process in self.processes:
            stop(process)


class Server:
    def __init__(self, url, process):
        self.url = url
        self.process = process


def browser_form(form):
    """What a browser sends from `form`, CSRF token included. Wagtail's helper sends "" for a
    ticked box without a value and keeps the newline that opens a textarea; browsers do not."""
    data = querydict_from_html(str(form), exclude_csrf=False)
    for box in form.select("input[type=checkbox][checked][name]:not([value])"):
        data.setlist(box["name"], ["on"])
    for area in form.select("textarea[name]"):
        data[area["name"]] = area.get_text().removeprefix("\n")
    return data


def form_data(html, field):
    """The form that has `field`, as a browser would send it."""
    element = BeautifulSoup(html, "html.parser").find(attrs={"name": field})
    assert element is not None, f"no {field} field in the page"
    return browser_form(element.find_parent("form")).dict()


def sign_in(base_url):
    browser = requests.Session()
    login = browser.get(f"{base_url}/admin/login/", timeout=30)
    data = {**form_data(login.text, "username"), **EDITOR}
    response = browser.post(
        f"{base_url}/admin/login/", data=data, allow_redirects=False, timeout=60
    )
    page_text = BeautifulSoup(response.text, "html.parser").get_text(" ", strip=True)
    assert response.status_code == 302, page_text[:2000]
    assert response.headers["Location"] == "/admin/"
    return browser


def rsvp_form(browser, page_url, email_address):
    page = browser.get(page_url, timeout=30)
    assert page.status_code == 200
    return {**form_data(page.text, "email"), **rsvp_entries(email_address, interpretation="")}


def registrations(db_url, event_key):
    rows = query(
        db_url,
        f"SELECT email, status FROM {Registration._meta.db_table} WHERE event_key = %s",
        (event_key,),
    )
    return dict(rows)


def visitor(address):
    """A browser whose requests reach the site through the proxy, which adds its address."""
    browser = requests.Session()
    browser.headers["X-Forwarded-For"] = address
    return browser


def register_through(server, event, address, email_address):
    browser = visitor(address)
    data = rsvp_form(browser, server.url + event["url"], email_address)
    return browser.post(server.url + event["url"], data=data, timeout=60)
