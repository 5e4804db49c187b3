"""Which pages a language still lacks, or has in an older version, most urgent first: an event
next week not yet in Ukrainian comes before a story from last year."""

from dataclasses import dataclass

from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

MISSING = "missing"
OUTDATED = "outdated"


@dataclass
class Row:
    source: Page
    status: str
    translation: Page | None
    translation_source: TranslationSource | None
    urgency: tuple

    @property
    def translated_revision(self):
        """The source's revision that the translation was last brought up to date with, so a
        translator can compare it with the live source and see what changed."""
        if self.status != OUTDATED or self.translation_source is None:
            return None
        return (
            self.source.revisions.filter(created_at__lte=self.translation_source.last_updated_at)
            .order_by("-created_at")
            .values_list("pk", flat=True)
            .first()
        )


def urgency(page, now):
    """Pages whose translation is still due (upcoming events, open calls) by that date, then
    pages that do not date newest first, then those whose date has passed (`translation_due`,
    which each page type answers for itself)."""
    due = page.translation_due()
    if due is not None and due >= now:
        return (0, due.timestamp())
    if due is not None:
        return (2, -due.timestamp())
    published = page.last_published_at or page.first_published_at or now
    return (1, -published.timestamp())


def _needs_update(source_page, translation_source, translation):
    if translation_source is None or translation is None:
        return False
    if source_page.last_published_at and (
        source_page.last_published_at > translation_source.last_updated_at
    ):
        return True
    total, done = translation.get_progress()
    return done < total


def translation_status(language, now=None):
    now = now or timezone.now()
    target = Locale.objects.get(language_code=language)
    pages = Page.objects.filter(depth__gt=1).specific().select_related("locale")
    versions = {}
    for page in pages:
        versions.setdefault(page.translation_key, {})[page.locale_id] = page
    sources = {
        (source.object_id, source.locale_id): source
        for source in TranslationSource.objects.filter(object_id__in=versions)
    }
    translations = {
        (translation.source.object_id, translation.source.locale_id): translation
        for translation in Translation.objects.filter(
            target_locale=target, source__object_id__in=versions
        ).select_related("source")
    }
    rows = []
    for key, by_locale in versions.items():
        written_in = next(
            (locale_id for (object_id, locale_id) in sources if object_id == key), None
        )
        source_page = by_locale.get(written_in) or by_locale.get(Locale.get_default().pk)
        if source_page is None:
            source_page = next(iter(by_locale.values()))
        if source_page.locale_id == target.pk or not source_page.live:
            continue
        translated = by_locale.get(target.pk)
        translation_source = sources.get((key, source_page.locale_id))
        if translated is None or not translated.live:
            status = MISSING
        elif _needs_update(
            source_page, translation_source, translations.get((key, source_page.locale_id))
        ):
            status = OUTDATED
        else:
            continue
        rows.append(
            Row(source_page, status, translated, translation_source, urgency(source_page, now))
        )
    return sorted(rows, key=lambda row: row.urgency)
