import io

import pytest
from django.core.cache import cache, caches
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo site in all languages, as a new user would see it."""
    with django_db_blocker.unblock():
        call_command("load_demo", accounts=True, stdout=io.StringIO())


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters live in the cache; each test starts with a clean one, and with no
    process-local copies of fragments from another test."""
    cache.clear()
    caches["local"].clear()
    yield
    cache.clear()
    caches["local"].clear()
