"""The shared page base that applies the workflow's rules (workflow.permissions) to every page
type: who may do what, links checked, and locked fields held to the source's values. It also
says what shared code asks of a page (its kind in search results, when its translation is due),
so that page types answer for themselves and the shared code names none of them."""

import copy

from django.utils.translation import gettext_lazy as _

from workflow.permissions import KommPagePermissionTester, translation_of
from workflow.sync import locked_fields

from .links import validate_links


class KommPageMixin:
    # A search result's kind (which details home/search.html shows) and label, by page type.
    search_kind = "page"
    search_label = _("Page")

    def translation_due(self):
        """Until when a translation of this page is of use (an event's end, a call's deadline),
        or None for a page that does not date: the translation dashboard (workflow.status) puts
        the pages whose date is still to come first."""
        return None

    def permissions_for_user(self, user):
        return KommPagePermissionTester(user, self)

    def clean(self):
        super().clean()
        validate_links(self)

    def source_version(self):
        """The page this one is translated from, as stored now, or None for a source."""
        translation = translation_of(self)
        if translation is None:
            return None
        return (
            type(self)
            .objects.filter(
                translation_key=self.translation_key, locale_id=translation.source.locale_id
            )
            .first()
        )

    def with_locked_fields_from_source(self):
        """A copy of this page holding its source's locked fields, for whatever all language
        versions share (e-mails, the seat counter), whatever this translation holds."""
        names = locked_fields(self)
        source = self.source_version() if names else None
        if source is None:
            return self
        page = copy.copy(self)
        for name in names:
            setattr(page, name, getattr(source, name))
        return page

    def save(self, *args, **kwargs):
        names = locked_fields(self)
        source = self.source_version() if names and self.pk else None
        if source is not None:
            for name in names:
                setattr(self, name, getattr(source, name))
        return super().save(*args, **kwargs)
