"""gunicorn settings for KOMM Hub: `gunicorn -c komm_site/gunicorn.py komm_site.wsgi`.

Workers are restarted after a number of requests (with jitter, so they do not all restart at
once) to bound memory growth; every figure can be changed from the environment.
"""

import os

bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")


def number(name, default):
    return int(os.environ.get(name, default))


workers = number("WEB_CONCURRENCY", 2)
threads = number("GUNICORN_THREADS", 1)
timeout = number("GUNICORN_TIMEOUT", 30)
graceful_timeout = number("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = number("GUNICORN_KEEPALIVE", 5)
max_requests = number("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = number("GUNICORN_MAX_REQUESTS_JITTER", 200)
# Only the request line is logged, never the query string: it could carry search terms.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(L)ss'
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# gunicorn's control socket sits at one path per user: two servers on one machine would fight
# over it, and nothing here uses it.
control_socket_disable = True
