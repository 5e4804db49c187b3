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
