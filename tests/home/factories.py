"""Factories of the home app's pages (tests/factories.py has what every app's share)."""

import factory

from home.models import StandardPage
from tests.factories import PublishedPageFactory, home_page


class StandardPageFactory(PublishedPageFactory):
    """A plain page, under the home page of its language."""

    class Meta:
        model = StandardPage

    title = "Strona testowa"
    summary = "Krótki opis."
    parent = factory.LazyAttribute(lambda page: home_page(page.language))
