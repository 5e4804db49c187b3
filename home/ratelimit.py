import hashlib

from django.core.cache import cache


def client_address(request):
    return request.META.get("REMOTE_ADDR", "")


def rate_limited(request, scope, limit, period=3600):
    """Count one attempt for the visitor's address and say whether they went over `limit`.

    The address is hashed so that no IP address is kept in the cache in clear. When the cache
    is down (Redis errors are logged and ignored, and come back as None) nobody is counted: a
    Redis outage must not turn away every registration.
    """
    digest = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    key = f"ratelimit:{scope}:{digest}"
    if cache.add(key, 1, timeout=period):
        return False
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=period)
        count = 1
    return count is not None and count > limit
