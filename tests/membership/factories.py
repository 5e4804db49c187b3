"""Factories of the membership app."""

import factory

from directory.models import Voivodeship
from directory.names import name_key
from membership.models import ApplicationPage, MembershipApplication
from tests.factories import index_page


class MembershipApplicationFactory(factory.django.DjangoModelFactory):
    """An application as the form stores it, in `language`, without the e-mails it sends;
    `voivodeships` takes codes."""

    class Meta:
        model = MembershipApplication
        skip_postgeneration_save = True

    language = "pl"
    page = factory.LazyAttribute(lambda o: index_page(ApplicationPage, o.language))
    form_key = factory.LazyAttribute(lambda o: o.page.translation_key)
    form_data = factory.LazyFunction(dict)
    applicant_type = "informal-group"
    name = factory.Sequence(lambda n: f"Grupa Wnioskująca nr {n}")
    name_key = factory.LazyAttribute(lambda o: name_key(o.name))
    communities = "Ukraińska"
    description = "Spotkania sąsiedzkie."
    contact_name = "Osoba Kontaktowa"
    email = factory.Sequence(lambda n: f"wniosek{n}@example.org")
    email_language = factory.LazyAttribute(lambda o: o.language)
    consent_text = "Zgoda."
    declaration_text = "Deklaracja."

    @factory.post_generation
    def voivodeships(application, create, extracted, **kwargs):
        if create:
            application.voivodeships.set(Voivodeship.objects.filter(code__in=extracted or ()))
