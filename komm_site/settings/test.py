"""Tests: fast hashing, plain static storage, in-memory mail and cache."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
STORAGES["private"]["OPTIONS"]["location"] = BASE_DIR / ".test-private"  # noqa: F405
# Tests change content directly in the database; the page cache tests switch it on themselves.
KOMM_PAGE_CACHE_SECONDS = 0
KOMM_FRAGMENT_CACHE_SECONDS = 0
