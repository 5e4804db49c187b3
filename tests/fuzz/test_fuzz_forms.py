"""Whatever the internet posts to a public form, the site answers without a server error and
stores nothing unless the submission was accepted.

Hypothesis builds request bodies from a valid submission by dropping, repeating and replacing
fields with odd text (control characters, NUL, zero-width and right-to-left marks, astral
characters, up to 1 MB in one field), wrong types, unknown field names and random uploads, sent
as multipart, as URL-encoded text in several charsets, or as raw bytes under any Content-Type.

Each example runs in a savepoint that is rolled back, so examples cannot see one another; the
forms get an empty cache and a random client address, since their per-address limit would
otherwise answer 429 and hide everything behind it.
`KOMM_FUZZ_PROFILE=full` (`make fuzz`) runs the 5,000 examples per form the hardening issue asks
for; the default "ci" profile (200 examples) keeps `make test-fast` quick.
"""

from datetime import timedelta
from functools import partial

import pytest
from django.core.cache import cache
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from directory.choices import VoivodeshipCode
from events.forms import INTERPRETATION_LANGUAGES
from events.models import Registration, RsvpFormField
from home.forms import ControlCharacterValidator
from membership.models import (
    ApplicationFormField,
    ApplicationPage,
)
from news.models import (
    StoryFormField,
    StorySubmissionPage,
)
from partnerships.models import PartnerRequestFormField, PartnerRequestFormPage
from tests.events.factories import EventPageFactory
from tests.factories import translated
from tests.forms import (
    application_entries,
    contact_entries,
    partner_request_entries,
    rsvp_entries,
    story_entries,
)
from tests.fuzz.fuzzing import (
    LANGUAGES,
    add_questions,
    bodies,
    context_value,
    nothing,
    post,
    question_answers,
    requests,
    scalars,
    shows_why,
    text,
    uploads,
    was_accepted,
)
from tests.partnerships.factories import PartnerRequestPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]


photos = st.one_of(uploads, st.lists(uploads, min_size=2, max_size=3), text(max_size=10))


def fuzzed_post(data, targets, attempt, file_field=None):
    """One fuzzed POST to one of the form pages, sometimes with files in `file_field`; the
    response and what it stored."""
    url, valid, choices = data.draw(st.sampled_from(targets), label="form")
    extra = st.one_of(scalars, photos) if file_field else scalars
    arguments = data.draw(requests(bodies(valid, choices, extra_scalars=extra)), label="request")
    with_file = file_field and data.draw(st.booleans(), label="with file")
    if with_file and "content_type" not in arguments:
        arguments["data"][file_field] = data.draw(photos, label="file")
    return attempt(lambda client: post(client, url, arguments))


def form_targets(pages, entries, choices):
    """Each form page as a target: its address, valid entries (`entries` called with the
    answers to the page's questions) and the values worth trying per field (`choices` and
    those of its questions)."""
    targets = []
    for page in pages:
        answers, question_choices = question_answers(page)
        targets.append((page.url, entries(**answers), {**choices, **question_choices}))
    return targets


def demo_form_targets(page_model, question_model, entries, choices):
    """The demo's form of `page_model` in every language, with an editor's question of every
    type on the Polish one, as targets."""
    pages = page_model.objects.live().filter(locale__language_code__in=LANGUAGES)
    add_questions(question_model, pages.get(locale__language_code="pl"))
    return form_targets(pages, entries, choices)


def refused_without_a_trace(response, delta):
    assert nothing(delta) == {}
    if response.status_code == 200:
        assert shows_why(response)


RSVP_CHOICES = {
    "email": ["olena@example.org", "OLENA@EXAMPLE.ORG", "taken@example.org", "a@b.c", "ola@xn--"],
    "email_language": [*LANGUAGES, "ru", "PL"],
    "interpretation": ["", *INTERPRETATION_LANGUAGES, "pl"],
    "consent": ["on", "", "off"],
    "website": ["", "https://spam.example"],
}


