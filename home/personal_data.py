"""Each app that stores personal data says so in its own `personal_data` module (with `export`,
`erase` and `purge`); these helpers run them all, so the commands never miss an app."""

import importlib
import importlib.util

from django.apps import apps


def modules():
    for config in apps.get_app_configs():
        name = f"{config.name}.personal_data"
        if config.name != "home" and importlib.util.find_spec(name) is not None:
            yield importlib.import_module(name)


def collect(action, *args):
    result = {}
    for module in modules():
        result.update(getattr(module, action)(*args))
    return result
