"""What each role may do to a page, beyond Wagtail's page permissions.

Translators work on translations only: they may edit and publish a page that wagtail-localize
keeps as a translation into their language (an enabled translation, so the translation editor
is what they get), never a source, whichever tree it stands in. No translation is published
while its source is not live, so a story still in review cannot go out in another language.
Fields marked `locked` in `translatable_fields` (times, join link, capacity) always hold the
source's values: they are copied from the source on every save of a translation, reach the
translations when the source is published (`sync.follow_source`), and what all versions share
(e-mails, the seat counter) reads them from the source (`with_locked_fields_from_source`).
"""

from wagtail.models import Page, PagePermissionTester
from wagtail_localize.models import Translation, TranslationSource

from .roles import TRANSLATORS_PREFIX


def translation_of(page):
    """The wagtail-localize translation that targets this page, enabled or stopped, or None."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id
        )
        .select_related("source")
        .first()
    )


class KommPagePermissionTester(PagePermissionTester):
    """Moving follows deleting (Wagtail's can_move calls can_delete)."""

    def translator_only(self):
        if self.user.is_superuser:
            return False
        if not hasattr(self.user, "_komm_group_names"):
            self.user._komm_group_names = set(self.user.groups.values_list("name", flat=True))
        names = self.user._komm_group_names
        return bool(names) and all(name.startswith(TRANSLATORS_PREFIX) for name in names)

    def translation(self):
        if not hasattr(self, "_translation"):
            self._translation = translation_of(self.page)
        return self._translation

    def is_translation(self):
        """A translation still kept by wagtail-localize: edited in its translation editor."""
        translation = self.translation()
        return translation is not None and translation.enabled

    def source_is_live(self):
        translation = self.translation()
        if translation is None:
            return True
        return Page.objects.filter(
            translation_key=self.page.translation_key,
            locale_id=translation.source.locale_id,
            live=True,
        ).exists()

    def translators_limit(self):
        """False where a translator must stop: anything but a translation into their language."""
        return not self.translator_only() or self.is_translation()

    def has_edit_rights(self):
        """Wagtail's own answer, from the group's page permissions on this tree."""
        return super().can_edit()

    def can_edit(self):
        return super().can_edit() and self.translators_limit()

    def can_publish(self):
        return super().can_publish() and self.translators_limit() and self.source_is_live()

    def can_unpublish(self):
        return super().can_unpublish() and self.translators_limit()

    # The shape of each language tree follows the source through wagtail-localize, so adding,
    # moving, copying and deleting pages are left to editors.
    def can_add_subpage(self):
        return super().can_add_subpage() and not self.translator_only()

    def can_add_translation_here(self):
        """Whether wagtail-localize may create a translation under this page for this person."""
        return super().can_add_subpage()

    def can_publish_subpage(self):
        return super().can_publish_subpage() and not self.translator_only()

    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk=ignore_bulk) and not self.translator_only()

    def can_copy(self):
        return super().can_copy() and not self.translator_only()

    def can_leave_translation(self):
        """Stopping a translation opens Wagtail's own editor, with every field, locked ones
        included: that is for people who may change the source."""
        return self.can_edit() and not self.translator_only()

    def can_compare_source_revisions(self):
        """Wagtail shows a page's revisions only to people who may edit it; a translator also
        reads how the source of their translation changed, to know what to translate again,
        without getting any right to change it."""
        if self.can_edit() or self.can_publish():
            return True
        is_source = TranslationSource.objects.filter(
            object_id=self.page.translation_key, locale_id=self.page.locale_id
        ).exists()
        return is_source and any(
            version.permissions_for_user(self.user).can_edit()
            for version in self.page.get_translations()
        )
