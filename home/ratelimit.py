"""How often the public forms may be sent, counted in the database so that every process and
server sees the same counts (a per-process cache would let each gunicorn worker count apart).

Many real people share one network address: an office, a community centre or a shelter's wi-fi.
So the limit per address is high (`KOMM_FORM_ADDRESS_LIMIT` an hour, all forms together), and
what stops one sender filling a form again and again is the limit per e-mail address and form
(`KOMM_FORM_SENDER_LIMIT` an hour), with the honeypot field. The address is the client's as the
configured proxies report it (`KOMM_PROXY_COUNT`, applied once in `komm_site.wsgi`), so this
module, the login lockout and the logs all read the same `REMOTE_ADDR`.

Only keyed hashes are stored (HMAC with the secret key), never an address or an e-mail in clear;
`manage.py purge_personal_data` deletes attempts older than a day.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.crypto import salted_hmac

from .models import FormAttempt

PERIOD = timedelta(hours=1)


def client_address(request):
    """The visitor's address; also the login lockout's (AXES_CLIENT_IP_CALLABLE)."""
    return request.META.get("REMOTE_ADDR", "")


def _digest(*parts):
    return salted_hmac("komm.ratelimit", "\x1f".join(parts)).hexdigest()[:40]


def too_many_attempts(request, form_key, email=""):
    """Count one attempt at the form `form_key` (one key for all its language versions) and say
    whether its sender or their network address went over its limit this hour."""
    now = timezone.now()
    address = _digest("address", client_address(request))
    keys = {address: settings.KOMM_FORM_ADDRESS_LIMIT}
    email = email.strip().lower()
    if email:
        keys[_digest("sender", str(form_key), email)] = settings.KOMM_FORM_SENDER_LIMIT
    FormAttempt.objects.bulk_create([FormAttempt(digest=digest, at=now) for digest in keys])
    counts = FormAttempt.objects.filter(digest__in=keys, at__gt=now - PERIOD).aggregate(
        **{f"d{number}": Count("pk", filter=Q(digest=d)) for number, d in enumerate(keys)}
    )
    return any(counts[f"d{number}"] > limit for number, limit in enumerate(keys.values()))


def forget_old_attempts(now=None):
    return FormAttempt.objects.filter(at__lt=(now or timezone.now()) - timedelta(days=1)).delete()[
        0
    ]
