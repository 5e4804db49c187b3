"""The demo's content is data: JSON files in demo/data/, one per subject (content,
organisations, membership, partnerships, bench_vocabulary), read by `load`.

Dates and times in them follow one convention, read by `when`: an absolute local time
("2022-04-27 16:00", the seed meeting that really happened) or a number of days from the day
the demo is loaded ("today+5 17:00", "today-3"), so that a demo loaded any day has upcoming
events, open calls and recent stories.

Texts become page content with `paragraphs` (a list of paragraphs), `stream` (a body's
(type, value) pairs) and `agenda` (an event's agenda items), with the block ids that
wagtail-localize needs to translate them.
"""

import json
import re
import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from django.utils.html import escape

DATA = Path(__file__).resolve().parent / "data"
WHEN = re.compile(
    r"(?:(?P<date>\d{4}-\d{2}-\d{2})|today(?P<days>[+-]\d+)?)(?: (?P<clock>\d{1,2}:\d{2}))?"
)


def load(name):
    """The file's top-level keys as attributes."""
    return SimpleNamespace(**json.loads((DATA / f"{name}.json").read_text(encoding="utf-8")))


def when(text, today, zone=None):
    """A date, or with a clock time an aware datetime in `zone`."""
    match = WHEN.fullmatch(text)
    if match is None:
        raise ValueError(f"not a demo date: {text!r}")
    if match["date"]:
        day = date.fromisoformat(match["date"])
    else:
        day = today + timedelta(days=int(match["days"] or 0))
    if not match["clock"]:
        return day
    hours, minutes = (int(part) for part in match["clock"].split(":"))
    return datetime.combine(day, time(hours, minutes), ZoneInfo(zone))


def paragraphs(texts):
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def stream(blocks, cta_page):
    """Turn the content's (type, value) pairs into StreamField JSON with block ids."""
    data = []
    for block_type, value in blocks:
        if block_type == "heading":
            value = {"text": value, "level": "h2"}
        elif block_type == "paragraph":
            value = paragraphs(value)
        elif block_type == "call_to_action":
            value = {**value, "page": cta_page.pk, "url": ""}
        data.append({"type": block_type, "value": value, "id": str(uuid.uuid4())})
    return json.dumps(data)


def agenda(items):
    return json.dumps(
        [
            {
                "type": "item",
                "value": {"time": "", "title": item["title"], "description": item["description"]},
                "id": str(uuid.uuid4()),
            }
            for item in items
        ]
    )


def materials(links):
    """A meeting's materials: links with their titles."""
    return json.dumps([{"type": "link", "value": link, "id": str(uuid.uuid4())} for link in links])
