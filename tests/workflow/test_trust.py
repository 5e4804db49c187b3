"""Who may see personal data and change what all language versions share.

Personal data (registrations, story senders) is shown only to roles given the permission for it,
never by way of page-edit rights; the join link, times and capacity come from the source page,
whatever a translation holds, and no translator can leave the translation editor to change
them; a translation is made and published only from a live, approved source."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from django.utils import translation
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from core.spreadsheets import neutralise
from events.models import EventPage, Registration, SeatCounter
from news.models import MemberStoryPage, StorySubmission, StorySubmissionPage
from tests.admin_forms import edit_form_data
from tests.events.factories import EventPageFactory
from tests.factories import translate
from tests.forms import rsvp_entries, story_entries

pytestmark = pytest.mark.django_db

JOIN = "https://meet.example.org/trust-secret-room"
users = get_user_model().objects


def login(client, username):
    client.force_login(users.get(username=username))


def refused(response):
    return response.status_code in (302, 403, 404)


@pytest.fixture
def event(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = EventPageFactory(title="Spotkanie zaufania", capacity=3, join_link=JOIN)
        translate(page, "uk")
    return page


def version(page, language):
    return page.get_translations(inclusive=True).get(locale__language_code=language).specific


@pytest.fixture
def registered(client, event, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(event.url, rsvp_entries("privat@example.org", email_language="pl"))
    client.logout()
    return Registration.objects.get(email="privat@example.org")


@pytest.fixture
def story_in_review(client, django_capture_on_commit_callbacks):
    """A story written in Ukrainian, sent through the form and waiting for the moderators."""
    page = StorySubmissionPage.objects.live().get(locale__language_code="uk")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            page.url, story_entries(title="Історія в огляді", contact_email="s@example.org")
        )
    return StorySubmission.objects.get(contact_email="s@example.org").story


def personal_data_urls(event):
    lists = reverse("wagtailforms:list_submissions", args=[event.pk])
    return [lists, lists + "?export=csv", lists + "?export=xlsx"]


@pytest.mark.parametrize("role", ["translator-pl", "translator-uk", "translator-en"])
def test_no_translator_sees_or_changes_registrations(client, event, registered, role):
    login(client, role)
    for url in personal_data_urls(event):
        response = client.get(url)
        assert refused(response), url
        assert b"privat@example.org" not in b"".join(
            response.streaming_content if response.streaming else [response.content]
        )
    cancel = reverse("events_cancel_registrations", args=[event.pk])
    assert refused(client.post(cancel, {"selected": [registered.pk]}))
    delete = reverse("wagtailforms:delete_submissions", args=[event.pk])
    assert refused(client.post(delete + f"?selected-submissions={registered.pk}"))
    registered.refresh_from_db()
    assert registered.status == Registration.Status.CONFIRMED
    stories = StorySubmissionPage.objects.get(locale__language_code="pl")
    assert refused(client.get(reverse("wagtailforms:list_submissions", args=[stories.pk])))


def test_page_edit_rights_alone_do_not_show_personal_data(client, event, registered):
    """A group that may edit every page but was not given the permission for personal data."""
    group = Group.objects.create(name="Page editors without personal data")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    root = Page.get_first_root_node()
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=root, permission=Permission.objects.get(codename=codename)
        )
    person = users.create_user("pages-only", "pages@example.org", "x")
    person.groups.add(group)
    client.force_login(person)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).status_code == 200
    for url in personal_data_urls(event):
        assert refused(client.get(url)), url


@pytest.mark.parametrize("role", ["editor", "moderator", "admin"])
def test_editors_and_moderators_see_registrations(client, event, registered, role):
    login(client, role)
    for url in personal_data_urls(event):
        assert client.get(url).status_code == 200, url
    assert b"privat@example.org" in client.get(personal_data_urls(event)[0]).content


def test_polish_translator_edits_polish_translations_not_polish_sources(
    client, event, story_in_review, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        story_in_review.save_revision().publish()
        translate(story_in_review, "pl")
    polish_story = version(story_in_review, "pl")
    login(client, "translator-pl")
    assert client.get(reverse("wagtailadmin_pages:edit", args=[polish_story.pk])).status_code == 200
    for page in (event, event.get_parent()):
        assert refused(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
        assert refused(client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk])))
    assert Page.objects.get(pk=event.pk).live


def ukrainian_translation(event):
    """The Ukrainian page and wagtail-localize's translation that keeps it."""
    translated = version(event, "uk")
    translation = Translation.objects.get(
        source__object_id=event.translation_key, target_locale=translated.locale
    )
    return translated, translation


