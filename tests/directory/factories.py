"""Factories of the directory app."""

import factory

from directory.models import OrganisationPage, SpokenLanguage
from tests.factories import TaggedPageFactory, codes


class OrganisationPageFactory(TaggedPageFactory):
    """A member organisation, tagged also by the languages it works in: `language_codes`."""

    class Meta:
        model = OrganisationPage

    class Params:
        language_codes = ()

    title = factory.Sequence(lambda n: f"Stowarzyszenie Testowe nr {n}")
    languages = codes(SpokenLanguage, "language_codes")
