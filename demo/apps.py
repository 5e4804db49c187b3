"""The demo app: installed only when KOMM_DEMO is set or in development and tests."""

from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo coalition (`load_demo`) and the benchmark's bulk data (`bench_data`): for `make
    run`, the tests and `make bench`, never installed with production settings unless
    KOMM_DEMO is set (for `make serve-production`, the benchmark and the fault drills)."""

    name = "demo"
    verbose_name = "Demo data"
