"""The benchmark's site: its PostgreSQL database (created, filled and analysed once), the
production environment, gunicorn servers with their workers' memory, and signed-in or
form-filling clients."""

import http.cookiejar
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg2
from psycopg2 import sql

REPO = Path(__file__).resolve().parent.parent


BENCH = REPO / "bench"


GUNICORN_LOG = BENCH / "results.gunicorn-{}.log"


DATABASE_URL = os.environ.get(
    "KOMM_BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/komm_bench"
)


REDIS_URL = os.environ.get("KOMM_BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")


EDITOR = ("editor", "editor-demo-2026")


CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
DRAINED_SECONDS = 0.25


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def reachable(url):
    parts = urllib.parse.urlparse(url)
    try:
        with socket.create_connection((parts.hostname, parts.port or 6379), timeout=1):
            return True
    except OSError:
        return False


def environment(port):
    """Production settings as `make serve-production` sets them, plus the bench's own: no
    form rate limit (every request is a registration) and no worker recycling (so a worker's
    peak memory covers the whole run)."""
    secret_file = REPO / ".secret_key"
    secret = secret_file.read_text().strip() if secret_file.exists() else secrets.token_urlsafe(50)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "komm_site.settings.production",
        "KOMM_DEMO": "true",
        "DATABASE_URL": DATABASE_URL,
        "DJANGO_SECRET_KEY": secret,
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_SECURE_COOKIES": "false",
        "DJANGO_SECURE_HSTS_SECONDS": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "KOMM_TASK_BACKEND": "database",
        "KOMM_FORM_ADDRESS_LIMIT": "1000000000",
        "KOMM_FORM_SENDER_LIMIT": "1000000000",
        "KOMM_CACHE_PREFIX": "komm-bench",
        "PORT": str(port),
        "WEB_CONCURRENCY": "2",
        "GUNICORN_MAX_REQUESTS": "0",
        "REDIS_URL": REDIS_URL if reachable(REDIS_URL) else "",
    }
    return env


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=REPO, env=env, check=True)


def prepare_database(rebuild):
    """Create the database if needed (dropping it first with --rebuild); say whether it was
    created."""
    parts = urllib.parse.urlparse(DATABASE_URL)
    name = parts.path.lstrip("/")
    try:
        server = psycopg2.connect(parts._replace(path="/postgres").geturl())
    except psycopg2.OperationalError as error:
        sys.exit(f"PostgreSQL is not reachable at {DATABASE_URL}: {error}")
    server.autocommit = True
    with server.cursor() as cursor:
        if rebuild:
            cursor.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        created = cursor.fetchone() is None
        if created:
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    server.close()
    return created


def analyze():
    """Refresh the planner's statistics. Autovacuum would get there in its own time; until it
    does, a freshly filled database plans the search ranking as if its tables were empty, and
    search is three times slower than on a site that has been running."""
    connection = psycopg2.connect(DATABASE_URL)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    connection.close()


def registrations(event_key):
    with psycopg2.connect(DATABASE_URL) as database, database.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM events_registration WHERE event_key = %s", [event_key])
        return cursor.fetchone()[0]


class Server:
    """gunicorn with the production configuration, its output in
    bench/results.gunicorn-<pass>.log."""

    def __init__(self, env, port, label):
        self.base = f"http://127.0.0.1:{port}"
        self.workers_count = int(env["WEB_CONCURRENCY"])
        self.log_path = Path(str(GUNICORN_LOG).format(label))
        self.log = self.log_path.open("w")
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.process = subprocess.Popen(
            [str(gunicorn), "-c", "komm_site/gunicorn.py", "komm_site.wsgi"],
            cwd=REPO,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def wait_ready(self, path, timeout=90):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"gunicorn exited; see {self.log_path}")
            try:
                with urllib.request.urlopen(self.base + path, timeout=30):
                    return
            except OSError:
                time.sleep(0.5)
        sys.exit(f"gunicorn did not answer within {timeout} s; see {self.log_path}")

    def workers(self):
        pid = self.process.pid
        children = Path(f"/proc/{pid}/task/{pid}/children")
        if children.exists():
            return [int(child) for child in children.read_text().split()]
        return [
            int(stat.parent.name)
            for stat in Path("/proc").glob("[0-9]*/stat")
            if _parent_pid(stat) == pid
        ]

    def memory(self):
        """Peak (VmHWM) and current (VmRSS) resident memory of each worker, in kB."""
        result = {}
        for pid in self.workers():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except FileNotFoundError:
                continue
            fields = dict(re.findall(r"^(VmHWM|VmRSS):\s+(\d+) kB", status, re.MULTILINE))
            result[str(pid)] = {"peak_kb": int(fields["VmHWM"]), "rss_kb": int(fields["VmRSS"])}
        return result

    def drain(self, path, timeout=60):
        """Wait until the workers are idle. wrk drops its connections when a run ends, but the
        requests already queued are still served, and would slow the next run down: a round of
        one static request per worker at a time comes back quickly only once they are done."""
        deadline = time.monotonic() + timeout
        with ThreadPoolExecutor(self.workers_count) as pool:
            while time.monotonic() < deadline:
                start = time.monotonic()
                list(pool.map(lambda _n: self.fetch(path), range(self.workers_count)))
                if time.monotonic() - start < DRAINED_SECONDS:
                    return

    def fetch(self, path):
        try:
            with urllib.request.urlopen(self.base + path, timeout=30) as response:
                response.read()
        except OSError:
            pass

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def _parent_pid(stat):
    try:
        return int(stat.read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def session(base, path):
    """A cookie jar and the CSRF form token after a GET of `path`."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(base + path, timeout=30) as response:
        html = response.read().decode()
    match = CSRF_FIELD.search(html)
    if not match:
        sys.exit(f"No CSRF token in the form at {path}")
    return opener, jar, match.group(1)


def cookie_header(jar):
    return "Cookie: " + "; ".join(f"{cookie.name}={cookie.value}" for cookie in jar)


def editor_cookie(base):
    """Log in through the admin's login form, as an editor would; None if that fails."""
    opener, jar, token = session(base, "/admin/login/")
    data = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token,
            "username": EDITOR[0],
            "password": EDITOR[1],
            "next": "/admin/",
        }
    ).encode()
    try:
        opener.open(base + "/admin/login/", data, timeout=30).read()
    except urllib.error.HTTPError as error:
        log(f"Admin login answered {error.code}")
        return None
    if not any(cookie.name == "sessionid" for cookie in jar):
        return None
    return cookie_header(jar)


def rsvp_form(fields):
    """The urlencoded form body, without the e-mail address. The public forms carry no
    per-visitor token (core.origin): a request without Origin is not a cross-site form."""
    return urllib.parse.urlencode(fields)
