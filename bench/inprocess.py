"""The benchmark's in-process part, run by bench/run.py with the same environment as gunicorn.

It picks the pages to measure, counts the database queries of each request through Django's
test client (the second of two requests, so that warm caches count as they would under load),
once with no cache at all (no page cache, no template fragments; also timed, the median of
seven), once with the page cache off and once with the site's settings, saves the home page's
HTML in STATIC_ROOT as the static baseline, and writes everything as JSON to the path given as
the only argument.
"""

import json
import platform
import statistics
import sys
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import django  # noqa: E402

django.setup()

import wagtail  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from demo.management.commands.bench_data import RSVP_SLUG  # noqa: E402
from directory.models import OrganisationPage  # noqa: E402
from events.models import EventIndexPage, EventPage, Registration  # noqa: E402
from grants.models import GrantIndexPage, GrantOpportunityPage  # noqa: E402
from home.models import HomePage  # noqa: E402
from news.models import MemberStoryPage, NewsIndexPage  # noqa: E402

HOST = "127.0.0.1"
COLD_REPEAT = 7
STATIC_NAME = "bench-home.html"
EDITOR = "editor"
RSVP_FIELDS = {
    "name": "Bench Person",
    "organisation": "",
    "email_language": "pl",
    "interpretation": "",
    "accessibility_needs": "",
    "consent": "on",
    "website": "",
}


def pages():
    """The pages measured: Polish, with their translations where a switcher needs them."""
    polish = Locale.objects.get(language_code="pl")
    rsvp = EventPage.objects.get(slug=RSVP_SLUG, locale=polish)
    upcoming = EventPage.objects.live().filter(locale=polish).upcoming().exclude(pk=rsvp.pk)
    event = next(page for page in upcoming if page.get_translations().live().count() >= 2)
    story = (
        MemberStoryPage.objects.live()
        .filter(locale=polish, image__isnull=False)
        .order_by("-date", "-pk")
        .first()
    )
    return {
        "home": HomePage.objects.get(locale=polish),
        "events": EventIndexPage.objects.get(locale=polish),
        "event": event,
        "stories": NewsIndexPage.objects.get(locale=polish),
        "story": story,
        "grants": GrantIndexPage.objects.get(locale=polish),
        "rsvp": rsvp,
    }


def targets():
    found = pages()
    urls = {name: page.url for name, page in found.items()}
    return found, [
        {"name": "static baseline", "method": "GET", "url": f"{settings.STATIC_URL}{STATIC_NAME}"},
        {"name": "home", "method": "GET", "url": urls["home"]},
        {"name": "event index", "method": "GET", "url": urls["events"]},
        {"name": "event page", "method": "GET", "url": urls["event"]},
        {"name": "story index", "method": "GET", "url": urls["stories"]},
        {"name": "story page", "method": "GET", "url": urls["story"]},
        {"name": "grant index", "method": "GET", "url": urls["grants"]},
        {"name": "RSVP form", "method": "GET", "url": urls["rsvp"]},
        {"name": "RSVP POST", "method": "POST", "url": urls["rsvp"]},
        {"name": "search", "method": "GET", "url": "/pl/search/?q=spotkanie"},
        {"name": "404", "method": "GET", "url": "/pl/bench-no-such-page/", "expected": 404},
        {
            "name": "admin page edit",
            "method": "GET",
            "url": f"/admin/pages/{found['event'].pk}/edit/",
            "admin": True,
        },
    ]


def measure(target, editor):
    """Request twice; report the second request's queries, status, size and X-Cache."""
    client = editor if target.get("admin") else Client(HTTP_HOST=HOST)
    for _attempt in range(2):
        with CaptureQueriesContext(connection) as queries:
            if target["method"] == "POST":
                data = {**RSVP_FIELDS, "email": f"bench-{uuid.uuid4().hex}@example.org"}
                response = client.post(target["url"], data)
            else:
                response = client.get(target["url"])
    return {
        "queries": len(queries),
        "status": response.status_code,
        "body_bytes": len(response.content) if not response.streaming else None,
        "x_cache": response.headers.get("X-Cache"),
    }


def cold_milliseconds(target, editor, repeat=COLD_REPEAT):
    """Median time of a request with no cache at all, in this process: what a page costs the
    first time after a publish, or a search nobody has made yet."""
    client = editor if target.get("admin") else Client(HTTP_HOST=HOST)
    times = []
    for _attempt in range(repeat):
        started = time.perf_counter()
        if target["method"] == "POST":
            data = {**RSVP_FIELDS, "email": f"bench-{uuid.uuid4().hex}@example.org"}
            client.post(target["url"], data)
        else:
            client.get(target["url"])
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 1)


def save_static_home(client):
    """The home page's HTML as a static file: WhiteNoise's speed on the same bytes is the
    ceiling a page cache could reach."""
    html = client.get("/pl/").content
    path = Path(settings.STATIC_ROOT) / STATIC_NAME
    path.write_bytes(html)
    return len(html)


def main(output):
    # Before the measuring clients exist: WhiteNoise lists the static files when it starts.
    save_static_home(Client(HTTP_HOST=HOST))
    editor = Client(HTTP_HOST=HOST)
    editor.force_login(get_user_model().objects.get(username=EDITOR))
    found, measured = targets()
    for target in measured:
        with override_settings(KOMM_PAGE_CACHE_SECONDS=0, KOMM_FRAGMENT_CACHE_SECONDS=0):
            target["cold_queries"] = measure(target, editor)["queries"]
            target["cold_ms"] = cold_milliseconds(target, editor)
        with override_settings(KOMM_PAGE_CACHE_SECONDS=0):
            target["uncached"] = measure(target, editor)
        target["cached"] = measure(target, editor)
    kinds = {
        "organisations": OrganisationPage,
        "events": EventPage,
        "grant calls": GrantOpportunityPage,
        "member stories": MemberStoryPage,
    }
    counts = {
        label: {
            code: model.objects.live().filter(locale__language_code=code).count()
            for code, _name in settings.LANGUAGES
        }
        for label, model in kinds.items()
    }
    result = {
        "targets": measured,
        "rsvp_fields": RSVP_FIELDS,
        "rsvp_event_key": str(found["rsvp"].translation_key),
        "rsvp_capacity": found["rsvp"].capacity,
        "rsvp_registrations": Registration.objects.for_event(found["rsvp"]).count(),
        "live_pages": counts,
        "versions": {
            "python": platform.python_version(),
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
            "database": f"{connection.vendor} {getattr(connection, 'pg_version', '')}".strip(),
        },
        "cache_backend": settings.CACHES["default"]["BACKEND"],
        "session_engine": settings.SESSION_ENGINE,
        "generated_at": timezone.now().isoformat(),
    }
    Path(output).write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main(sys.argv[1])
