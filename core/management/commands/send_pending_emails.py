"""`send_pending_emails`: the outboxes' safety net for e-mails a mail server refused or a dead
worker left; from cron, or with --every under a process manager."""

import time
from argparse import ArgumentTypeError

from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections

from core.outbox import retry_pending


def seconds(value):
    number = float(value)
    if not number > 0:
        raise ArgumentTypeError("must be a positive number of seconds")
    return number


class Command(BaseCommand):
    help = (
        "Send e-mails still in the outboxes: those the mail server refused and those whose "
        "worker died. Each is sent once, whatever runs at the same time."
    )

    def add_arguments(self, parser):
        parser.add_argument("--max-attempts", type=int, default=20)
        parser.add_argument(
            "--every",
            type=seconds,
            metavar="SECONDS",
            help="Keep running and retry this often, for a process manager instead of cron.",
        )

    def handle(self, *args, **options):
        if options["every"] is None:
            self.stdout.write(f"{retry_pending(options['max_attempts'])} e-mails sent")
            return
        while True:
            # A database outage must not stop the loop: the next round tries again.
            close_old_connections()
            try:
                sent = retry_pending(options["max_attempts"])
            except DatabaseError as error:
                self.stderr.write(f"Database unavailable, retrying later: {error}")
            else:
                if sent:
                    self.stdout.write(f"{sent} e-mails sent")
                    self.stdout.flush()
            time.sleep(options["every"])
