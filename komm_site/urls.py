"""The site's URLs: admin, documents, API, sitemap and robots.txt; then, under a language
prefix (i18n_patterns), the public views, feeds and Wagtail's page view last."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core.origin import serve
from events.views import calendar_feed, cancel_registration, event_calendar
from grants.feeds import GrantAtomFeed, GrantFeed
from home.search import search
from home.sitemaps import MultilingualSitemap
from news.feeds import MemberStoryAtomFeed, MemberStoryFeed
from news.media import serve_media

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("komm_site.api")),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": MultilingualSitemap}, "template_name": "home/sitemap.xml"},
        name="sitemap",
    ),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="home/robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if settings.DEBUG or settings.KOMM_SERVE_MEDIA:
    # A single small server without a web server in front serves its uploads itself.
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve_media, {"document_root": settings.MEDIA_ROOT}),
    ]

handler500 = "core.errors.server_error"

# Every public page lives under its language prefix; "/" redirects by Accept-Language.
urlpatterns += i18n_patterns(
    path("rsvp/cancel/<str:token>/", cancel_registration, name="cancel_registration"),
    path("calendar/<uuid:event_key>.ics", event_calendar, name="event_calendar"),
    path("calendar.ics", calendar_feed, name="calendar_feed"),
    path("search/", search, name="search"),
    path("feeds/stories.rss", MemberStoryFeed(), name="stories_rss"),
    path("feeds/stories.atom", MemberStoryAtomFeed(), name="stories_atom"),
    path("feeds/grants.rss", GrantFeed(), name="grants_rss"),
    path("feeds/grants.atom", GrantAtomFeed(), name="grants_atom"),
    path("", include("partnerships.urls")),
    path("", include("subscribers.urls")),
    # Wagtail's URLs; its page view checks where a form's POST comes from (core/origin.py).
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve"),
)
