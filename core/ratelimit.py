"""How often the public forms may be sent, counted in the shared cache (Redis, or the database
table when there is no Redis), so that every process and server sees the same counts.

Many real people share one network address: an office, a community centre or a shelter's wi-fi.
So the limit per address is high (`KOMM_FORM_ADDRESS_LIMIT` an hour, all forms together), and
what stops one sender filling a form again and again is the limit per e-mail address and form
(`KOMM_FORM_SENDER_LIMIT` an hour), with the honeypot field. The address is the client's as the
configured proxies report it (`KOMM_PROXY_COUNT`, applied once in `komm_site.wsgi`), so this
module, the login lockout and the logs all read the same `REMOTE_ADDR`.

Keys are keyed hashes (HMAC with the secret key), never an address or an e-mail in clear, and
expire with their hour. When the cache cannot be reached nobody is counted: an outage must not
turn away every registration.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac

PERIOD = 3600


def client_address(request):
    """The visitor's address; also the login lockout's (AXES_CLIENT_IP_CALLABLE)."""
    return request.META.get("REMOTE_ADDR", "")


def _count(*parts):
    """Count one attempt under this key this hour; None when the cache is unreachable."""
    key = "ratelimit:" + salted_hmac("komm.ratelimit", "\x1f".join(parts)).hexdigest()[:40]
    if cache.add(key, 1, timeout=PERIOD):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=PERIOD)
        return 1


def too_many_attempts(request, form_key, email=""):
    """Count one attempt at the form `form_key` (one key for all its language versions) and say
    whether its sender or their network address went over its limit this hour."""
    counts = [(_count("address", client_address(request)), settings.KOMM_FORM_ADDRESS_LIMIT)]
    email = email.strip().lower()
    if email:
        counts.append((_count("sender", str(form_key), email), settings.KOMM_FORM_SENDER_LIMIT))
    return any(count is not None and count > limit for count, limit in counts)
