import io

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command

from tests.factories import translated, versions_of
from tests.mailings.conftest import send_url


@pytest.fixture(scope="session")
def django_db_setup(django_test_environment, django_db_blocker):
    """Every test starts from the demo site in all languages, as a new user would see it.

    The database is made whether or not a test carries the `django_db` mark (pytest-django
    makes only those the marked tests use): the browser tests run without one, outside any
    test transaction, as the site runs for real (see tests/browser/conftest.py)."""
    from django.test.utils import setup_databases, teardown_databases

    with django_db_blocker.unblock():
        databases = setup_databases(verbosity=0, interactive=False, aliases={"default"})
        call_command("load_demo", accounts=True, stdout=io.StringIO())
    yield
    with django_db_blocker.unblock():
        teardown_databases(databases, verbosity=0)


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters live in the cache; each test starts with a clean one."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def translated_page(django_capture_on_commit_callbacks):
    """Make a page with `factory(**fields)` and translate it into `languages`, running what
    waits for the commit (wagtail-localize publishes then): every version by language code, as
    published."""

    def make(factory, languages=("uk", "en"), **fields):
        with django_capture_on_commit_callbacks(execute=True):
            page = factory(**fields)
            translated(page, languages)
        return versions_of(page)

    return make


@pytest.fixture
def run_command(django_capture_on_commit_callbacks):
    """Run a management command as an operator would, sending the e-mails it queues on commit;
    return its output. Shared by the personal-data suites, which read what the commands say."""

    def run(*args):
        stdout = io.StringIO()
        with django_capture_on_commit_callbacks(execute=True):
            call_command(*args, stdout=stdout)
        return stdout.getvalue()

    return run


@pytest.fixture
def commit_at_once(monkeypatch):
    """For tests that run inside a transaction which is never committed: the cache's changes
    that wait for the commit (the content version, a page's dependency) happen at once, as
    when the admin's request ends. tests/caching/test_fragment_cache.py checks the waiting."""
    monkeypatch.setattr("core.cache.on_commit", lambda func: func())


@pytest.fixture
def press_send(client, django_capture_on_commit_callbacks):
    """An editor pressing "Send" on `page` in the admin, as they would, as `username`; the
    response, with the e-mails sent. Shared by the mailing tests and the mail server drill."""

    def press(page, username="editor"):
        client.force_login(get_user_model().objects.get(username=username))
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(send_url(page))
        client.logout()
        return response

    return press
