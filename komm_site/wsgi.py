"""The WSGI application gunicorn serves.

Behind reverse proxies, REMOTE_ADDR is the nearest proxy. Werkzeug's ProxyFix (a maintained
implementation of the X-Forwarded-For rules) replaces it with the address the outermost of the
KOMM_PROXY_COUNT trusted proxies saw, before Django runs: every feature that needs the client's
address (form limits, login lockout, logs) then reads REMOTE_ADDR. Entries a client adds to the
header itself are never trusted, since each proxy appends to the right.
"""

import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from werkzeug.middleware.proxy_fix import ProxyFix

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "komm_site.settings.production")

application = get_wsgi_application()
if settings.KOMM_PROXY_COUNT:
    application = ProxyFix(application, x_for=settings.KOMM_PROXY_COUNT, x_proto=0, x_host=0)
