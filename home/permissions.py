from wagtail.models import PagePermissionTester, PageViewRestriction
from wagtail_localize.models import Translation, TranslationSource

from .links import validate_links
from .roles import TRANSLATORS_PREFIX


class KommPagePermissionTester(PagePermissionTester):
    """Translators publish translations, never originals: a story a member wrote in Ukrainian
    goes through the moderators, not straight out through the Ukrainian translator. Moving
    follows deleting (Wagtail's can_move calls can_delete)."""

    def translator_only(self):
        if self.user.is_superuser:
            return False
        if not hasattr(self.user, "_komm_group_names"):
            self.user._komm_group_names = set(self.user.groups.values_list("name", flat=True))
        names = self.user._komm_group_names
        return bool(names) and all(name.startswith(TRANSLATORS_PREFIX) for name in names)

    def is_translation(self):
        return Translation.objects.filter(
            source__object_id=self.page.translation_key, target_locale_id=self.page.locale_id
        ).exists()

    def can_publish(self):
        return super().can_publish() and not (self.translator_only() and not self.is_translation())

    def can_unpublish(self):
        allowed = super().can_unpublish()
        return allowed and not (self.translator_only() and not self.is_translation())

    def can_publish_subpage(self):
        return super().can_publish_subpage() and not self.translator_only()

    # The shape of each language tree follows the source through wagtail-localize, so moving,
    # copying and deleting are left to editors.
    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk=ignore_bulk) and not self.translator_only()

    def can_copy(self):
        return super().can_copy() and not self.translator_only()

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


class KommPageMixin:
    def permissions_for_user(self, user):
        return KommPagePermissionTester(user, self)

    def get_view_restrictions(self):
        """HomePage.route found this page with a query that already excludes every private
        section (`known_public`); asking Wagtail again would cost two queries per request."""
        if getattr(self, "known_public", False):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def clean(self):
        super().clean()
        validate_links(self)
