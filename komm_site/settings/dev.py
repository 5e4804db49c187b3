"""Local development: debug on, a fixed throwaway key, e-mails printed to the console."""

from .base import *  # noqa: F403
from .base import os

DEBUG = True
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = MACHINE_TRANSLATORS[  # noqa: F405
    os.environ.get("KOMM_MACHINE_TRANSLATOR", "dummy")
]()
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-insecure-key-not-for-production")
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
