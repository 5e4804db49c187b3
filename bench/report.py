"""The benchmark's report: the Markdown table, and the versions and revision it was made with."""

import subprocess

from bench.site import (  # noqa: E402
    REPO,
)

STATIC_TARGET = "static baseline"


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
    if results.get("invitations"):
        run = results["invitations"]
        lines.append(
            f"\nInvitation run: {run['sent']} of {run['subscribers']} e-mails sent by the task "
            f"worker in {run['seconds']} s: "
            f"{run['emails_per_second']} e-mails/s; worker peak RSS "
            f"{(run['worker_peak_memory_kb'] or 0) / 1024:.0f} MB. The SMTP server received "
            f"{run['received']} invitations ({run['received_distinct']} different), besides "
            f"{run['other_emails']} other e-mails the worker sent meanwhile (the registrations'"
            " queued by the bench's RSVP posts)."
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


def wrk_version():
    done = subprocess.run(["wrk", "--version"], capture_output=True, text=True)
    return (done.stdout or done.stderr).split(" [")[0].removeprefix("wrk ").strip()
