"""The shared cache down or emptied (Redis restarted, stopped, or dropping connections): pages
are still served, rendered afresh, and nothing rendered then is served later as if current."""

import socket
import threading
from contextlib import contextmanager
from unittest import mock

import pytest
from django.core.cache import cache

from core.cache import VERSION_KEY, content_version
from events.models import EventPage
from tests.events.factories import EventPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]


@pytest.fixture(autouse=True)
def fragments(settings):
    settings.KOMM_FRAGMENT_CACHE_SECONDS = 300


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_an_emptied_shared_cache_starts_a_version_that_never_repeats_an_old_one(client, rf):
    """Redis restarted, or the version's row culled from the database cache: a new counter
    starts from the clock, above any version a fragment may still be stored under."""
    event = EventPageFactory(title="Spotkanie przed restartem", registration_enabled=False)
    page(client, event.url)
    before = content_version(rf.get("/"))
    EventPage.objects.filter(pk=event.pk).update(venue="Sala po restarcie")
    assert "Sala po restarcie" not in page(client, event.url)
    cache.delete(VERSION_KEY)
    assert content_version(rf.get("/")) > before
    assert "Sala po restarcie" in page(client, event.url)


@contextmanager
def version_unreadable():
    """The shared cache cannot say or keep the version (as django-redis answers while Redis is
    down, its errors ignored), while whatever else is written still lands: a Redis that drops
    some connections. Whatever is stored then without a version would be served later."""
    read, add = cache.get, cache.add

    def get(key, *args, **kwargs):
        return None if key == VERSION_KEY else read(key, *args, **kwargs)

    def start(key, *args, **kwargs):
        return False if key == VERSION_KEY else add(key, *args, **kwargs)

    with mock.patch.object(cache, "get", get), mock.patch.object(cache, "add", start):
        yield


def test_nothing_is_cached_while_the_shared_cache_cannot_be_reached(client):
    """No version, so no server could learn of a publish: every page is rendered afresh, and
    nothing rendered then is served to a later visitor."""
    event = EventPageFactory(title="Spotkanie bez Redisa", registration_enabled=False)
    page(client, event.url)
    EventPage.objects.filter(pk=event.pk).update(venue="Sala przed awarią")
    # The control: with the version, the body rendered first is what the next visit gets.
    assert "Sala przed awarią" not in page(client, event.url)
    with version_unreadable():
        assert "Sala przed awarią" in page(client, event.url)
        EventPage.objects.filter(pk=event.pk).update(venue="Sala w czasie awarii")
        assert "Sala w czasie awarii" in page(client, event.url)
        EventPage.objects.filter(pk=event.pk).update(venue="Sala pod koniec awarii")
        assert "Sala pod koniec awarii" in page(client, event.url)


class DownRedis:
    """A Redis server that answers every command with an error, as django-redis meets one that
    is down (its errors ignored); it notes each command it was sent."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.commands = []
        self.url = f"redis://127.0.0.1:{self.listener.getsockname()[1]}/0"
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            try:
                connection, _address = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self.answer, args=(connection,), daemon=True).start()

    def answer(self, connection):
        received = b""
        with connection:
            while data := connection.recv(65536):
                received += data
                while (parsed := resp_command(received)) is not None:
                    command, received = parsed
                    self.commands.append(command)
                    connection.sendall(b"-ERR the cache is down\r\n")

    def close(self):
        self.listener.close()

    def caches(self):
        """The site's CACHES setting with this server as its Redis."""
        return {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": self.url,
                # RESP2: the server need not answer RESP3's handshake to be sent each command.
                "OPTIONS": {"IGNORE_EXCEPTIONS": True, "CONNECTION_POOL_KWARGS": {"protocol": 2}},
            }
        }


def resp_command(received):
    """The first whole command in `received` (a RESP array of bulk strings) and what follows
    it, or None while it is incomplete."""
    head, separator, rest = received.partition(b"\r\n")
    if not separator:
        return None
    command = []
    for _argument in range(int(head.removeprefix(b"*"))):
        size, separator, rest = rest.partition(b"\r\n")
        length = int(size.removeprefix(b"$") or -1)
        if not separator or length < 0 or len(rest) < length + 2:
            return None
        command.append(rest[:length].decode(errors="replace"))
        rest = rest[length + 2 :]
    return command, rest


@pytest.fixture
def redis_down():
    server = DownRedis()
    yield server
    server.close()


def test_a_request_asks_a_cache_that_is_down_for_the_version_once(client, settings, redis_down):
    """Each question to a Redis that is down costs its timeout (half a second in production):
    a page asks for the version once (a read, a new counter, a read again), not once for each
    of its fragments, and is served, rendered afresh."""
    event = EventPageFactory(title="Spotkanie bez Redisa", registration_enabled=False)
    settings.CACHES = redis_down.caches()
    asked = []
    for venue in ("Sala pierwsza w czasie awarii", "Sala druga w czasie awarii"):
        EventPage.objects.filter(pk=event.pk).update(venue=venue)
        redis_down.commands.clear()
        assert venue in page(client, event.url)
        asked.append(redis_down.commands[:])
    for commands in asked:
        version = [command for command in commands if f":{VERSION_KEY}" in str(command)]
        fragments = [command for command in commands if "template.cache." in str(command)]
        assert 0 < len(version) <= 3, version
        # The control: a question per fragment would be over that budget.
        assert len(fragments) > 3, fragments
