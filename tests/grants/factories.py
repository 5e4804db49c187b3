"""Factories of the grants app."""

import factory

from grants.models import GrantOpportunityPage
from tests.factories import TaggedPageFactory, soon


class GrantPageFactory(TaggedPageFactory):
    """A grant call, open for a month."""

    class Meta:
        model = GrantOpportunityPage

    funder = "Fundacja Testowa"
    deadline = factory.LazyFunction(lambda: soon(days=30))
    call_url = "https://example.org/konkurs"
