"""Factories of the partnerships app."""

import factory

from partnerships.models import (
    PartnerRequestFormPage,
    PartnerRequestPage,
    PartnerRequestSubmission,
)
from tests.factories import TaggedPageFactory, index_page, soon


class PartnerRequestPageFactory(TaggedPageFactory):
    """A published partner request for `grant_call` (or, without one, a named call), with the
    person who sent it kept apart as the form keeps them: `submission__email="…"`,
    `submission__language="uk"`."""

    class Meta:
        model = PartnerRequestPage
        exclude = ["summary"]  # made from the project idea, not written

    title = "Szukamy partnera do projektu"
    grant_call = None
    call_name = factory.LazyAttribute(lambda page: "" if page.grant_call else "Konkurs zewnętrzny")
    project_idea = "Wspólne warsztaty dla młodzieży."
    offer = "Salę i prowadzących."
    partner_sought = "Organizację, która zaprosi uczestników."
    organisation = "Grupa Sąsiedzka"
    reply_by = factory.LazyFunction(lambda: soon(days=20).date())

    @factory.post_generation
    def submission(page, create, extracted, email=None, language="pl", **kwargs):
        if create:
            form_page = index_page(PartnerRequestFormPage, page.locale.language_code)
            PartnerRequestSubmission.objects.create(
                page=form_page,
                form_key=form_page.translation_key,
                request=page,
                language=language,
                status=PartnerRequestSubmission.Status.PUBLISHED,
                contact_name="Osoba Szukająca",
                contact_email=email or f"szuka{page.pk}@example.org",
                consent_text="Zgoda.",
                form_data={},
            )