def test_translator_cannot_stop_the_translation_nor_convert_it_to_an_alias(client, event):
    translated, translation = ukrainian_translation(event)
    login(client, "translator-uk")
    stop = reverse("wagtail_localize:stop_translation", args=[translation.pk])
    assert refused(client.post(stop))
    alias = reverse("wagtail_localize:convert_to_alias", args=[translated.pk])
    assert refused(client.get(alias))
    assert refused(client.post(alias))
    client.post(
        reverse("wagtailadmin_pages:edit", args=[translated.pk]),
        {"localize-convert-to-alias": "1"},
        follow=True,
    )
    translation.refresh_from_db()
    assert translation.enabled
    assert Page.objects.get(pk=translated.pk).alias_of_id is None
    # The translation editor, not Wagtail's, is what the translator gets.
    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=[translated.pk]))
    assert "props" in editor_page.context
    assert JOIN not in editor_page.content.decode()


def test_nobody_converts_a_translation_into_an_alias(client, event):
    translated = version(event, "uk")
    login(client, "editor")
    alias = reverse("wagtail_localize:convert_to_alias", args=[translated.pk])
    client.post(alias)
    assert Page.objects.get(pk=translated.pk).alias_of_id is None


def test_a_stopped_translation_is_not_a_translators_to_edit(client, event):
    translated, translation = ukrainian_translation(event)
    login(client, "editor")
    stop = reverse("wagtail_localize:stop_translation", args=[translation.pk])
    assert client.post(stop).status_code == 302
    translation.refresh_from_db()
    assert not translation.enabled
    login(client, "translator-uk")
    edit_url = reverse("wagtailadmin_pages:edit", args=[translated.pk])
    assert refused(client.get(edit_url))
    assert refused(client.post(edit_url, {"join_link": "https://evil.example/x"}))
    assert EventPage.objects.get(pk=translated.pk).join_link == JOIN


def test_locked_fields_come_from_the_source_whatever_a_translation_holds(
    client, event, django_capture_on_commit_callbacks
):
    """An editor stops the translation and publishes other times, capacity and link in the
    Ukrainian page: the page, its e-mails and the shared seat counter keep the source's."""
    translated = version(event, "uk")
    Translation.objects.filter(
        source__object_id=event.translation_key, target_locale=translated.locale
    ).update(enabled=False)
    login(client, "editor")
    edit_url = reverse("wagtailadmin_pages:edit", args=[translated.pk])
    data = edit_form_data(client, translated, edit_url) | {
        "join_link": "https://evil.example/phishing",
        "capacity": "1",
        "action-publish": "action-publish",
    }
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url, data)
    translated = EventPage.objects.get(pk=translated.pk)
    assert translated.join_link == JOIN
    assert translated.capacity == 3
    assert (translated.start, translated.end) == (event.start, event.end)
    assert SeatCounter.objects.get(event_key=event.translation_key).capacity == 3

    # Even a row changed behind the site's back is not what registrants are sent.
    EventPage.objects.filter(pk=translated.pk).update(
        join_link="https://evil.example/row", capacity=1
    )
    client.logout()
    mail.outbox.clear()
    translated = EventPage.objects.get(pk=translated.pk)
    for number in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(translated.url, rsvp_entries(f"uk{number}@example.org"))
    assert (
        Registration.objects.filter(
            event_key=event.translation_key, status=Registration.Status.CONFIRMED
        ).count()
        == 2
    )
    bodies = "".join(message.body for message in mail.outbox)
    assert JOIN in bodies and "evil.example" not in bodies


