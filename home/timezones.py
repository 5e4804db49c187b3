"""Time zone choices for the pages that hold a time."""

import zoneinfo


def time_zone_choices():
    """A callable, so that a tzdata update does not produce a migration."""
    return [(name, name) for name in sorted(zoneinfo.available_timezones())]
