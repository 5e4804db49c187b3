"""Every page type of the site, and a live page of each in every language, for the tests that
try each type (routing, rendering, editing, metadata, the translation tools).

The pages a language tree has one of (its home page, the section pages, the public forms) are
the site's structure, loaded with the demo; a page of any other type is made by its app's
factory, as an editor fills it in (with its picture), and translated."""

from directory.models import OrganisationIndexPage, OrganisationPage
from events.models import EventIndexPage, EventPage
from grants.models import GrantIndexPage, GrantOpportunityPage
from home.models import HomePage, StandardPage
from membership.models import ApplicationPage
from news.models import MemberStoryPage, NewsIndexPage, StorySubmissionPage
from partnerships.models import (
    PartnerRequestFormPage,
    PartnerRequestPage,
    PartnershipIndexPage,
)
from tests.directory.factories import OrganisationPageFactory
from tests.events.factories import EventPageFactory
from tests.factories import ImageFactory, index_page, translated, versions_of
from tests.grants.factories import GrantPageFactory
from tests.home.factories import StandardPageFactory
from tests.news.factories import StoryPageFactory
from tests.partnerships.factories import PartnerRequestPageFactory

LANGUAGES = ("pl", "uk", "en")

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

CONTENT = {
    StandardPage: StandardPageFactory,
    EventPage: lambda: EventPageFactory(header_image=ImageFactory()),
    MemberStoryPage: lambda: StoryPageFactory(image=ImageFactory()),
    GrantOpportunityPage: GrantPageFactory,
    OrganisationPage: OrganisationPageFactory,
    PartnerRequestPage: PartnerRequestPageFactory,
}


def live_versions(model, run_on_commit):
    """A live page of type `model` in every language, by language code: the language's own
    page for the structure, else a new Polish page translated into the other languages.
    `run_on_commit` is django_capture_on_commit_callbacks (wagtail-localize publishes then)."""
    if model not in CONTENT:
        return {language: index_page(model, language) for language in LANGUAGES}
    with run_on_commit(execute=True):
        page = CONTENT[model]()
        translated(page, [code for code in LANGUAGES if code != "pl"])
    return versions_of(page)
