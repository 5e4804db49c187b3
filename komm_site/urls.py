from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from events.views import calendar_feed, cancel_registration, event_calendar

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under its language prefix; "/" redirects by Accept-Language.
urlpatterns += i18n_patterns(
    path("rsvp/cancel/<str:token>/", cancel_registration, name="cancel_registration"),
    path("calendar/<uuid:event_key>.ics", event_calendar, name="event_calendar"),
    path("calendar.ics", calendar_feed, name="calendar_feed"),
    path("", include(wagtail_urls)),
)
