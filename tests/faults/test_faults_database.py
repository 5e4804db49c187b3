"""Fault drill: PostgreSQL stops under load and comes back. The site answers 503 meanwhile,
from a throwaway cluster so that the shared server is never stopped, and recovers by itself.
"""

import glob
import os
import shutil
import subprocess
import tempfile
import threading
import time
import uuid
from pathlib import Path

import dj_database_url
import pytest
import requests

from events.models import EmailDelivery, Registration, SeatCounter
from tests.faults.faults import (
    REDIS_URL,
    UNAVAILABLE,
    database_url,
    free_port,
    query,
    registrations,
    rsvp_form,
)
from tests.i18n import gettext_in

pytestmark = pytest.mark.faults


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
    assert gettext_in("pl", UNAVAILABLE) in direct.text
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
    assert all(gettext_in("pl", UNAVAILABLE) in response.text for response in during)
    after = [response for began, _ended, _a, response in load.results if began > recovered]
    assert after and all(response.status_code == 200 for response in after)
    assert server.process.poll() is None and server.process.pid == master
    assert site.log(server.process).count("Booting worker") == 1

    saved = registrations(own_postgres.url, event["key"])
    accepted = {address for _b, _e, address, r in load.results if address and r.status_code == 200}
    assert accepted and accepted <= set(saved)
    confirmed, capacity = query(
        own_postgres.url,
        "SELECT confirmed, COUNT(*) FILTER (WHERE r.status = 'confirmed')"
        f" FROM {SeatCounter._meta.db_table} s"
        f" LEFT JOIN {Registration._meta.db_table} r ON r.event_key = s.event_key"
        " WHERE s.event_key = %s GROUP BY s.confirmed",
        (event["key"],),
    )[0]
    assert confirmed == capacity == len(saved)
    unexplained = query(
        own_postgres.url,
        f"SELECT r.email FROM {Registration._meta.db_table} r WHERE r.event_key = %s AND NOT EXISTS"
        f" (SELECT 1 FROM {EmailDelivery._meta.db_table} d WHERE d.registration_id = r.id"
        " AND d.kind = r.status)",
        (event["key"],),
    )
    assert unexplained == []
