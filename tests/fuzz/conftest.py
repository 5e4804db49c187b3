"""Fixtures of the fuzz tests: `attempt`, which sends one fuzzed request in a savepoint and says
what it stored."""

from contextlib import contextmanager

import hypothesis
import pytest
from django.core.cache import cache
from django.db import transaction

from tests.fuzz.fuzzing import (
    ACCEPTABLE_STATUSES,
    stored,
    was_accepted,
)


@pytest.fixture
def attempt(client, django_capture_on_commit_callbacks):
    """Send one request in a savepoint that is rolled back afterwards, running what would run
    after commit (e-mails) first; return the response and what it stored. The cache, where the
    per-address limits count, is emptied first unless the page has no limit."""

    @contextmanager
    def isolated():
        with transaction.atomic():
            try:
                yield
            finally:
                transaction.set_rollback(True)

    def send(request, fresh_cache=True):
        if fresh_cache:
            cache.clear()
        with isolated():
            before = stored()
            with django_capture_on_commit_callbacks(execute=True):
                response = request(client)
            after = stored()
        assert response.status_code < 500
        assert response.status_code in ACCEPTABLE_STATUSES
        if hypothesis.currently_in_test_context():
            outcome = "accepted" if was_accepted(response) else "refused"
            hypothesis.event(f"HTTP {response.status_code}, {outcome}")
        return response, {key: after[key] - before[key] for key in after}

    return send
