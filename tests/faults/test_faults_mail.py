"""Fault drills: the mail server is down and comes back, a worker is killed while sending, Redis
is down. No e-mail is lost or sent twice, and the site and the admin keep working.
"""

import asyncio
import email
import signal
import threading
import time
from contextlib import contextmanager

import pytest
import requests
from aiosmtpd.controller import Controller
from django.contrib.sessions.models import Session
from django_tasks_db.models import DBTaskResult

from events.models import EmailDelivery, Registration
from news.models import StoryEmail, StorySubmission
from tests.faults.faults import (
    PYTHON,
    form_data,
    free_port,
    query,
    rsvp_form,
    sign_in,
    stop,
)
from tests.forms import story_entries

pytestmark = pytest.mark.faults


class Mailbox:
    """Messages the SMTP server accepted; it can be told to stall before answering DATA for
    one recipient, as a slow mail server does."""

    def __init__(self):
        self.accepted = []
        self.attempts = []
        self.stall_for = None
        self.stalled = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        if self.stall_for in envelope.rcpt_tos:
            self.attempts.append(message)
            self.stalled.set()
            # Cancelled by aiosmtpd when the client goes away: the message is never accepted.
            await asyncio.sleep(120)
        self.accepted.append(message)
        return "250 Message accepted for delivery"

    def to(self, address):
        return [message for message in self.accepted if address in message["To"]]


@contextmanager
def smtp_server(port, mailbox):
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield controller
    finally:
        controller.stop()


def outbox_rows(db_url, outbox, **where):
    """The rows of the `outbox` model that match `where`: (id, status, attempts)."""
    condition = " AND ".join(f"{column} = %s" for column in where)
    sql = f"SELECT id, status, attempts FROM {outbox._meta.db_table} WHERE {condition}"
    return query(db_url, sql, tuple(where.values()))


def registration_of(db_url, email_address):
    """The number of the registration made with `email_address`."""
    sql = f"SELECT id FROM {Registration._meta.db_table} WHERE email = %s"
    ((number,),) = query(db_url, sql, (email_address,))
    return number


def email_task_status(db_url, delivery_id):
    rows = query(
        db_url,
        f"SELECT status FROM {DBTaskResult._meta.db_table}"
        " WHERE task_path = 'core.tasks.send_outbox_rows'"
        " AND args_kwargs->'args'->>0 = 'events.EmailDelivery' AND args_kwargs->'args'->>1 = %s",
        (str(delivery_id),),
    )
    return [status for (status,) in rows]


def test_emails_wait_for_the_mail_server_and_arrive_once(site, started):
    mail_port = site.base_env["DJANGO_EMAIL_PORT"]
    server = site.server("mail.log", KOMM_TASK_BACKEND="immediate")
    event = site.data["events"]["mail"]
    registrant = "mail.down@example.org"
    sender = "story.sender@example.org"

    browser = requests.Session()
    data = rsvp_form(browser, server.url + event["url"], registrant)
    assert browser.post(server.url + event["url"], data=data, timeout=60).status_code == 200
    story_url = server.url + site.data["story_form"]
    story = {
        **form_data(browser.get(story_url, timeout=30).text, "contact_email"),
        **story_entries(title="Historia w czasie awarii poczty", contact_email=sender),
    }
    assert browser.post(story_url, data=story, timeout=60).status_code == 200

    registration_id = registration_of(site.db_url, registrant)
    (submission_id,) = query(
        site.db_url,
        f"SELECT id FROM {StorySubmission._meta.db_table} WHERE contact_email = %s",
        (sender,),
    )[0]
    rsvp_rows = outbox_rows(site.db_url, EmailDelivery, registration_id=registration_id)
    story_rows = outbox_rows(site.db_url, StoryEmail, submission_id=submission_id)
    assert [(status, attempts) for _id, status, attempts in rsvp_rows] == [("failed", 1)]
    assert [(status, attempts) for _id, status, attempts in story_rows] == [("failed", 1)]

    mailbox = Mailbox()
    with smtp_server(int(mail_port), mailbox):
        site.manage("send_pending_emails")
        site.manage("send_pending_emails")

    (rsvp_id, *_), (story_id, *_) = rsvp_rows[0], story_rows[0]
    assert [m["Message-ID"] for m in mailbox.to(registrant)] == [
        f"<events.emaildelivery.{rsvp_id}@127.0.0.1>"
    ]
    assert [m["Message-ID"] for m in mailbox.to(sender)] == [
        f"<news.storyemail.{story_id}@127.0.0.1>"
    ]
    assert outbox_rows(site.db_url, EmailDelivery, id=rsvp_id)[0][1:] == ("sent", 2)
    assert outbox_rows(site.db_url, StoryEmail, id=story_id)[0][1:] == ("sent", 2)


