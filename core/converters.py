"""Row numbers in public addresses and form choices: at most 18 digits, so that a number no
database column can hold (SQLite refuses anything past 2**63) is an unknown row, a 404 or a
form error, and never reaches the database."""

import re

from django.urls import register_converter

ROW_ID = re.compile(r"[0-9]{1,18}")


class RowIdConverter:
    regex = ROW_ID.pattern

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


def register():
    """Called once from CoreConfig.ready, before any URLconf is read: `<id:name>` in paths."""
    register_converter(RowIdConverter, "id")
