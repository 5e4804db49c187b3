"""The harness of the concurrency tests: threads that start at the same instant, each on its own
database connection, so that PostgreSQL's locks, not the order of Python's threads, decide who
gets through."""

import threading

from django.db import connections


def run_together(count, work, refusal=()):
    """Run `work(number)` in `count` threads at once. Returns each thread's outcome (what `work`
    returned, or the text of a `refusal` it raised) and every other error, which fails a test."""
    barrier = threading.Barrier(count)
    outcomes, errors = [], []

    def worker(number):
        try:
            barrier.wait(timeout=30)
            outcomes.append(work(number))
        except refusal as refused:
            outcomes.append(str(refused))
        except Exception as error:  # noqa: BLE001 - every unexpected error fails the test
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(number,)) for number in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes, errors


def polish_section(model, title, slug):
    """The Polish section page of type `model`; built, under a new home page and site, when a
    transactional test before this one has emptied the database (pytest-django runs them
    last, each leaving an empty database)."""
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage

    section = model.objects.filter(locale__language_code="pl").first()
    if section is not None:
        return section
    locale, _created = Locale.objects.get_or_create(language_code="pl")
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", locale=locale))
    home = HomePage.objects.filter(locale=locale).first() or root.add_child(
        instance=HomePage(title="KOMM", slug="komm", locale=locale)
    )
    if not Site.objects.exists():
        # Pages have addresses (in e-mails, for instance) only under a site.
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    return home.add_child(instance=model(title=title, slug=slug, locale=locale))
