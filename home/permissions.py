"""The shared page base that applies the workflow's rules (workflow.permissions) to every page
type: who may do what, links checked, and locked fields held to the source's values. It also
says what shared code asks of a page (its card in lists, its label and details in search
results, when its translation is due), so that page types answer for themselves and the shared
code names none of them."""

import copy
from functools import cache

from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import camelcase_to_underscore

from workflow.permissions import KommPagePermissionTester, translation_of
from workflow.sync import locked_fields

from .links import validate_links


@cache
def own_template(model, purpose):
    """`<app_label>/includes/<model name without "Page", snake_case>_<purpose>.html` (an
    event's card is events/includes/event_card.html), or None where the page type's app has no
    such template. Looked up once per page type, since a list shows many pages of few types."""
    name = camelcase_to_underscore(model.__name__.removesuffix("Page"))
    template = f"{model._meta.app_label}/includes/{name}_{purpose}.html"
    try:
        get_template(template)
    except TemplateDoesNotExist:
        return None
    return template


class KommPageMixin:
    """A page type shows itself in lists and search results through templates of its own app,
    found by their names (`own_template`) as Wagtail finds a page's own template, so that a new
    page type needs no line here; an attribute of the page type names any other."""

    @property
    def card_template(self):
        """The page's card in lists (home/includes/card_section.html): the generic one where
        the page type's app has none."""
        return own_template(type(self), "card") or "home/includes/page_card.html"

    @property
    def search_meta_template(self):
        """What a search result adds after its label (an event's date, a call's deadline),
        given the page as `item`; None for nothing."""
        return own_template(type(self), "search_meta")

    @property
    def search_label(self):
        """What a search result calls the page: a page type listed with a card of its own (an
        event, a grant call) by its type's name; sections, forms and plain pages, whose type
        names are the editors' words, say just "Page"."""
        if own_template(type(self), "card"):
            return capfirst(self._meta.verbose_name)
        return _("Page")

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
