"""The sitemap of every language tree, with hreflang alternates between translations."""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.conf import settings
from django.core.paginator import Paginator
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource


class MultilingualSitemap(Sitemap):
    """Wagtail's Sitemap lists the descendants of the Site's root page only, which here is the
    Polish home: the Ukrainian and English homes are its translations, not its children. This
    one walks the root page and all its translations, and names for each URL its live
    translations and an x-default, as search engines expect from a multilingual site.

    Items are the finished URL entries, so that every page is loaded once, in bulk, whatever
    the number of pages.
    """

    def pages(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_trees = reduce(
            or_, (Page.objects.descendant_of_q(root, inclusive=True) for root in roots)
        )
        return (
            Page.objects.filter(in_trees, alias_of__isnull=True)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def items(self):
        if not hasattr(self, "_entries"):
            self._entries = self._build_entries()
        return self._entries

    def _build_entries(self):
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        listed = []
        groups = defaultdict(dict)
        for page in self.pages():
            urls = page.get_sitemap_urls(self.request)
            if urls:
                listed.append((page.translation_key, urls))
                language = languages[page.locale_id]
                groups[page.translation_key][language] = (page.pk, urls[0]["location"])
        sources = self._source_languages(
            key for key, group in groups.items() if settings.LANGUAGE_CODE not in group
        )
        alternates = {
            key: self._alternates(group, sources.get(key)) for key, group in groups.items()
        }
        entries = []
        for key, urls in listed:
            # Only a page's main URL is named as a translation; other URLs it returns (of
            # routable pages) have no counterpart to point back to them.
            entries.append({**urls[0], "alternates": alternates[key]})
            entries.extend(urls[1:])
        return entries

    @staticmethod
    def _alternates(group, source_language):
        """Every listed version, itself included, and x-default: the Polish version, else the
        one it was translated from, else the first one created."""
        if settings.LANGUAGE_CODE in group:
            default = settings.LANGUAGE_CODE
        elif source_language in group:
            default = source_language
        else:
            default = min(group, key=lambda language: group[language][0])
        return [
            *({"lang_code": code, "location": location} for code, (_pk, location) in group.items()),
            {"lang_code": "x-default", "location": group[default][1]},
        ]

    @staticmethod
    def _source_languages(keys):
        """The language each page was first translated from, for pages with no Polish version
        (the earliest source comes last, so it wins)."""
        return dict(
            TranslationSource.objects.filter(object_id__in=list(keys))
            .order_by("-created_at")
            .values_list("object_id", "locale__language_code")
        )

    @property
    def paginator(self):
        return Paginator(self.items(), self.limit)

    def _urls(self, page, protocol, domain):
        urls = list(self.paginator.page(page).object_list)
        last_mods = [url.get("lastmod") for url in urls]
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
