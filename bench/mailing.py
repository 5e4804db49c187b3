"""The invitation run of `make bench`: an event sent to 2,000 confirmed subscribers in three
languages by the production task worker (`manage.py db_worker`, database task backend) through
a local SMTP server that accepts everything. Reports e-mails per second, from the worker's
start to the last e-mail recorded as sent, and the worker's peak memory (VmHWM)."""

import email
import subprocess
import sys
import threading
import time

from aiosmtpd.controller import Controller

from bench.site import REPO, free_port, log

SUBSCRIBERS = 2000
TIMEOUT_SECONDS = 600

# Run with the bench's settings: a fresh audience, the first upcoming Polish event, "Send".
PREPARE = """
from django.utils import timezone
from events.models import EventPage
from mailings.models import Mailing
from mailings.sending import start
from subscribers.models import Subscriber

Subscriber.objects.filter(email__startswith="bench-invite-").delete()
Subscriber.objects.bulk_create(
    Subscriber(
        email=f"bench-invite-{number}@example.org",
        language=("pl", "uk", "en")[number % 3],
        topics="invitations",
        consent_text="bench",
        confirmed_at=timezone.now(),
    )
    for number in range({count})
)
event = EventPage.objects.live().filter(locale__language_code="pl").upcoming().first()
Mailing.objects.filter(page_key=event.translation_key).delete()
added = start(event, None)
print("ADDED", added, "MAILING", Mailing.objects.get(page_key=event.translation_key).pk)
"""

COUNT_SENT = """
from mailings.models import MailingDelivery
print("SENT", MailingDelivery.objects.filter(mailing_id={mailing}, status="sent").count())
"""


class Sink:
    """Counts the invitations it receives (by their Message-ID), apart from other e-mails the
    worker may send meanwhile (those the bench's registrations queued)."""

    def __init__(self):
        self.invitations = []
        self.others = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        message_id = email.message_from_bytes(envelope.content)["Message-ID"] or ""
        with self.lock:
            if message_id.startswith("<mailings.mailingdelivery."):
                self.invitations.append(message_id)
            else:
                self.others += 1
        return "250 OK"


def shell(env, script):
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.split()


def peak_memory_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return None


def invitation_run(env, count=SUBSCRIBERS):
    sink = Sink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    env = {**env, "DJANGO_EMAIL_HOST": "127.0.0.1", "DJANGO_EMAIL_PORT": str(port)}
    try:
        words = shell(env, PREPARE.replace("{count}", str(count)))
        mailing = int(words[words.index("MAILING") + 1])
        log(f"Invitation run: {count} subscribers, mailing {mailing}")
        started = time.monotonic()
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--interval", "0.2"], cwd=REPO, env=env
        )
        sent, peak = 0, None
        try:
            while time.monotonic() - started < TIMEOUT_SECONDS:
                time.sleep(1)
                peak = peak_memory_kb(worker.pid) or peak
                words = shell(env, COUNT_SENT.replace("{mailing}", str(mailing)))
                sent = int(words[words.index("SENT") + 1])
                if sent >= count:
                    break
            seconds = time.monotonic() - started
            peak = peak_memory_kb(worker.pid) or peak
        finally:
            worker.terminate()
            worker.wait(timeout=30)
    finally:
        controller.stop()
    result = {
        "subscribers": count,
        "sent": sent,
        "received": len(sink.invitations),
        "received_distinct": len(set(sink.invitations)),
        "other_emails": sink.others,
        "seconds": round(seconds, 1),
        "emails_per_second": round(sent / seconds, 1) if seconds else None,
        "worker_peak_memory_kb": peak,
    }
    log(
        f"  {result['sent']} sent, {result['received']} received in {result['seconds']} s: "
        f"{result['emails_per_second']} e-mails/s; worker peak {peak} kB"
    )
    return result
