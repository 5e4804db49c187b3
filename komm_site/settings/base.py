"""Settings shared by every environment; safe for production, secrets only from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    return int(os.environ.get(name, default))


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "workflow",
    "directory",
    "membership",
    "events",
    "news",
    "grants",
    "partnerships",
    "subscribers",
    "mailings",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.RequestSizeLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and authentication: a hit for an anonymous visitor touches no database.
    # Before the CSP middleware too: a page is stored with its policy, built once.
    "core.cache.PageCacheMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.middleware.MissingFieldMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its own response.
    "axes.middleware.AxesMiddleware",
]

# django-axes's backend only refuses locked-out logins (its authenticate() never returns a
# user); Django's ModelBackend after it checks the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Admin logins: five wrong passwords for one user name from one address lock that pair for a
# while; an attacker elsewhere cannot lock an editor out, and the lock lifts by itself.
AXES_FAILURE_LIMIT = env_int("KOMM_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("KOMM_LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The client's address, as the configured proxies report it (KOMM_PROXY_COUNT, applied in
# komm_site.wsgi): the same one the form limits count.
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.client_address"
AXES_LOCKOUT_TEMPLATE = "axes_locked_out.html"
AXES_VERBOSE = False

ROOT_URLCONF = "komm_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.cache.fragments",
            ],
        },
    },
]

WSGI_APPLICATION = "komm_site.wsgi.application"

# SQLite needs no set-up for `make run`; DATABASE_URL switches to PostgreSQL.
DATABASES = {
    # An empty DATABASE_URL counts as unset.
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. One variable adds a content language; its name comes from Django's own table,
# so a new language needs no code change, only a translated page tree.
LANGUAGE_CODE = "pl"
KOMM_LANGUAGE_CODES = env_list("KOMM_LANGUAGES", "pl,uk,en")
if LANGUAGE_CODE not in KOMM_LANGUAGE_CODES:
    KOMM_LANGUAGE_CODES.insert(0, LANGUAGE_CODE)
LANGUAGES = [
    (code, LANG_INFO.get(code, {}).get("name_local", code)) for code in KOMM_LANGUAGE_CODES
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [PROJECT_DIR / "locale"]
FORMAT_MODULE_PATH = ["komm_site.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Warsaw"

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed names and pre-compressed copies, served by WhiteNoise with far-future caching.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    # Files only staff may read (a membership application's signed declaration): outside the
    # media folder, so no web server or media view can serve them; the admin streams them.
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {
            "location": os.environ.get("DJANGO_PRIVATE_ROOT", BASE_DIR / "private"),
            "base_url": "/no-public-url/",
        },
    },
}
# Several application servers must share their media: S3-compatible storage when a bucket is set.
if os.environ.get("KOMM_S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["KOMM_S3_BUCKET"],
            "endpoint_url": os.environ.get("KOMM_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("KOMM_S3_REGION") or None,
            "access_key": os.environ.get("KOMM_S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("KOMM_S3_SECRET_ACCESS_KEY") or None,
            "custom_domain": os.environ.get("KOMM_S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **STORAGES["default"]["OPTIONS"],
            "location": "private",
            "custom_domain": None,
            "default_acl": "private",
            "querystring_auth": True,
        },
    }
WHITENOISE_MAX_AGE = 3600
# Without DEBUG, Django serves uploads only when told to: on a single server with nothing in
# front. Behind a web server or with S3, leave this off and let them serve /media/.
KOMM_SERVE_MEDIA = env_bool("KOMM_SERVE_MEDIA", not os.environ.get("KOMM_S3_BUCKET"))

# Redis, when configured, holds the cache and fronts the sessions; the site keeps working
# from the database when Redis is down (errors are logged and ignored). Without Redis the cache
# is a database table.
REDIS_URL = os.environ.get("REDIS_URL", "")
# django-redis reads the logging of ignored errors only from these global settings.
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "komm.cache"
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("KOMM_CACHE_PREFIX", "komm"),
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    # Without Redis, a table in the database (made by migration home/0007): one cache for every
    # process and server, so that a publish retires what every gunicorn worker serves (a
    # per-process memory cache would let each worker keep its own old pages).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "komm_cache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Page cache for anonymous visitors (core/cache.py); 0 turns it off. Published changes show at
# once; time-driven ones (an event ending) within this many seconds.
KOMM_PAGE_CACHE_SECONDS = env_int("KOMM_PAGE_CACHE_SECONDS", 300)
KOMM_BROWSER_CACHE_SECONDS = env_int("KOMM_BROWSER_CACHE_SECONDS", 60)
# Template fragments ({% wagtailcache %}: menu, footer, page bodies), for every visitor, signed
# in or not, and whether the page cache is on or off; retired by any publish, like cached pages.
KOMM_FRAGMENT_CACHE_SECONDS = env_int("KOMM_FRAGMENT_CACHE_SECONDS", 300)
KOMM_PAGE_CACHE_EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/media/", "/static/")
# A CDN in front (optional): every page, feed and sitemap it may keep is purged on any change
# (core/cache.py). Each language version is purged by its own address, not by guessed twins.
WAGTAILFRONTENDCACHE_LANGUAGES = []
if os.environ.get("KOMM_CDN_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["KOMM_CDN_PURGE_URL"],
        }
    }
elif os.environ.get("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE = {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": os.environ["CLOUDFLARE_BEARER_TOKEN"],
            "ZONEID": os.environ["CLOUDFLARE_ZONEID"],
        }
    }

# Public pages run no inline script; the admin (which needs it) is left to Wagtail.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *env_list("KOMM_CSP_IMG_SOURCES")],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'none'"],
        "frame-ancestors": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    },
}
# Request bodies above this size are refused before they are read; the largest thing anyone
# sends is a story photo (10 MB, see core/uploads.py).
KOMM_MAX_REQUEST_BYTES = env_int("KOMM_MAX_REQUEST_BYTES", 25 * 1024 * 1024)

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
# E-mails and other background work. "immediate" runs tasks in the request, after commit;
# "database" queues them durably for `manage.py db_worker` (production default).
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS = {"default": {"BACKEND": TASK_BACKENDS[os.environ.get("KOMM_TASK_BACKEND", "immediate")]}}

EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "KOMM Hub <noreply@localhost>")

WAGTAIL_SITE_NAME = "KOMM Hub"
# Registrations and form submissions are deleted this many days after their event ends.
KOMM_PERSONAL_DATA_RETENTION_DAYS = env_int("KOMM_PERSONAL_DATA_RETENTION_DAYS", 90)
# Reverse proxies in front of the application server that each add the address they were
# reached from to X-Forwarded-For (one TLS proxy: 1). 0 trusts no such header.
KOMM_PROXY_COUNT = env_int("KOMM_PROXY_COUNT", 0)
# Public form submissions allowed per hour: per network address, all forms together (high: an
# office or a shelter's wi-fi puts many people behind one address), and per e-mail address and
# form (what stops one sender repeating a form). See core.ratelimit.
KOMM_FORM_ADDRESS_LIMIT = env_int("KOMM_FORM_ADDRESS_LIMIT", 200)
KOMM_FORM_SENDER_LIMIT = env_int("KOMM_FORM_SENDER_LIMIT", 5)
# Reminders go to confirmed registrants this many hours before the event starts.
KOMM_REMINDER_HOURS = env_int("KOMM_REMINDER_HOURS", 24)
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The read-only API at /api/v2/ builds absolute links to images and documents from this.
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILIMAGES_IMAGE_MODEL = "home.CustomImage"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Made by home's migration 0003: no PostgreSQL configuration for Polish or Ukrainian exists.
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "komm_unaccent"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
# Aliases would show Polish text under /uk/ and /en/; translations go through wagtail-localize.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation is optional: "deepl" (DEEPL_AUTH_KEY), "libretranslate"
# (LIBRETRANSLATE_URL, LIBRETRANSLATE_API_KEY) or "dummy" (reverses words; development only).
MACHINE_TRANSLATORS = {
    "deepl": lambda: {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_AUTH_KEY"]},
    },
    "libretranslate": lambda: {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"],
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
        },
    },
    "dummy": lambda: {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"},
}
MACHINE_TRANSLATOR = os.environ.get("KOMM_MACHINE_TRANSLATOR", "")
if MACHINE_TRANSLATOR:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = MACHINE_TRANSLATORS[MACHINE_TRANSLATOR]()

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Each line names its logger, so that an operator can tell e.g. a Redis outage (komm.cache)
    # from a mail server outage (komm.outbox).
    "formatters": {"named": {"format": "%(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "named"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    # One line per background task drowns everything else.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": os.environ.get("WAGTAIL_LOG_LEVEL", "WARNING")},
    },
}