@pytest.fixture
def rsvp_targets(client, django_capture_on_commit_callbacks):
    """Forms in every state: open with every kind of question in three languages, full without
    a waiting list, and closed; each is (url, valid entries, valid choices per field)."""
    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        open_event = EventPageFactory(
            slug="fuzz-open",
            contact_email="organizator@komm.example.org",
            interpretation_available=True,
        )
        add_questions(RsvpFormField, open_event)
        open_event.save_revision().publish()
        translated(open_event)
        full = EventPageFactory(slug="fuzz-full", capacity=1, waitlist_enabled=False)
        closed = EventPageFactory(
            slug="fuzz-closed",
            registration_opens_at=now - timedelta(days=2),
            registration_closes_at=now - timedelta(days=1),
        )
        response = client.post(full.url, rsvp_entries(email="taken@example.org"))
        assert response.context["form_submission"].status == Registration.Status.CONFIRMED
    cache.clear()
    open_forms = open_event.get_translations(inclusive=True).specific()
    return [
        *form_targets(open_forms, rsvp_entries, RSVP_CHOICES),
        (full.url, rsvp_entries(email="olena@example.org"), RSVP_CHOICES),
        (closed.url, rsvp_entries(), RSVP_CHOICES),
    ]


@given(data=st.data())
def test_rsvp_form_never_fails_and_stores_only_accepted_registrations(data, rsvp_targets, attempt):
    response, delta = fuzzed_post(data, rsvp_targets, attempt)
    if was_accepted(response):
        assert delta["registrations"] == 1
        assert delta["deliveries"] >= 1
        assert delta["e-mails"] == delta["deliveries"]
        assert nothing(delta, "registrations", "deliveries", "e-mails") == {}
    else:
        refused_without_a_trace(response, delta)


STORY_CHOICES = {
    "voivodeship": ["", *VoivodeshipCode.values, "mazowieckie ", "berlin"],
    "photo_credit": ["", "Maria Kowal"],
    "contact_email": ["oksana@example.org", "Oksana@Example.ORG", "oksana@localhost"],
    "consent_publish": ["on", ""],
    "consent_data": ["on", ""],
    "website": ["", "https://spam.example"],
}


@pytest.fixture
def story_targets(settings, tmp_path):
    """The demo's "Send your story" page in every language, with an editor's question of every
    type on the Polish one; accepted photos go to a temporary media folder."""
    settings.MEDIA_ROOT = tmp_path
    entries = partial(story_entries, photo_credit="Maria Kowal")
    return demo_form_targets(StorySubmissionPage, StoryFormField, entries, STORY_CHOICES)


@given(data=st.data())
def test_story_form_never_fails_and_stores_only_accepted_stories(data, story_targets, attempt):
    response, delta = fuzzed_post(data, story_targets, attempt, "photo")
    if was_accepted(response):
        assert delta["story submissions"] == 1
        assert delta["story drafts"] == 1
        assert delta["story e-mails"] == 1
        assert delta["submitted images"] in (0, 1)
        # The sender's acknowledgement and at least one moderator's notification.
        assert delta["e-mails"] >= 2
        kept = ("story submissions", "story drafts", "story e-mails", "submitted images", "e-mails")
        assert nothing(delta, *kept) == {}
    else:
        refused_without_a_trace(response, delta)


APPLICATION_CHOICES = {
    "applicant_type": ["informal-group", "organisation", "community-leader", "company", ""],
    "krs": ["", "0000123456", "12345", "abcdefghij"],
    "nip": ["", "5260250995", "1234567890", "PL 526-025-09-95"],
    "nationwide": ["", "on"],
    "voivodeships": ["lubelskie", "", "berlin"],
    "themes": ["education", "", "cooking"],
    "languages": ["uk", "", "klingon"],
    "link": ["", "https://example.org", "javascript:alert(1)", "not a link"],
    "email": ["iryna@example.org", "IRYNA@EXAMPLE.ORG", "a@b.c", "ola@xn--"],
    "phone": ["", "+48 600 700 800", "call me"],
    "email_language": [*LANGUAGES, "ru", "PL"],
    "publish_contact": ["", "on"],
    "accept_declaration": ["on", ""],
    "consent_data": ["on", ""],
    "website": ["", "https://spam.example"],
}


@pytest.fixture
def application_targets(settings, tmp_path):
    """The demo's application form in every language, with an editor's question of every type
    on the Polish one; accepted declarations go to a temporary private folder."""
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {**settings.STORAGES["private"], "OPTIONS": {"location": tmp_path}},
    }
    entries = partial(
        application_entries, voivodeships="lubelskie", themes="education", languages="uk"
    )
    return demo_form_targets(ApplicationPage, ApplicationFormField, entries, APPLICATION_CHOICES)


@given(data=st.data())
def test_application_form_never_fails_and_stores_only_accepted_applications(
    data, application_targets, attempt
):
    response, delta = fuzzed_post(data, application_targets, attempt, "declaration_file")
    if was_accepted(response):
        assert delta["applications"] == 1
        # The applicant's acknowledgement and the staff's notice.
        assert delta["application e-mails"] == 2
        assert delta["e-mails"] == 2
        assert nothing(delta, "applications", "application e-mails", "e-mails") == {}
    else:
        refused_without_a_trace(response, delta)