def test_no_translation_is_made_or_published_from_a_story_in_review(
    client, story_in_review, django_capture_on_commit_callbacks
):
    assert not story_in_review.live
    login(client, "translator-en")
    url = reverse("wagtail_localize:submit_page_translation", args=[story_in_review.pk])
    en = Locale.objects.get(language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"locales": [en.pk]})
    assert not MemberStoryPage.objects.filter(
        translation_key=story_in_review.translation_key, locale=en
    ).exists()

    # A translation that exists already (made before the story went back to review) cannot
    # be published while its source is not live.
    source, _created = TranslationSource.get_or_create_from_instance(story_in_review)
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.create(source=source, target_locale=en).save_target(publish=False)
    target = MemberStoryPage.objects.get(translation_key=story_in_review.translation_key, locale=en)
    edit_url = reverse("wagtailadmin_pages:edit", args=[target.pk])
    for role in ("translator-en", "editor"):
        login(client, role)
        with django_capture_on_commit_callbacks(execute=True):
            client.post(edit_url, {"action": "publish"})
        assert not Page.objects.get(pk=target.pk).live, role


def test_what_changed_leaves_out_the_join_link(client, event, django_capture_on_commit_callbacks):
    login(client, "editor")
    edit_url = reverse("wagtailadmin_pages:edit", args=[event.pk])
    new_link = "https://meet.example.org/changed-secret-room"
    data = edit_form_data(client, event, edit_url) | {
        "join_link": new_link,
        "summary": "Zmieniony opis.",
        "action-publish": "action-publish",
    }
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit_url, data).status_code == 302
    assert EventPage.objects.get(pk=event.pk).join_link == new_link
    source = TranslationSource.objects.get(object_id=event.translation_key, locale=event.locale)
    translated = version(event, "uk")
    login(client, "translator-uk")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})
        client.post(reverse("wagtailadmin_pages:edit", args=[translated.pk]), {"action": "publish"})
    compares = [
        reverse("komm_source_revisions_compare", args=[event.pk, "earliest", "latest"]),
        reverse("wagtailadmin_pages:revisions_compare", args=[translated.pk, "earliest", "latest"]),
    ]
    for url in compares:
        page = client.get(url)
        assert page.status_code == 200, url
        html = page.content.decode()
        assert new_link not in html and JOIN not in html, url
    login(client, "editor")
    html = client.get(compares[0]).content.decode()
    # An editor sees the link's change (as a word diff of the two addresses).
    assert link_label() in html.lower() and "changed" in html


def link_label():
    with translation.override("pl"):
        return str(EventPage._meta.get_field("join_link").verbose_name)


FORMULAS = ['=HYPERLINK("http://evil.example/","x")', "@SUM(A1:A9)", "+1+1", "-2+3"]


def csv_rows(client, url):
    body = b"".join(client.get(url, {"export": "csv"}).streaming_content).decode()
    return list(csv.reader(io.StringIO(body)))


def test_csv_exports_write_no_formula(client, event, django_capture_on_commit_callbacks):
    """Registrants' names and story senders' details reach the organiser's spreadsheet as text."""
    with django_capture_on_commit_callbacks(execute=True):
        for number, formula in enumerate(FORMULAS):
            client.post(
                event.url,
                rsvp_entries(f"f{number}@example.org", name=formula, organisation=formula),
            )
        story_form = StorySubmissionPage.objects.live().get(locale__language_code="pl")
        client.post(
            story_form.url,
            story_entries(contact_name=FORMULAS[0], contact_email="formula@example.org"),
        )
    assert Registration.objects.filter(name__in=FORMULAS).count() == len(FORMULAS)
    login(client, "editor")
    registrations = csv_rows(client, personal_data_urls(event)[0])
    stories = csv_rows(client, reverse("wagtailforms:list_submissions", args=[story_form.pk]))
    cells = [cell for row in registrations + stories for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    for formula in FORMULAS:
        assert "'" + formula in cells
    assert "'" + FORMULAS[0] in [cell for row in stories for cell in row]
    # The XLSX export keeps the text as it was typed, stored as text, not as a formula.
    xlsx = client.get(personal_data_urls(event)[0], {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    assert FORMULAS[0] in values


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_is_neutralised(start):
    """Form fields strip a leading tab or CR; an editor's heading or a page title need not."""
    assert neutralise(start + "1+1") == "'" + start + "1+1"
    assert neutralise("Anna " + start) == "Anna " + start
