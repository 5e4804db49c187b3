"""Factories of the directory app."""

import factory

from directory.models import OrganisationIndexPage, OrganisationPage, SpokenLanguage
from tests.factories import TaggedPageFactory, codes, section


class OrganisationPageFactory(TaggedPageFactory):
    """A member organisation, tagged also by the languages it works in: `language_codes`."""

    class Meta:
        model = OrganisationPage

    class Params:
        language_codes = ()

    title = factory.Sequence(lambda n: f"Stowarzyszenie Testowe nr {n}")
    summary = "Opis organizacji."
    parent = section(OrganisationIndexPage)
    languages = codes(SpokenLanguage, "language_codes")
