"""Translate demo pages through wagtail-localize, exactly as a translator's work is stored.

The Polish and target texts of a page have the same shape, so pairing their leaves by position
gives, for each Polish string, its translation; every string segment must find one.
"""

import re

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

NO_LETTERS = re.compile(r"^[\W\d_]*$")


class MissingDemoTranslation(Exception):
    pass


def pair_strings(source, target, pairs=None):
    """Walk two same-shaped structures and map each source string to the target string."""
    pairs = {} if pairs is None else pairs
    if isinstance(source, str):
        pairs[source] = target
    elif isinstance(source, dict):
        for key, value in source.items():
            pair_strings(value, target[key], pairs)
    elif isinstance(source, list | tuple):
        for source_item, target_item in zip(source, target, strict=True):
            pair_strings(source_item, target_item, pairs)
    return pairs


def fill_translation(page, locale, translate_text):
    """Store a translation of every string of `page`, as the translation editor would.

    `translate_text(segment, text)` returns the translated text of one segment.
    """
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        translated = translate_text(segment, StringValue(segment.string.data).render_text())
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": StringValue.from_plaintext(translated).data,
                "translation_type": "manual",
            },
        )
    return translation


def translate_page(page, locale, pairs, user=None):
    """Create (or leave alone, if it exists) the live translation of `page` into `locale`."""
    existing = page.get_translations().filter(locale=locale).first()
    if existing is not None:
        return existing

    def from_pairs(segment, text):
        if text in pairs:
            return pairs[text]
        if NO_LETTERS.match(text):
            return text
        raise MissingDemoTranslation(f"{page.title!r} → {locale}: no translation for {text!r}")

    fill_translation(page, locale, from_pairs).save_target(user=user, publish=True)
    return page.get_translations().get(locale=locale)
