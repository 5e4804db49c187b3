"""Production faults with real processes: gunicorn servers, PostgreSQL, Redis, an SMTP server
and the task worker, all on loopback and started here.

Nothing here uses pytest-django's test database, since the servers are other processes: the
module migrates and loads the demo into a PostgreSQL database of its own (named from
KOMM_FAULTS_DB_PREFIX, on the server of DATABASE_URL), and the outage test runs a throwaway
PostgreSQL cluster so that the shared server is never stopped. Redis database
KOMM_FAULTS_REDIS_URL (number 9 by default) is flushed before and after.
"""

import asyncio
import email
import email.policy
import glob
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
import psycopg2
import pytest
import redis
import requests
from aiosmtpd.controller import Controller
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.test.utils.form_data import querydict_from_html

pytestmark = pytest.mark.faults

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
from tests.factories import make_event
events = {
    name: make_event(title=f"Fault test: {name}", slug=f"fault-{name}", **fields)
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


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    site = Site(tmp_path_factory.mktemp("faults"))
    name = f"{DB_PREFIX}_main"
    admin_url = database_url("postgres")
    query(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    query(admin_url, f'CREATE DATABASE "{name}"')
    # Wagtail's own tasks (search and reference indexes) run as the demo is loaded, instead of
    # waiting in the queue for the worker of the killed-worker test.
    setup_env = site.env(KOMM_TASK_BACKEND="immediate")
    try:
        # Static files are compressed while the database is migrated: two cores, two jobs.
        collect = subprocess.Popen(
            [PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=ROOT,
            env=site.base_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        try:
            site.manage("migrate", "--noinput", "-v0", env=setup_env)
            site.manage("load_demo", "--accounts", env=setup_env)
            output = site.manage("shell", "--no-imports", "-c", SETUP_SCRIPT, env=setup_env)
        finally:
            collected = collect.communicate(timeout=600)[0]
        assert collect.returncode == 0, collected
        line = next(line for line in output.splitlines() if line.startswith("SETUP "))
        site.data = json.loads(line.removeprefix("SETUP "))
        yield site
    finally:
        site.stop_all()
        query(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def browser_form(form):
    """What a browser sends from `form`, CSRF token included. Wagtail's helper sends "" for a
    ticked box without a value and keeps the newline that opens a textarea; browsers do not."""
    data = querydict_from_html(str(form), exclude_csrf=False)
    for box in form.select("input[type=checkbox][checked][name]:not([value])"):
        data.setlist(box["name"], ["on"])
    for area in form.select("textarea[name]"):
        data[area["name"]] = area.get_text().removeprefix("\n")
    return data


@pytest.fixture
def started(site):
    """Servers and workers that a test starts are stopped when it ends, even if it fails."""
    before = len(site.processes)
    yield
    for process in site.processes[before:]:
        stop(process)


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
    return {
        **form_data(page.text, "email"),
        "name": "Test Person",
        "email": email_address,
        "consent": "on",
    }


def registrations(db_url, event_key):
    rows = query(
        db_url,
        "SELECT email, status FROM events_registration WHERE event_key = %s",
        (event_key,),
    )
    return dict(rows)


def translated(language, text):
    with translation.override(language):
        return translation.gettext(text)


# 1. Two application servers are one site.


@pytest.fixture(scope="module")
def shared_redis():
    client = redis.Redis.from_url(REDIS_URL)
    client.flushdb()
    yield client
    client.flushdb()
    client.close()


@pytest.fixture(scope="module")
def two_servers(site, shared_redis):
    prefix = f"faults-{uuid.uuid4().hex[:12]}"
    env = {
        "REDIS_URL": REDIS_URL,
        "KOMM_CACHE_PREFIX": prefix,
        "GUNICORN_THREADS": "4",
    }
    with ThreadPoolExecutor(2) as pool:
        first, second = pool.map(lambda name: site.server(name, **env), ["a.log", "b.log"])
    yield first, second, prefix
    stop(first.process)
    stop(second.process)


def test_session_made_on_one_server_is_signed_in_on_the_other(two_servers, shared_redis):
    server_a, server_b, prefix = two_servers
    session_key = sign_in(server_a.url).cookies["sessionid"]

    other = requests.Session()
    other.cookies.set("sessionid", session_key)
    dashboard = other.get(f"{server_b.url}/admin/", allow_redirects=False, timeout=30)

    assert dashboard.status_code == 200
    assert "/admin/logout/" in dashboard.text
    assert any(key.decode().endswith(session_key) for key in shared_redis.keys(f"{prefix}:*"))


def test_change_published_on_one_server_is_live_on_the_other_at_once(site, two_servers):
    server_a, server_b, _prefix = two_servers
    event = site.data["events"]["shared"]
    public_url = server_b.url + event["url"]
    listing_url = server_b.url + event["url"].rstrip("/").rsplit("/", 1)[0] + "/"
    assert "Fault test: shared" in requests.get(public_url, timeout=30).text
    requests.get(listing_url, timeout=30)
    cached = requests.get(listing_url, timeout=30)
    assert cached.headers["X-Cache"] == "HIT"
    assert "Fault test: shared" in cached.text

    editor = sign_in(server_a.url)
    edit_url = f"{server_a.url}/admin/pages/{event['pk']}/edit/"
    edit_page = BeautifulSoup(editor.get(edit_url, timeout=30).text, "html.parser")
    data = browser_form(edit_page.find("form", id="page-edit-form"))
    data["title"] = "Fault test: renamed on A"
    # Wagtail draws StreamFields with JavaScript; the test's event has them empty.
    for block in edit_page.select('[data-controller="w-block"]'):
        data[f"{block['id']}-count"] = "0"
    data["action-publish"] = "action-publish"
    published = editor.post(edit_url, data=data, allow_redirects=False, timeout=60)
    assert published.status_code == 302, published.text[:3000]

    for url in (public_url, listing_url):
        page = requests.get(url, timeout=30)
        assert page.status_code == 200
        assert "Fault test: renamed on A" in page.text
        assert "Fault test: shared" not in page.text
    assert 'name="email"' in requests.get(public_url, timeout=30).text, "the edit lost a setting"


def test_capacity_holds_with_registrations_spread_over_both_servers(site, two_servers):
    server_a, server_b, _prefix = two_servers
    event = site.data["events"]["shared"]
    people = [f"person{number}@example.org" for number in range(20)]
    ready = threading.Barrier(len(people))

    def register(number):
        server = (server_a, server_b)[number % 2]
        browser = requests.Session()
        data = rsvp_form(browser, server.url + event["url"], people[number])
        ready.wait(timeout=120)
        return browser.post(server.url + event["url"], data=data, timeout=120)

    with ThreadPoolExecutor(len(people)) as pool:
        responses = list(pool.map(register, range(len(people))))

    assert [response.status_code for response in responses] == [200] * len(people)
    saved = registrations(site.db_url, event["key"])
    assert sorted(saved) == sorted(people)
    assert list(saved.values()).count("confirmed") == 3
    assert list(saved.values()).count("waitlisted") == 17
    seats = query(
        site.db_url,
        "SELECT confirmed, capacity FROM events_seatcounter WHERE event_key = %s",
        (event["key"],),
    )
    assert seats == [(3, 3)]


@pytest.mark.parametrize("cache", ["no_redis", "with_redis"])
def test_a_publish_from_another_process_reaches_every_worker(site, started, shared_redis, cache):
    """Two workers, with the cache in the database table (no Redis) or in Redis: a publish
    from a shell is served by both within 5 s (negative control: the per-process memory cache
    of an earlier release kept 20 of 20 old pages here)."""
    redis_env = {"REDIS_URL": REDIS_URL, "KOMM_CACHE_PREFIX": f"workers-{uuid.uuid4().hex[:8]}"}
    env = redis_env if cache == "with_redis" else {}
    server = site.server(f"{cache}.log", WEB_CONCURRENCY="2", GUNICORN_THREADS="1", **env)
    event = site.data["events"][cache]
    url = server.url + event["url"]
    for _ in range(20):
        assert f"Fault test: {cache}" in requests.get(url, timeout=30).text
    assert requests.get(url, timeout=30).headers["X-Cache"] == "HIT"
    rename = (
        "from wagtail.models import Page\n"
        f"page = Page.objects.get(pk={event['pk']}).specific\n"
        "page.title = 'Fault test: renamed from a shell'\n"
        "page.save_revision().publish()\n"
    )
    site.manage("shell", "--no-imports", "-c", rename, env={**site.base_env, **env})
    published = time.monotonic()
    while True:
        pages = [requests.get(url, timeout=30).text for _ in range(20)]
        fresh = sum("Fault test: renamed from a shell" in page for page in pages)
        if fresh == len(pages):
            break
        assert time.monotonic() - published < 5, f"{fresh} of {len(pages)} up to date"
        time.sleep(0.2)


# 2. PostgreSQL stops under load and comes back.


def postgres_bin(name):
    found = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
        key=lambda path: int(Path(path).parts[-3]),
    )
    assert found, f"PostgreSQL's {name} is not installed"
    return found[-1]


class Cluster:
    """A PostgreSQL server of this test's own, in a temporary directory."""

    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="komm-faults-pg-"))
        self.port = free_port()
        self.as_postgres = []
        if os.geteuid() == 0:
            # PostgreSQL refuses to run as root.
            shutil.chown(self.dir, "postgres")
            self.as_postgres = ["runuser", "-u", "postgres", "--"]
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/komm"

    def ctl(self, *args):
        command = [*self.as_postgres, postgres_bin("pg_ctl"), "-D", str(self.dir / "data"), *args]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def create(self):
        initdb = postgres_bin("initdb")
        subprocess.run(
            [*self.as_postgres, initdb, "-D", str(self.dir / "data"), "-U", "postgres"]
            + ["--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"],
            check=True,
            capture_output=True,
            timeout=120,
        )
        self.start()
        query(database_url("postgres", self.url), "CREATE DATABASE komm")

    def start(self):
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.ctl("-o", options, "-l", str(self.dir / "server.log"), "-w", "start")

    def stop(self):
        self.ctl("-m", "fast", "-w", "stop")

    def remove(self):
        if (self.dir / "data" / "postmaster.pid").exists():
            self.ctl("-m", "immediate", "-w", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture
def own_postgres(site):
    cluster = Cluster()
    try:
        cluster.create()
        # The module's migrated demo, copied: much faster than migrating again.
        config = dj_database_url.parse(site.db_url)
        dump = subprocess.Popen(
            ["pg_dump", "--no-owner", "--no-acl", "-h", config["HOST"], "-p", str(config["PORT"])]
            + ["-U", config["USER"], config["NAME"]],
            env={**os.environ, "PGPASSWORD": config["PASSWORD"] or ""},
            stdout=subprocess.PIPE,
        )
        restore = subprocess.run(
            ["psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(cluster.port)]
            + ["-U", "postgres", "-d", "komm"],
            stdin=dump.stdout,
            capture_output=True,
            timeout=300,
        )
        dump.stdout.close()
        assert dump.wait(timeout=300) == 0
        assert restore.returncode == 0, restore.stderr.decode()
        yield cluster
    finally:
        cluster.remove()


class Load(threading.Thread):
    """A visitor who keeps reading pages and registering, noting when each request began."""

    def __init__(self, server, event_url):
        super().__init__(daemon=True)
        self.server = server
        self.event_url = server.url + event_url
        self.results = []
        self.finished = threading.Event()
        self.browser = requests.Session()
        # Taken before the outage: the CSRF token lives in a cookie, not in the database.
        self.form = rsvp_form(self.browser, self.event_url, "load-0@example.org")

    def run(self):
        number = 0
        while not self.finished.is_set():
            number += 1
            began = time.monotonic()
            if number % 2:
                # A new search each time: no cache can answer, the database must.
                url = f"{self.server.url}/pl/search/?q=visit{number}"
                response = self.browser.get(url, timeout=30)
                address = None
            else:
                address = f"load-{number}@example.org"
                response = self.browser.post(
                    self.event_url, data={**self.form, "email": address}, timeout=30
                )
            self.results.append((began, time.monotonic(), address, response))
            time.sleep(0.05)


def test_site_answers_503_while_postgres_is_down_and_recovers_by_itself(
    site, own_postgres, started, shared_redis
):
    """With Redis (without it the cache is a table in the database that is down)."""
    event = site.data["events"]["outage"]
    server = site.server(
        "outage.log",
        DATABASE_URL=own_postgres.url,
        GUNICORN_THREADS="2",
        REDIS_URL=REDIS_URL,
        KOMM_CACHE_PREFIX=f"outage-{uuid.uuid4().hex[:12]}",
    )
    master = server.process.pid
    load = Load(server, event["url"])
    load.start()
    try:
        while sum(r.status_code == 200 for *_times, r in load.results) < 6:
            assert load.is_alive() and len(load.results) < 200
            time.sleep(0.1)

        requests.get(server.url + "/pl/", timeout=30)
        own_postgres.stop()
        down_since = time.monotonic()
        direct = requests.get(server.url + event["url"], timeout=30)
        cached = requests.get(server.url + "/pl/", timeout=30)
        not_cached = requests.get(server.url + "/pl/?during=outage", timeout=30)
        while sum(began > down_since for began, *_rest in load.results) < 6:
            assert load.is_alive()
            time.sleep(0.1)
        restarting = time.monotonic()
        own_postgres.start()

        deadline = time.monotonic() + 10
        while requests.get(server.url + event["url"], timeout=30).status_code != 200:
            assert time.monotonic() < deadline, "the site did not recover within 10 seconds"
            time.sleep(0.2)
        recovered = time.monotonic()
        while sum(began > recovered for began, *_rest in load.results) < 6:
            assert load.is_alive()
            time.sleep(0.1)
    finally:
        load.finished.set()
        load.join(timeout=60)

    assert direct.status_code == 503
    assert direct.headers["Retry-After"].isdigit()
    assert translated("pl", UNAVAILABLE) in direct.text
    # Visitors still get the pages in the page cache, which needs no database.
    assert cached.status_code == 200 and cached.headers["X-Cache"] == "HIT"
    # A page the page cache has not seen needs the database to be found: the same 503 page.
    assert not_cached.status_code == 503 and not_cached.headers["Retry-After"].isdigit()
    responses = [response for *_times, response in load.results]
    assert all(response.status_code in (200, 503) for response in responses)
    assert not any("Traceback" in response.text for response in responses)
    during = [
        r for began, ended, _a, r in load.results if began > down_since and ended < restarting
    ]
    assert during and all(response.status_code == 503 for response in during)
    assert all(response.headers.get("Retry-After") for response in during)
    assert all(translated("pl", UNAVAILABLE) in response.text for response in during)
    after = [response for began, _ended, _a, response in load.results if began > recovered]
    assert after and all(response.status_code == 200 for response in after)
    assert server.process.poll() is None and server.process.pid == master
    assert site.log(server.process).count("Booting worker") == 1

    saved = registrations(own_postgres.url, event["key"])
    accepted = {address for _b, _e, address, r in load.results if address and r.status_code == 200}
    assert accepted and accepted <= set(saved)
    confirmed, capacity = query(
        own_postgres.url,
        "SELECT confirmed, COUNT(*) FILTER (WHERE r.status = 'confirmed') FROM events_seatcounter s"
        " LEFT JOIN events_registration r ON r.event_key = s.event_key"
        " WHERE s.event_key = %s GROUP BY s.confirmed",
        (event["key"],),
    )[0]
    assert confirmed == capacity == len(saved)
    unexplained = query(
        own_postgres.url,
        "SELECT r.email FROM events_registration r WHERE r.event_key = %s AND NOT EXISTS"
        " (SELECT 1 FROM events_emaildelivery d WHERE d.registration_id = r.id"
        " AND d.kind = r.status)",
        (event["key"],),
    )
    assert unexplained == []


# 3. The mail server is down, then back; 5. the worker is killed while sending.


class Mailbox:
    """Messages the SMTP server accepted; it can be told to stall before answering DATA for
    one recipient, as a slow mail server does."""

    def __init__(self):
        self.accepted = []
        self.attempts = []
        self.stall_for = None
        self.stalled = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        if self.stall_for in envelope.rcpt_tos:
            self.attempts.append(message)
            self.stalled.set()
            # Cancelled by aiosmtpd when the client goes away: the message is never accepted.
            await asyncio.sleep(120)
        self.accepted.append(message)
        return "250 Message accepted for delivery"

    def to(self, address):
        return [message for message in self.accepted if address in message["To"]]


@contextmanager
def smtp_server(port, mailbox):
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield controller
    finally:
        controller.stop()


def outbox_rows(db_url, table, **where):
    condition = " AND ".join(f"{column} = %s" for column in where)
    return query(
        db_url, f"SELECT id, status, attempts FROM {table} WHERE {condition}", tuple(where.values())
    )


def email_task_status(db_url, delivery_id):
    rows = query(
        db_url,
        "SELECT status FROM django_tasks_database_dbtaskresult"
        " WHERE task_path = 'events.tasks.send_email_delivery' AND args_kwargs->'args'->>0 = %s",
        (str(delivery_id),),
    )
    return [status for (status,) in rows]


def test_emails_wait_for_the_mail_server_and_arrive_once(site, started):
    mail_port = site.base_env["DJANGO_EMAIL_PORT"]
    server = site.server("mail.log", KOMM_TASK_BACKEND="immediate")
    event = site.data["events"]["mail"]
    registrant = "mail.down@example.org"
    sender = "story.sender@example.org"

    browser = requests.Session()
    data = rsvp_form(browser, server.url + event["url"], registrant)
    assert browser.post(server.url + event["url"], data=data, timeout=60).status_code == 200
    story_url = server.url + site.data["story_form"]
    story = {
        **form_data(browser.get(story_url, timeout=30).text, "contact_email"),
        "title": "Historia w czasie awarii poczty",
        "summary": "Krótko.",
        "story": "Treść historii.",
        "organisation": "Fundacja Testowa",
        "contact_name": "Anna Testowa",
        "contact_email": sender,
        "consent_publish": "on",
        "consent_data": "on",
    }
    assert browser.post(story_url, data=story, timeout=60).status_code == 200

    (registration_id,) = query(
        site.db_url, "SELECT id FROM events_registration WHERE email = %s", (registrant,)
    )[0]
    (submission_id,) = query(
        site.db_url, "SELECT id FROM news_storysubmission WHERE contact_email = %s", (sender,)
    )[0]
    rsvp_rows = outbox_rows(site.db_url, "events_emaildelivery", registration_id=registration_id)
    story_rows = outbox_rows(site.db_url, "news_storyemail", submission_id=submission_id)
    assert [(status, attempts) for _id, status, attempts in rsvp_rows] == [("failed", 1)]
    assert [(status, attempts) for _id, status, attempts in story_rows] == [("failed", 1)]

    mailbox = Mailbox()
    with smtp_server(int(mail_port), mailbox):
        site.manage("send_pending_emails")
        site.manage("send_pending_emails")

    (rsvp_id, *_), (story_id, *_) = rsvp_rows[0], story_rows[0]
    assert [m["Message-ID"] for m in mailbox.to(registrant)] == [
        f"<events.emaildelivery.{rsvp_id}@127.0.0.1>"
    ]
    assert [m["Message-ID"] for m in mailbox.to(sender)] == [
        f"<news.storyemail.{story_id}@127.0.0.1>"
    ]
    assert outbox_rows(site.db_url, "events_emaildelivery", id=rsvp_id)[0][1:] == ("sent", 2)
    assert outbox_rows(site.db_url, "news_storyemail", id=story_id)[0][1:] == ("sent", 2)


def test_email_of_a_worker_killed_while_sending_is_sent_once(site, started):
    mail_port = free_port()
    env = site.env(KOMM_TASK_BACKEND="database", DJANGO_EMAIL_PORT=str(mail_port))
    server = site.server("worker-web.log", **env)
    event = site.data["events"]["worker"]
    registrant = "killed.worker@example.org"
    mailbox = Mailbox()
    mailbox.stall_for = registrant
    worker_command = [PYTHON, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"]

    with smtp_server(mail_port, mailbox):
        browser = requests.Session()
        data = rsvp_form(browser, server.url + event["url"], registrant)
        assert browser.post(server.url + event["url"], data=data, timeout=60).status_code == 200
        (registration_id,) = query(
            site.db_url, "SELECT id FROM events_registration WHERE email = %s", (registrant,)
        )[0]
        rows = outbox_rows(site.db_url, "events_emaildelivery", registration_id=registration_id)
        assert email_task_status(site.db_url, rows[0][0]) == ["READY"]

        worker = site.start(worker_command, "worker-1.log", env)
        assert mailbox.stalled.wait(timeout=120), site.log(worker)
        stop(worker, signal.SIGKILL)

        # The database rolled the attempt back; django-tasks-db never runs a task again once a
        # worker has claimed it, so only the outbox retry can send this e-mail now.
        rows = outbox_rows(site.db_url, "events_emaildelivery", registration_id=registration_id)
        assert [(status, attempts) for _id, status, attempts in rows] == [("pending", 0)]
        assert email_task_status(site.db_url, rows[0][0]) == ["RUNNING"]
        assert mailbox.to(registrant) == []

        mailbox.stall_for = None
        worker = site.start(worker_command, "worker-2.log", env)
        retry = site.start(
            [PYTHON, "manage.py", "send_pending_emails", "--every", "0.5"], "retry.log", env
        )
        deadline = time.monotonic() + 120
        while outbox_rows(site.db_url, "events_emaildelivery", id=rows[0][0])[0][1] != "sent":
            assert time.monotonic() < deadline, site.log(retry)
            assert retry.poll() is None, site.log(retry)
            time.sleep(0.2)
        # A few more rounds of the retry loop and the worker: still one message.
        time.sleep(2)
        assert retry.poll() is None, site.log(retry)
        stop(retry)
        stop(worker)

    delivered = mailbox.to(registrant)
    assert len(delivered) == 1
    expected_id = f"<events.emaildelivery.{rows[0][0]}@127.0.0.1>"
    assert delivered[0]["Message-ID"] == mailbox.attempts[0]["Message-ID"] == expected_id
    assert outbox_rows(site.db_url, "events_emaildelivery", id=rows[0][0])[0][1:] == ("sent", 1)


# 4. Redis is down.


def test_site_and_admin_sign_in_work_while_redis_is_down(site, started):
    server = site.server("redis-down.log", REDIS_URL=f"redis://127.0.0.1:{free_port()}/0")
    event = site.data["events"]["outage"]

    for path in ("/pl/", "/uk/", "/en/", event["url"]):
        assert requests.get(server.url + path, timeout=30).status_code == 200
    browser = requests.Session()
    data = rsvp_form(browser, server.url + event["url"], "redis.down@example.org")
    assert browser.post(server.url + event["url"], data=data, timeout=60).status_code == 200

    editor = sign_in(server.url)
    dashboard = editor.get(f"{server.url}/admin/", allow_redirects=False, timeout=30)
    assert dashboard.status_code == 200
    session_key = editor.cookies["sessionid"]
    stored = query(
        site.db_url, "SELECT COUNT(*) FROM django_session WHERE session_key = %s", (session_key,)
    )
    assert stored == [(1,)]

    log = site.log(server.process)
    assert "ERROR komm.cache: Exception ignored" in log
    assert "ConnectionError" in log
    assert "Internal Server Error" not in log


# 5. Behind a TLS proxy: the client's address, not the proxy's, with two workers and no Redis.


@pytest.fixture(scope="module")
def behind_proxy(site):
    """Two workers, no Redis, the default form limits, one trusted proxy in front."""
    server = site.server(
        "proxy.log",
        KOMM_PROXY_COUNT="1",
        KOMM_FORM_ADDRESS_LIMIT="200",
        KOMM_FORM_SENDER_LIMIT="5",
        WEB_CONCURRENCY="2",
    )
    yield server
    stop(server.process)


def visitor(address):
    """A browser whose requests reach the site through the proxy, which adds its address."""
    browser = requests.Session()
    browser.headers["X-Forwarded-For"] = address
    return browser


def register_through(server, event, address, email_address):
    browser = visitor(address)
    data = rsvp_form(browser, server.url + event["url"], email_address)
    return browser.post(server.url + event["url"], data=data, timeout=60)


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
    message = translated(
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
