"""Factories (factory_boy with wagtail-factories) for what a test checks, so that no test
leans on the demo's slugs and titles: `EventPageFactory(capacity=3)` builds and publishes an
event under the events page of its language (`language="uk"`), with defaults for the rest.

The demo site is still loaded for every test (tests/conftest.py): it provides the tree (a home
page and one index page per section in each language) that these pages are published into.
"""

import json
import secrets
from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from demo.translate import fill_translation
from directory.models import (
    OrganisationIndexPage,
    OrganisationPage,
    SpokenLanguage,
    Theme,
    Voivodeship,
)
from directory.names import name_key
from events.models import EventIndexPage, EventPage, Registration
from grants.models import GrantIndexPage, GrantOpportunityPage
from home.models import HomePage, StandardPage
from membership.models import ApplicationPage, MembershipApplication
from news.models import MemberStoryPage, NewsIndexPage, StorySubmissionPage
from partnerships.models import (
    PartnerRequestFormPage,
    PartnerRequestPage,
    PartnerRequestSubmission,
    PartnershipIndexPage,
)
from subscribers.models import Subscriber

# Every page type of the site, for the tests that try each one.
PAGE_TYPES = [
    HomePage,
    StandardPage,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    MemberStoryPage,
    StorySubmissionPage,
    GrantIndexPage,
    GrantOpportunityPage,
    OrganisationIndexPage,
    OrganisationPage,
    ApplicationPage,
    PartnershipIndexPage,
    PartnerRequestPage,
    PartnerRequestFormPage,
]


def index_page(model, language="pl"):
    return model.objects.get(locale__language_code=language)


def home_page(language="pl"):
    return HomePage.objects.get(locale=Locale.objects.get(language_code=language))


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def paragraphs(text):
    return json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"}])


def soon(days=3):
    return (timezone.now() + timedelta(days=days)).replace(second=0, microsecond=0)


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page published through a revision, as an editor would, under `parent` (by default the
    section page of its type in `language`). `live=False` leaves it a draft with a revision."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    class Params:
        language = "pl"

    slug = factory.Sequence(lambda n: f"test-page-{n}")

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        if create:
            revision = page.save_revision()
            if page.live:
                revision.publish()
            page.refresh_from_db()


def section(model):
    return factory.LazyAttribute(lambda page: index_page(model, page.language))


def codes(model, field):
    return factory.LazyAttribute(
        lambda page: list(model.objects.filter(code__in=getattr(page, field)))
    )


class TaggedPageFactory(PublishedPageFactory):
    """A page tagged by vocabulary codes: `theme_codes=["health"]`,
    `voivodeship_codes=["lubelskie"]`."""

    class Meta:
        abstract = True

    class Params:
        theme_codes = ()
        voivodeship_codes = ()

    themes = codes(Theme, "theme_codes")
    voivodeships = codes(Voivodeship, "voivodeship_codes")


class StandardPageFactory(PublishedPageFactory):
    class Meta:
        model = StandardPage

    title = "Strona testowa"
    summary = "Krótki opis."
    parent = factory.LazyAttribute(lambda page: home_page(page.language))


class EventPageFactory(PublishedPageFactory):
    class Meta:
        model = EventPage

    title = "Spotkanie testowe"
    summary = "Krótki opis spotkania."
    parent = section(EventIndexPage)
    start = factory.LazyFunction(soon)
    end = factory.LazyAttribute(lambda event: event.start + timedelta(hours=2))
    join_link = "https://meet.example.org/test-secret-room"


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


class StoryPageFactory(PublishedPageFactory):
    class Meta:
        model = MemberStoryPage

    title = "Historia testowa"
    summary = "Krótko o historii."
    parent = section(NewsIndexPage)
    organisation = "Stowarzyszenie Testowe"
    body = paragraphs("Treść historii.")


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


class PartnerRequestPageFactory(TaggedPageFactory):
    """A published partner request for `grant_call` (or, without one, a named call), with the
    person who sent it kept apart as the form keeps them: `submission__email="…"`,
    `submission__language="uk"`."""

    class Meta:
        model = PartnerRequestPage

    title = "Szukamy partnera do projektu"
    parent = section(PartnershipIndexPage)
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
            form_page = PartnerRequestFormPage.objects.get(locale=page.locale)
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


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A confirmed registration for `page` (one language version of an event), made as the
    form stores it but without what the form adds (the seat count, the e-mails); in the page's
    language unless `language` says otherwise."""

    class Meta:
        model = Registration

    event_key = factory.LazyAttribute(lambda o: o.page.translation_key)
    language = factory.LazyAttribute(lambda o: o.page.locale.language_code)
    status = Registration.Status.CONFIRMED
    name = "Osoba"
    email = factory.Sequence(lambda n: f"uczestnik{n}@example.org")
    email_language = factory.LazyAttribute(lambda o: o.language)
    consent_text = "Zgoda."
    form_data = factory.LazyFunction(dict)
    # Random, not a sequence: the concurrency tests make registrations from several threads.
    token = factory.LazyFunction(lambda: secrets.token_urlsafe(24))


class SubscriberFactory(factory.django.DjangoModelFactory):
    """A confirmed subscriber of every topic, writing in `language`."""

    class Meta:
        model = Subscriber

    email = factory.Sequence(lambda n: f"subscriber{n}@example.org")
    language = "pl"
    topics = "invitations,grant_calls,stories"
    consent_text = "Zgoda."
    confirmed_at = factory.LazyFunction(timezone.now)


def translated(page, languages=("uk", "en")):
    """`page` translated into `languages` and published: every version by language code.
    Called inside django_capture_on_commit_callbacks(execute=True), like `translate`."""
    for language in languages:
        translate(page, language)
    versions = page.get_translations(inclusive=True).select_related("locale").specific()
    return {version.locale.language_code: version for version in versions}


def translate(page, language, prefix=None):
    """Translate every string of `page` into `language` with wagtail-localize and publish it.

    Callers inside a test transaction wrap this in django_capture_on_commit_callbacks, since
    wagtail-localize publishes on commit.
    """
    locale = Locale.objects.get(language_code=language)
    prefix = prefix if prefix is not None else f"{language.upper()}: "

    def marked(segment, text):
        return f"{text}-{language}" if segment.context.path == "slug" else prefix + text

    translation = fill_translation(page, locale, marked)
    translation.save_target(publish=True)
    return translation
