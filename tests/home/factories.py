"""Factories of the home app's pages (tests/factories.py has what every app's share)."""

from home.models import StandardPage
from tests.factories import PublishedPageFactory


class StandardPageFactory(PublishedPageFactory):
    """A plain page, under the home page of its language."""

    class Meta:
        model = StandardPage
