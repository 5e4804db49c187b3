"""Facts that must be the same in every language (an event's time, its private link, a call's
deadline) reach the live translations as soon as the source is published, without waiting for
a translator to sync: a meeting moved by an hour must not keep the old hour in Ukrainian."""

from wagtail_localize.fields import SynchronizedField
from wagtail_localize.models import TranslationSource


def locked_fields(page):
    return [
        field.field_name
        for field in getattr(page, "translatable_fields", [])
        if isinstance(field, SynchronizedField) and not field.overridable
    ]


def follow_source(sender, instance, **kwargs):
    page = instance.specific
    names = locked_fields(page)
    is_source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale_id=page.locale_id
    ).exists()
    if not names or not is_source:
        return
    for translation in page.get_translations().live().specific():
        changed = [name for name in names if getattr(translation, name) != getattr(page, name)]
        if not changed:
            continue
        for name in changed:
            setattr(translation, name, getattr(page, name))
        translation.save_revision(log_action=True).publish(log_action=True)
