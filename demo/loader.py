"""The demo's content is data: JSON files in demo/data/, one per subject (content,
organisations, membership, bench_vocabulary), read by `load`.

Dates and times in them follow one convention, read by `when`: an absolute local time
("2022-04-27 16:00", the seed meeting that really happened) or a number of days from the day
the demo is loaded ("today+5 17:00", "today-3"), so that a demo loaded any day has upcoming
events, open calls and recent stories.
"""

import json
import re
from datetime import date, datetime, time, timedelta
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

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
