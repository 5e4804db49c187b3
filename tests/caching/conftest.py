"""Fixtures shared by the cache tests: an event in every language, for the tests that publish a
change in one language and look for it where that language's pages are cached; and each shared
cache production uses, with what it holds, for the tests that look for what must never be kept."""

import base64
import os
import uuid

import pytest
import redis
from django.db import connection

from tests.events.factories import EventPageFactory

# The table production keeps its cache in without Redis (komm_site/settings/base.py).
CACHE_TABLE = "komm_cache"


@pytest.fixture
def event_versions(translated_page):
    """An upcoming event without a registration form, translated into uk and en: every version
    by language code."""
    return translated_page(
        EventPageFactory, title="Spotkanie w pamięci podręcznej", registration_enabled=False
    )


TEST_REDIS_URL = os.environ.get("KOMM_TEST_REDIS_URL", "redis://127.0.0.1:6379/8")


@pytest.fixture(params=["database table", "redis"])
def shared_cache(request, settings):
    """The two shared caches production uses, with fragments on; each gives back everything
    it holds (keys and stored values, as pickled bytes) as one byte string."""
    settings.KOMM_FRAGMENT_CACHE_SECONDS = 300
    if request.param == "redis":
        prefix = f"test-{uuid.uuid4().hex[:10]}"
        settings.CACHES = {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": TEST_REDIS_URL,
                "KEY_PREFIX": prefix,
            }
        }
        settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
        server = redis.Redis.from_url(TEST_REDIS_URL)

        def stored():
            keys = server.keys(f"{prefix}:*")
            return b"".join(keys + [server.get(key) or b"" for key in keys])

        yield stored
        keys = server.keys(f"{prefix}:*")
        if keys:
            server.delete(*keys)
        server.close()
    else:
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.db.DatabaseCache",
                "LOCATION": CACHE_TABLE,
            }
        }

        def stored():
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT cache_key, value FROM {connection.ops.quote_name(CACHE_TABLE)}"
                )
                rows = cursor.fetchall()
            return b"".join(key.encode() + base64.b64decode(value) for key, value in rows)

        yield stored