def test_email_of_a_worker_killed_while_sending_is_sent_once(site, started):
    mail_port = free_port()
    env = site.env(KOMM_TASK_BACKEND="database", DJANGO_EMAIL_PORT=str(mail_port))
    server = site.server("worker-web.log", **env)
    event = site.data["events"]["worker"]
    registrant = "killed.worker@example.org"
    mailbox = Mailbox()
    mailbox.stall_for = registrant
    worker_command = [PYTHON, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"]

    with smtp_server(mail_port, mailbox):
        browser = requests.Session()
        data = rsvp_form(browser, server.url + event["url"], registrant)
        assert browser.post(server.url + event["url"], data=data, timeout=60).status_code == 200
        registration_id = registration_of(site.db_url, registrant)
        rows = outbox_rows(site.db_url, EmailDelivery, registration_id=registration_id)
        assert email_task_status(site.db_url, rows[0][0]) == ["READY"]

        worker = site.start(worker_command, "worker-1.log", env)
        assert mailbox.stalled.wait(timeout=120), site.log(worker)
        stop(worker, signal.SIGKILL)

        # The database rolled the attempt back; django-tasks-db never runs a task again once a
        # worker has claimed it, so only the outbox retry can send this e-mail now.
        rows = outbox_rows(site.db_url, EmailDelivery, registration_id=registration_id)
        assert [(status, attempts) for _id, status, attempts in rows] == [("pending", 0)]
        assert email_task_status(site.db_url, rows[0][0]) == ["RUNNING"]
        assert mailbox.to(registrant) == []

        mailbox.stall_for = None
        worker = site.start(worker_command, "worker-2.log", env)
        retry = site.start(
            [PYTHON, "manage.py", "send_pending_emails", "--every", "0.5"], "retry.log", env
        )
        deadline = time.monotonic() + 120
        while outbox_rows(site.db_url, EmailDelivery, id=rows[0][0])[0][1] != "sent":
            assert time.monotonic() < deadline, site.log(retry)
            assert retry.poll() is None, site.log(retry)
            time.sleep(0.2)
        # A few more rounds of the retry loop and the worker: still one message.
        time.sleep(2)
        assert retry.poll() is None, site.log(retry)
        stop(retry)
        stop(worker)

    delivered = mailbox.to(registrant)
    assert len(delivered) == 1
    expected_id = f"<events.emaildelivery.{rows[0][0]}@127.0.0.1>"
    assert delivered[0]["Message-ID"] == mailbox.attempts[0]["Message-ID"] == expected_id
    assert outbox_rows(site.db_url, EmailDelivery, id=rows[0][0])[0][1:] == ("sent", 1)


def test_site_and_admin_sign_in_work_while_redis_is_down(site, started):
    server = site.server("redis-down.log", REDIS_URL=f"redis://127.0.0.1:{free_port()}/0")
    event = site.data["events"]["outage"]

    for path in ("/pl/", "/uk/", "/en/", event["url"]):
        assert requests.get(server.url + path, timeout=30).status_code == 200
    browser = requests.Session()
    data = rsvp_form(browser, server.url + event["url"], "redis.down@example.org")
    assert browser.post(server.url + event["url"], data=data, timeout=60).status_code == 200

    editor = sign_in(server.url)
    dashboard = editor.get(f"{server.url}/admin/", allow_redirects=False, timeout=30)
    assert dashboard.status_code == 200
    session_key = editor.cookies["sessionid"]
    stored = query(
        site.db_url,
        f"SELECT COUNT(*) FROM {Session._meta.db_table} WHERE session_key = %s",
        (session_key,),
    )
    assert stored == [(1,)]

    log = site.log(server.process)
    assert "ERROR komm.cache: Exception ignored" in log
    assert "ConnectionError" in log
    assert "Internal Server Error" not in log
