"""`make bench`: how fast the production stack serves KOMM Hub with a large dataset.

Steps: create (or reuse) the PostgreSQL database `komm_bench`, fill it with the demo content and
`manage.py bench_data` and analyse it, while collecting static files; count each measured
request's database queries in-process (bench/inprocess.py), which also saves the home page's
HTML as a static file; then start gunicorn with production settings and komm_site/gunicorn.py,
and for each page warm up until two short wrk runs agree within 10 %, measure requests/s at
saturation and latency percentiles at half that rate (wrk paced by bench/wrk.lua), and read the
workers' peak memory. The static copy of the home page, served by WhiteNoise through the same
gunicorn, is the baseline every page is compared with.

Two passes: every page with the page cache off (KOMM_PAGE_CACHE_SECONDS=0), then, with the
site's own cache settings, the pages that the cache answered in-process (X-Cache: HIT). Each
pass starts with the static baseline, and its pages are compared with that pass's own baseline,
so that a change in the machine's load between passes does not skew the ratios. With no page
cache the second pass is empty. Pages are listed in `inprocess.targets()`.

Writes bench/results.json and bench/results.md and prints the table. Run with the venv's
Python: `.venv/bin/python bench/run.py [--rebuild] [--only NAME ...]`.
"""

import argparse
import http.cookiejar
import json
import math
import os
import platform
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import psycopg2
from psycopg2 import sql

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
LUA = BENCH / "wrk.lua"
RESULTS_JSON = BENCH / "results.json"
RESULTS_MD = BENCH / "results.md"
GUNICORN_LOG = BENCH / "results.gunicorn-{}.log"
INPROCESS_JSON = BENCH / "results.inprocess.json"
DATABASE_URL = os.environ.get(
    "KOMM_BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/komm_bench"
)
REDIS_URL = os.environ.get("KOMM_BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
EDITOR = ("editor", "editor-demo-2026")
STATIC_TARGET = "static baseline"
WARMUP_AGREEMENT = 0.10
WARMUP_REQUESTS = 10
MIN_WARMUP_REQUESTS = 5
MAX_WARMUP_SECONDS = 6
DRAINED_SECONDS = 0.25
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


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


def parse_wrk(stdout):
    line = next((row for row in stdout.splitlines() if row.startswith("BENCH_JSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk gave no result:\n{stdout}")
    text = re.sub(r"-?\b(nan|inf)\b", "null", line.removeprefix("BENCH_JSON "))
    data = json.loads(text)
    seconds = data["duration_us"] / 1e6
    data["rps"] = data["requests"] / seconds if seconds else 0.0
    data["latency_ms"] = {
        key: (value / 1000 if value is not None else None)
        for key, value in data.pop("latency_us").items()
    }
    return data


class Bench:
    def __init__(self, args, server, run_id, static_url):
        self.args = args
        self.server = server
        self.run_id = run_id
        self.static_url = static_url
        self.wrk_runs = 0

    def wrk(self, target, seconds, threads, connections, rate=None):
        self.wrk_runs += 1
        env = {**os.environ}
        headers = list(target.get("headers", []))
        if target["method"] == "POST":
            env["BENCH_POST_BODY"] = target["body"]
            env["BENCH_POST_TAG"] = f"{self.run_id}-{self.wrk_runs}"
        if rate:
            env["BENCH_THREAD_RATE"] = str(rate / threads)
        command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
        command += ["-s", str(LUA)]
        for header in headers:
            command += ["-H", header]
        command.append(self.server.base + target["url"])
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=seconds + 120, check=True
        )
        self.server.drain(self.static_url)
        result = parse_wrk(done.stdout)
        expected = str(target.get("expected", 200))
        unexpected = sum(n for status, n in result["statuses"].items() if status != expected)
        result["errors"] = unexpected + sum(result["socket_errors"].values())
        return result

    def measure(self, target):
        """Warm up, then the saturation and paced runs; `responses` counts statuses over all
        runs (for the registrations check)."""
        args = self.args
        warmup, runs, warmed_up = [], [], False
        seconds = args.warmup
        for _attempt in range(args.max_warmup_runs):
            run = self.wrk(target, seconds, args.threads, args.connections)
            runs.append(run)
            warmup.append({"seconds": seconds, "requests": run["requests"], "rps": run["rps"]})
            if len(runs) >= 2 and agree(runs[-2], runs[-1]):
                warmed_up = True
                break
            # A slow page gets longer runs, so that each one has enough requests to compare.
            wanted = WARMUP_REQUESTS / max(run["rps"], 0.1)
            seconds = min(max(args.warmup, math.ceil(wanted)), MAX_WARMUP_SECONDS)
        saturated = self.wrk(target, args.duration, args.threads, args.connections)
        rate = max(saturated["rps"] / 2, 0.5)
        paced = self.wrk(target, args.fixed_duration, 1, args.fixed_connections, rate=rate)
        paced["target_rps"] = rate
        responses = {}
        for run in [*runs, saturated, paced]:
            for status, number in run["statuses"].items():
                responses[status] = responses.get(status, 0) + number
        return {
            "responses": responses,
            "warmup": warmup,
            "warmed_up": warmed_up,
            "saturation": saturated,
            "fixed_rate": paced,
            "memory_after": self.server.memory(),
        }


def agree(first, second):
    """Two warm-up runs agree when both completed enough requests and their rates differ by at
    most WARMUP_AGREEMENT."""
    if min(first["requests"], second["requests"]) < MIN_WARMUP_REQUESTS:
        return False
    return abs(first["rps"] - second["rps"]) <= WARMUP_AGREEMENT * max(first["rps"], second["rps"])


def dominant(counts):
    return max(counts, key=counts.get) if counts else "none"


def git_revision():
    def git(*args):
        done = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    return {"revision": git("rev-parse", "HEAD"), "dirty": bool(git("status", "--porcelain"))}


def body_bytes(target):
    """Body size as wrk received it, or as the in-process request saw it."""
    saturated = target["saturation"]
    if saturated["requests"]:
        return round(saturated["body_bytes"] / saturated["requests"])
    return target["body_bytes"]


def markdown(results):
    wrk = results["wrk"]
    lines = [
        "# KOMM Hub benchmark",
        "",
        f"- date: {results['date']}; git {results['git']['revision'][:12]}"
        f"{' (with uncommitted changes)' if results['git']['dirty'] else ''}",
        f"- machine: {results['machine']['cpu_count']} CPUs; load average "
        f"{results['machine']['load_average_start']} at start, "
        f"{results['machine']['load_average_end']} at end",
        "- versions: "
        + ", ".join(f"{name} {version}" for name, version in results["versions"].items()),
        f"- gunicorn: {results['server']['workers']} sync workers, production settings, "
        f"cache backend {results['server']['cache_backend'].rsplit('.', 1)[-1]}",
        f"- wrk: saturation -t{wrk['threads']} -c{wrk['connections']} {wrk['duration_s']} s; "
        f"latency at half that rate, paced, -t1 -c{wrk['fixed_connections']} "
        f"{wrk['fixed_duration_s']} s",
        "- data: "
        + ", ".join(
            f"{kind} {sum(per_language.values())}"
            for kind, per_language in results["live_pages"].items()
        )
        + f" live pages; database ready in {results['timings_s'].get('database', 0):.0f} s",
        f"- total run time: {results['total_s']:.0f} s",
        "",
        "| page | method | status | cache | req/s | × static | p50 ms | p90 ms | p99 ms "
        "| at req/s | errors | queries | cold queries | cold ms | body bytes | peak RSS MB |",
        "| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
        "| ---: | ---: | ---: |",
    ]
    skipped, unsettled = [], []
    for target in results["targets"]:
        if "skipped" in target:
            skipped.append(f"{target['name']} ({target['pass']}): {target['skipped']}")
            continue
        if not target["warmed_up"]:
            unsettled.append(f"{target['name']} ({target['pass']})")
        saturated, paced = target["saturation"], target["fixed_rate"]
        latency = paced["latency_ms"]
        peak = max((worker["peak_kb"] for worker in target["memory_after"].values()), default=0)
        lines.append(
            f"| {target['name']} | {target['method']} | {target['status']} | {target['cache']} "
            f"| {saturated['rps']:.1f} | {target['ratio_to_static']:.3f} "
            f"| {latency['p50']:.1f} | {latency['p90']:.1f} | {latency['p99']:.1f} "
            f"| {paced['rps']:.1f} | {saturated['errors'] + paced['errors']} "
            f"| {target['queries']} | {target['cold_queries']} | {target['cold_ms']} "
            f"| {body_bytes(target)} "
            f"| {peak / 1024:.0f} |"
        )
    lines += [
        "",
        "req/s: at saturation. × static: that divided by the static copy of the home page "
        "served by WhiteNoise, measured at the start of the same pass. p50–p99: latency at the "
        "paced rate of the next column. errors: unexpected statuses and socket errors in both "
        "runs. cache: `off` with the page cache disabled (template fragments stay on, as in "
        "production), else the X-Cache header most responses had. queries: database queries of "
        "one request (in-process, the second of two); cold queries: the same with no page cache"
        " and no fragments; cold ms: the median time of such a request in-process (the first "
        "visit after a publish, a new search). peak RSS: the largest worker's VmHWM after that "
        "page.",
    ]
    if results.get("rsvp"):
        rsvp = results["rsvp"]
        lines.append(
            f"\nRSVP POST: {rsvp['registrations_created']} registrations created, "
            f"{rsvp['responses']} responses with status 200 received (wrk drops the requests "
            "still in flight when a run ends; the server completes them)."
        )
    if unsettled:
        lines.append(
            "\nNo two warm-up runs agreed within 10 % (noisy machine or slow page): "
            + ", ".join(unsettled)
            + "."
        )
    if skipped:
        lines.append("\nNot measured: " + "; ".join(skipped) + ".")
    return "\n".join(lines) + "\n"


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rebuild", action="store_true", help="drop and refill komm_bench")
    parser.add_argument("--scale", type=float, default=1.0, help="bench_data --scale")
    parser.add_argument("--only", nargs="*", help="measure only these pages (names as listed)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--duration", type=int, default=10, help="saturation run, seconds")
    parser.add_argument("--fixed-duration", type=int, default=10, help="paced run, seconds")
    parser.add_argument("--fixed-connections", type=int, default=4)
    parser.add_argument("--warmup", type=int, default=2, help="warm-up run, seconds")
    parser.add_argument("--max-warmup-runs", type=int, default=4)
    return parser.parse_args()


def measure_pass(label, env, port, targets, inprocess, args, timings):
    """Start gunicorn with `env`, measure each target, stop it; return the workers' memory."""
    server = Server(env, port, label)
    try:
        step = time.monotonic()
        server.wait_ready(inprocess["targets"][0]["url"])
        timings[f"gunicorn start ({label})"] = time.monotonic() - step
        static_url = inprocess["targets"][0]["url"]
        bench = Bench(args, server, f"{datetime.now():%Y%m%d%H%M%S}-{label}", static_url)
        for target in targets:
            target["headers"] = []
            if target.get("admin"):
                cookie = editor_cookie(server.base)
                if cookie is None:
                    target["skipped"] = "logging in as the demo editor failed"
                    log(f"{target['name']}: {target['skipped']}")
                    continue
                target["headers"] = [cookie]
            if target["method"] == "POST":
                target["body"] = rsvp_form(inprocess["rsvp_fields"])
                before = registrations(inprocess["rsvp_event_key"])
            log(f"{target['name']} ({label}): {target['method']} {target['url']}")
            step = time.monotonic()
            target.update(bench.measure(target))
            timings[f"{target['name']} ({label})"] = time.monotonic() - step
            cache = {}
            for run in (target["saturation"], target["fixed_rate"]):
                for value, number in run["cache"].items():
                    cache[value] = cache.get(value, 0) + number
            if target["name"] == STATIC_TARGET:
                target["cache"] = "static file"
            else:
                target["cache"] = "off" if label == "uncached" else dominant(cache)
            if target["method"] == "POST":
                target["registrations_created"] = (
                    registrations(inprocess["rsvp_event_key"]) - before
                )
            log(
                f"  {target['saturation']['rps']:.1f} req/s; p50 "
                f"{target['fixed_rate']['latency_ms']['p50']:.1f} ms at "
                f"{target['fixed_rate']['rps']:.1f} req/s; errors "
                f"{target['saturation']['errors'] + target['fixed_rate']['errors']}"
            )
        return server.memory()
    finally:
        server.stop()


def pass_targets(inprocess, label, only):
    """The targets of one pass, each with its in-process figures for that cache state, after
    the static baseline of the same pass. The cached pass takes the pages the page cache
    answered in-process (X-Cache: HIT); with none, the pass is empty."""
    chosen = []
    for target in inprocess["targets"]:
        figures = target[label]
        if only and target["name"] not in only and target["name"] != STATIC_TARGET:
            continue
        if label == "cached" and figures["x_cache"] != "HIT" and target["name"] != STATIC_TARGET:
            continue
        base = {key: value for key, value in target.items() if key not in ("uncached", "cached")}
        chosen.append({**base, **figures, "pass": label})
    return chosen if any(target["name"] != STATIC_TARGET for target in chosen) else []


def main():
    args = arguments()
    started = time.monotonic()
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: `apt-get install wrk` (make bench does it).")
    timings = {}
    load_start = os.getloadavg()
    port = free_port()
    env = environment(port)

    log(f"Database {DATABASE_URL}; static files collected meanwhile")
    step = time.monotonic()
    # collectstatic needs no database and compresses every file again: it runs alongside.
    collectstatic = subprocess.Popen(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=REPO, env=env
    )
    created = prepare_database(args.rebuild)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "bench_data", "--scale", str(args.scale))
    analyze()
    timings["database"] = time.monotonic() - step
    if collectstatic.wait() != 0:
        sys.exit("collectstatic failed")
    timings["database and static files"] = time.monotonic() - step

    log("In-process measurements")
    step = time.monotonic()
    subprocess.run(
        [sys.executable, str(BENCH / "inprocess.py"), str(INPROCESS_JSON)],
        cwd=REPO,
        env=env,
        check=True,
    )
    inprocess = json.loads(INPROCESS_JSON.read_text())
    timings["query counts"] = time.monotonic() - step

    measured, memory = [], {}
    passes = [("uncached", {"KOMM_PAGE_CACHE_SECONDS": "0"}), ("cached", {})]
    for label, overrides in passes:
        targets = pass_targets(inprocess, label, args.only)
        if not targets:
            log(f"No page to measure {label}.")
            continue
        memory[label] = measure_pass(
            label, {**env, **overrides}, port, targets, inprocess, args, timings
        )
        measured += targets

    static_rps = {
        target["pass"]: target["saturation"]["rps"]
        for target in measured
        if target["name"] == STATIC_TARGET and "saturation" in target
    }
    rsvp = None
    for target in measured:
        if "saturation" in target:
            target["ratio_to_static"] = target["saturation"]["rps"] / static_rps[target["pass"]]
        if target["method"] == "POST" and "saturation" in target:
            rsvp = {
                "registrations_created": target["registrations_created"],
                "responses": target["responses"].get("200", 0),
            }
        target.pop("body", None)
        target.pop("headers", None)
    results = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "git": git_revision(),
        "machine": {
            "cpu_count": os.cpu_count(),
            "platform": platform.platform(),
            "load_average_start": [round(value, 2) for value in load_start],
            "load_average_end": [round(value, 2) for value in os.getloadavg()],
        },
        "versions": {**inprocess["versions"], "wrk": wrk_version()},
        "server": {
            "workers": int(env["WEB_CONCURRENCY"]),
            "cache_backend": inprocess["cache_backend"],
            "session_engine": inprocess["session_engine"],
            "max_requests": int(env["GUNICORN_MAX_REQUESTS"]),
            "workers_memory_kb": memory,
        },
        "wrk": {
            "threads": args.threads,
            "connections": args.connections,
            "duration_s": args.duration,
            "fixed_connections": args.fixed_connections,
            "fixed_duration_s": args.fixed_duration,
            "warmup_s": args.warmup,
        },
        "database_created": created,
        "scale": args.scale,
        "live_pages": inprocess["live_pages"],
        "rsvp": rsvp,
        "targets": measured,
        "timings_s": {name: round(seconds, 1) for name, seconds in timings.items()},
        "total_s": round(time.monotonic() - started, 1),
    }
    RESULTS_JSON.write_text(json.dumps(results, indent=2))
    table = markdown(results)
    RESULTS_MD.write_text(table)
    print(table)
    log(f"Wrote {RESULTS_JSON.relative_to(REPO)} and {RESULTS_MD.relative_to(REPO)}")


def wrk_version():
    done = subprocess.run(["wrk", "--version"], capture_output=True, text=True)
    return (done.stdout or done.stderr).split(" [")[0].removeprefix("wrk ").strip()


if __name__ == "__main__":
    main()
