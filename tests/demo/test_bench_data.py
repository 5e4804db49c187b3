"""`manage.py bench_data` at a small scale: the bulk-written pages must be as real as published
ones (tree, revisions, live state, search, listings, the admin) in every language."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from demo.management.commands.bench_data import RSVP_CAPACITY, RSVP_SLUG
from directory.models import OrganisationIndexPage, OrganisationPage
from events.models import EventIndexPage, EventPage
from grants.models import GrantIndexPage, GrantOpportunityPage
from news.models import MemberStoryPage, NewsIndexPage

pytestmark = pytest.mark.django_db

LANGUAGES = ("pl", "uk", "en")
KINDS = {
    OrganisationPage: OrganisationIndexPage,
    EventPage: EventIndexPage,
    GrantOpportunityPage: GrantIndexPage,
    MemberStoryPage: NewsIndexPage,
}
# At --scale 0.01: native pages per language, plus the translations of the chosen Polish pages
# (one of each kind, and the registration event) in Ukrainian and English.
EXPECTED_NEW = {
    OrganisationPage: {"pl": 1, "uk": 2, "en": 2},
    EventPage: {"pl": 10, "uk": 7, "en": 7},
    GrantOpportunityPage: {"pl": 3, "uk": 2, "en": 2},
    MemberStoryPage: {"pl": 26, "uk": 13, "en": 13},
}


def live_counts():
    return {
        model: {
            code: model.objects.live().filter(locale__language_code=code).count()
            for code in LANGUAGES
        }
        for model in KINDS
    }


@pytest.fixture
def bench(django_capture_on_commit_callbacks):
    before = live_counts()
    known = set(Page.objects.values_list("pk", flat=True))
    output = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("bench_data", scale=0.01, stdout=output)
    new_pages = Page.objects.exclude(pk__in=known)
    return {"before": before, "output": output.getvalue(), "new": new_pages}


def test_bench_data_adds_the_expected_pages_in_every_language(bench):
    after = live_counts()
    added = {
        model: {code: after[model][code] - bench["before"][model][code] for code in LANGUAGES}
        for model in KINDS
    }
    assert added == EXPECTED_NEW
    assert "events: " in bench["output"] and "Done in" in bench["output"]


def test_bulk_written_pages_are_published_with_their_revision(bench):
    new = list(bench["new"].select_related("live_revision", "latest_revision"))
    assert new
    for page in new:
        assert page.live and not page.has_unpublished_changes
        assert page.first_published_at and page.last_published_at
        assert page.live_revision_id == page.latest_revision_id
        assert page.live_revision.object_id == str(page.pk)
        assert page.live_revision.content["title"] == page.title
    assert all(not problems for problems in Page.find_problems())
    for index_model in KINDS.values():
        for index in index_model.objects.all():
            assert index.numchild == index.get_children().count()


def test_bulk_written_pages_keep_their_tags_themes_and_organisations(bench):
    stories = MemberStoryPage.objects.filter(pk__in=bench["new"])
    for story in stories:
        tags = set(story.tags.values_list("pk", flat=True))
        assert tags
        assert {item["tag"] for item in story.live_revision.content["tagged_items"]} == tags
    grants = GrantOpportunityPage.objects.filter(pk__in=bench["new"])
    assert all(grant.themes.exists() for grant in grants)
    organisations = OrganisationPage.objects.filter(pk__in=bench["new"])
    assert all(organisation.voivodeships.exists() for organisation in organisations)
    linked = EventPage.objects.filter(pk__in=bench["new"], organisation_page__isnull=False)
    assert linked.exists()


def test_registration_event_is_translated_through_wagtail_localize(bench):
    event = EventPage.objects.get(slug=RSVP_SLUG, locale__language_code="pl")
    assert event.capacity == RSVP_CAPACITY
    assert event.registration_state() == EventPage.RegistrationState.OPEN
    assert TranslationSource.objects.filter(object_id=event.translation_key).exists()
    translations = event.get_translations().live()
    assert sorted(translations.values_list("locale__language_code", flat=True)) == ["en", "uk"]
    assert {page.title for page in translations} == {
        "Відкрита зустріч: тест продуктивності",
        "Open meeting: performance test",
    }


def test_listings_pages_search_and_admin_render_with_bench_data(bench, client):
    for model, index_model in KINDS.items():
        for code in LANGUAGES:
            index = index_model.objects.get(locale__language_code=code)
            newest = model.objects.filter(pk__in=bench["new"], locale__language_code=code).last()
            assert client.get(index.url).status_code == 200, index.url
            response = client.get(newest.url)
            assert response.status_code == 200, newest.url
            assert newest.title in response.content.decode()
    rsvp = EventPage.objects.get(slug=RSVP_SLUG, locale__language_code="pl")
    page = client.get(rsvp.url).content.decode()
    assert 'name="email"' in page
    assert rsvp.join_link and rsvp.join_link not in page
    results = client.get("/pl/search/", {"q": "wydajności"}).content.decode()
    assert rsvp.title in results
    client.force_login(get_user_model().objects.get(username="editor"))
    story = MemberStoryPage.objects.filter(pk__in=bench["new"]).first()
    assert client.get(f"/admin/pages/{story.pk}/edit/").status_code == 200


def test_bench_data_changes_nothing_when_run_again(bench):
    pages = Page.objects.count()
    output = io.StringIO()
    call_command("bench_data", scale=0.01, stdout=output)
    assert Page.objects.count() == pages
    assert "present already" in output.getvalue()


def test_bench_data_refuses_a_scale_out_of_range():
    with pytest.raises(CommandError):
        call_command("bench_data", scale=0, stdout=io.StringIO())