@pytest.mark.parametrize("character", ["\n", "\r", "\x01", "\x1b", "\x7f", "\x85"])
def test_control_characters_in_a_single_line_field_are_refused_with_a_message(
    story_targets, attempt, character
):
    """Found by the fuzzer: a title with a line break was accepted, and then every e-mail about
    the story failed, since e-mail subjects cannot contain one."""
    url, valid, _choices = story_targets[0]
    entries = {**valid, "title": f"Nasza{character}historia"}
    response, delta = attempt(lambda client: client.post(url, entries))
    assert response.status_code == 200
    assert not was_accepted(response)
    assert response.context["form"].errors["title"] == [str(ControlCharacterValidator().message)]
    assert nothing(delta) == {}


def test_line_breaks_stay_allowed_where_the_field_has_several_lines(story_targets, attempt):
    url, valid, _choices = story_targets[0]
    entries = {
        **valid,
        "summary": "Dwa\r\nwiersze\tz tabulatorem",
        "story": "Akapit.\r\n\r\nDrugi.",
    }
    response, delta = attempt(lambda client: client.post(url, entries))
    assert was_accepted(response)
    assert delta["story drafts"] == 1
    assert delta["failed e-mails"] == 0


PARTNER_REQUEST_CHOICES = {
    "grant_call": ["", "0", "999999", "abc"],
    "call_deadline": ["", "2001-01-01", "2999-12-31", "jutro"],
    "partner_type": ["any", "organisation", "business", "", "robot"],
    "themes": ["education", "", "cooking"],
    "voivodeships": ["lubelskie", "", "berlin"],
    "nationwide": ["", "on"],
    "languages": ["uk", "", "klingon"],
    "reply_by": ["", "2001-01-01", "2999-12-31", "31.12.2026"],
    "contact_email": ["iryna.partner@example.org", "IRYNA@EXAMPLE.ORG", "ola@xn--"],
    "consent_publish": ["on", ""],
    "consent_data": ["on", ""],
    "website": ["", "https://spam.example"],
}


@pytest.fixture
def partner_request_targets():
    """The request form in every language, with an editor's question of every type on the
    Polish one."""
    return demo_form_targets(
        PartnerRequestFormPage,
        PartnerRequestFormField,
        partner_request_entries,
        PARTNER_REQUEST_CHOICES,
    )


@given(data=st.data())
def test_partner_request_form_never_fails_and_stores_only_accepted_requests(
    data, partner_request_targets, attempt
):
    response, delta = fuzzed_post(data, partner_request_targets, attempt)
    if was_accepted(response):
        assert delta["partner requests"] == 1
        assert delta["partner request drafts"] == 1
        assert delta["partner request e-mails"] == 1
        assert delta["e-mails"] >= 2  # the sender's acknowledgement and the moderators'
        kept = ("partner requests", "partner request drafts", "partner request e-mails", "e-mails")
        assert nothing(delta, *kept) == {}
    else:
        refused_without_a_trace(response, delta)


CONTACT_CHOICES = {
    "email": ["piotr.responder@example.org", "PIOTR@EXAMPLE.ORG", "a@b.c", "ola@xn--"],
    "consent": ["on", "", "off"],
    "website": ["", "https://spam.example"],
}


@pytest.fixture
def contact_targets(django_capture_on_commit_callbacks):
    """An open request in three languages and a closed one."""
    with django_capture_on_commit_callbacks(execute=True):
        versions = translated(PartnerRequestPageFactory(slug="fuzz-partners"))
        closed = PartnerRequestPageFactory(slug="fuzz-closed-partners", state="partners_found")
    return [
        *((page.url, contact_entries(), CONTACT_CHOICES) for page in versions.values()),
        (closed.url, contact_entries(), CONTACT_CHOICES),
    ]


@given(data=st.data())
def test_contact_form_never_fails_and_sends_only_accepted_messages(data, contact_targets, attempt):
    response, delta = fuzzed_post(data, contact_targets, attempt)
    sent = response.status_code == 200 and context_value(response, "sent")
    if sent and delta["partner messages"]:
        assert delta["partner messages"] == 1
        assert delta["e-mails"] == 1
        assert nothing(delta, "partner messages", "e-mails") == {}
    else:
        assert nothing(delta) == {}
        if response.status_code == 200 and not sent:
            assert context_value(response, "contact_form").errors or context_value(
                response, "refusal"
            )
