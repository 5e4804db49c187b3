"""Fixtures of the fault drills: the drill site is built once per session (see faults.py)."""

import json
import subprocess
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis

from tests.faults.faults import (
    DB_PREFIX,
    PYTHON,
    REDIS_URL,
    ROOT,
    SETUP_SCRIPT,
    Site,
    database_url,
    query,
    stop,
)


@pytest.fixture(scope="session")
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


@pytest.fixture
def started(site):
    """Servers and workers that a test starts are stopped when it ends, even if it fails."""
    before = len(site.processes)
    yield
    for process in site.processes[before:]:
        stop(process)


@pytest.fixture(scope="session")
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
