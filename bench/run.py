"""`make bench`: how fast the production stack serves KOMM Hub with a large dataset.

Steps: create (or reuse) the PostgreSQL database `komm_bench`, fill it with the demo content and
`manage.py bench_data` and analyse it, while collecting static files; count each measured
request's database queries in-process (bench/inprocess.py), which also saves the home page's
HTML as a static file; then start gunicorn with production settings and komm_site/gunicorn.py,
and for each page warm up until two short wrk runs agree within 10 %, measure requests/s at
saturation and latency percentiles at half that rate (wrk paced by bench/wrk.lua), and read the
workers' peak memory. The static copy of the home page, served by WhiteNoise through the same
gunicorn, is the baseline every page is compared with. Last, the invitation run
(bench/mailing.py): an event sent to 2,000 subscribers by the task worker; `--only invitations`
runs it alone among the pages.

Two passes: every page with the page cache off (KOMM_PAGE_CACHE_SECONDS=0), then, with the
site's own cache settings, the pages that the cache answered in-process (X-Cache: HIT). Each
pass starts with the static baseline, and its pages are compared with that pass's own baseline,
so that a change in the machine's load between passes does not skew the ratios. With no page
cache the second pass is empty. Pages are listed in `inprocess.targets()`.

The site (database, gunicorn, clients) is in bench/site.py, the table in bench/report.py.

Writes bench/results.json and bench/results.md and prints the table. Run with the venv's
Python: `.venv/bin/python bench/run.py [--rebuild] [--only NAME ...]`.
"""

import argparse
import json
import math
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.mailing import invitation_run  # noqa: E402
from bench.report import (  # noqa: E402
    STATIC_TARGET,
    dominant,
    git_revision,
    markdown,
    wrk_version,
)
from bench.site import (  # noqa: E402
    BENCH,
    DATABASE_URL,
    REPO,
    Server,
    analyze,
    editor_cookie,
    environment,
    free_port,
    log,
    manage,
    prepare_database,
    registrations,
    rsvp_form,
)

LUA = BENCH / "wrk.lua"
RESULTS_JSON = BENCH / "results.json"
RESULTS_MD = BENCH / "results.md"
INPROCESS_JSON = BENCH / "results.inprocess.json"
WARMUP_AGREEMENT = 0.10
WARMUP_REQUESTS = 10
MIN_WARMUP_REQUESTS = 5
MAX_WARMUP_SECONDS = 6


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

    invitations = None
    if not args.only or "invitations" in args.only:
        step = time.monotonic()
        invitations = invitation_run(env)
        timings["invitation run"] = time.monotonic() - step

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
        "invitations": invitations,
        "targets": measured,
        "timings_s": {name: round(seconds, 1) for name, seconds in timings.items()},
        "total_s": round(time.monotonic() - started, 1),
    }
    RESULTS_JSON.write_text(json.dumps(results, indent=2))
    table = markdown(results)
    RESULTS_MD.write_text(table)
    print(table)
    log(f"Wrote {RESULTS_JSON.relative_to(REPO)} and {RESULTS_MD.relative_to(REPO)}")


if __name__ == "__main__":
    main()
