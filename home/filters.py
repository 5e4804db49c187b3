"""Filters of the index pages. They travel in the query string, so a filtered list can be
bookmarked and shared and the form works without JavaScript."""

from urllib.parse import urlencode

from django import forms
from django.utils.functional import cached_property


class ListingFilterForm(forms.Form):
    """Each index declares its filters as optional fields of a subclass. A field is applied by
    its `filter_<name>(pages, value)` method if there is one, else by the lookup `lookups` gives
    for it (the field's own name by default), so one more filter is a field and a lookup.

    A value that does not validate (a typo, a stale bookmark, a removed tag) resets that filter
    alone: the visitor sees a wider list and a note, never an error page.
    """

    lookups = {}

    def __init__(self, data, pages, kept=None):
        """`pages` is the unfiltered list, for choices taken from the content; `kept` are query
        parameters that choose the list rather than narrow it and survive "Clear filters"."""
        super().__init__(data, auto_id="filter-%s")
        self.kept = kept or {}
        self.set_choices(pages)

    def set_choices(self, pages):
        """Fill the choices that depend on what is published."""

    @cached_property
    def values(self):
        """The filters in force: valid, non-empty values only."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in ("", None)}

    @property
    def is_active(self):
        return bool(self.values)

    @property
    def ignored(self):
        """Labels of the filters whose values were not recognised."""
        return [self.fields[name].label for name in self.errors if name in self.fields]

    @property
    def clear_query(self):
        return urlencode(self.kept)

    def apply(self, pages):
        for name, value in self.values.items():
            method = getattr(self, f"filter_{name}", None)
            if method is not None:
                pages = method(pages, value)
            else:
                pages = pages.filter(**{self.lookups.get(name, name): value})
        return pages
