"""Factories of the grants app."""

import factory

from grants.models import GrantIndexPage, GrantOpportunityPage
from tests.factories import TaggedPageFactory, section, soon


class GrantPageFactory(TaggedPageFactory):
    """A grant call, open for a month."""

    class Meta:
        model = GrantOpportunityPage

    title = "Konkurs testowy"
    summary = "Opis konkursu."
    parent = section(GrantIndexPage)
    funder = "Fundacja Testowa"
    deadline = factory.LazyFunction(lambda: soon(days=30))
    call_url = "https://example.org/konkurs"
