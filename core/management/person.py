"""The base of the commands about one person (export and erase their personal data), apart from
core.personal_data, which every app imports as the site starts and which needs none of this."""

import argparse

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand
from django.core.validators import validate_email


def an_address(text):
    address = text.strip().lower()
    try:
        validate_email(address)
    except ValidationError:
        raise argparse.ArgumentTypeError(f"not an e-mail address: {text!r}") from None
    return address


class PersonCommand(BaseCommand):
    """A command about everything stored on one person, named by their e-mail address. A
    mistyped address is refused, not answered with "nothing found": an operator answering a
    request for erasure would believe the person forgotten."""

    def add_arguments(self, parser):
        parser.add_argument("email", type=an_address)
