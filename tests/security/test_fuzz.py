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

import io
import os
from contextlib import contextmanager
from datetime import timedelta
from urllib.parse import quote, urlencode

import hypothesis
import pytest
from django.core import mail, signing
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.utils import timezone
from hypothesis import HealthCheck, Phase, given
from hypothesis import strategies as st
from PIL import Image

from directory.choices import VoivodeshipCode
from events.emails import CANCEL_SALT
from events.forms import INTERPRETATION_LANGUAGES
from events.models import EmailDelivery, Registration, RsvpFormField
from home.forms import ControlCharacterValidator
from home.models import CustomImage
from membership.models import (
    ApplicationEmail,
    ApplicationFormField,
    ApplicationPage,
    MembershipApplication,
)
from news.models import (
    MemberStoryPage,
    StoryEmail,
    StoryFormField,
    StorySubmission,
    StorySubmissionPage,
)
from news.submissions import SUBMISSIONS_COLLECTION
from tests.factories import make_event, translate
from tests.forms import application_entries, rsvp_entries

hypothesis.settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    database=None,
    print_blob=True,
    # The explain phase replays a failure hundreds of times through the whole site: minutes.
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
hypothesis.settings.register_profile(
    "full", hypothesis.settings.get_profile("ci"), max_examples=5000
)
# KOMM_FUZZ_EXAMPLES changes the number of examples of the chosen profile, e.g. to time a run.
chosen = hypothesis.settings.get_profile(os.environ.get("KOMM_FUZZ_PROFILE", "ci"))
hypothesis.settings.register_profile(
    "chosen",
    chosen,
    max_examples=int(os.environ.get("KOMM_FUZZ_EXAMPLES", chosen.max_examples)),
)
hypothesis.settings.load_profile("chosen")

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

LANGUAGES = ["pl", "uk", "en"]
# Answers that are fine in the circumstances: errors on the page, the thank-you page, a broken
# request body, a closed form, too large, too many attempts, a missing or unknown page.
ACCEPTABLE_STATUSES = {200, 302, 400, 404, 405, 409, 413, 429}

ODD_PIECES = [
    "\x00", "\x01", "\x07", "\x08", "\t", "\x0b", "\x0c", "\r", "\n", "\r\n", "\x1b", "\x7f",
    "\x85", "\xa0", "\xad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f",
    "\u202a", "\u202b", "\u202e", "\u2066", "\u2069", "\u061c", "\u2028", "\u2029", "\ufffd",
    "\uffff", "\u0301", "שלום עולם", "مرحبا بالعالم", "Привіт, світе", "Zażółć gęślą jaźń",
    "\U0001f600", "\U0001f3f3\ufe0f\u200d\U0001f308", "\U00010348", "\U0001d54f", "\U0010fffd",
    "\U000e0041", "<script>alert(1)</script>", "{{ 7|add:7 }}", "{% debug %}", "%(name)s", "%s",
    "' OR 1=1 --", "../../etc/passwd", "%00", "&#0;", "@", "a@b", "x@example.org",
]  # fmt: skip
characters = st.one_of(st.characters(codec="utf-8"), st.sampled_from(ODD_PIECES))


def text(min_size=0, max_size=30):
    return st.lists(characters, min_size=min_size, max_size=max_size).map("".join)


def repeated_to(piece, size):
    """`piece` repeated to about `size` bytes of UTF-8."""
    return piece * max(1, size // len(piece.encode()))


huge_text = st.builds(repeated_to, text(min_size=1, max_size=8), st.integers(10_000, 1_000_000))
numbers = st.one_of(
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["1e999999", "-0", "NaN", "Infinity", "0x1F", "١٢٣", "9" * 400]),
)
scalars = st.one_of(
    text(),
    numbers,
    st.booleans(),
    st.sampled_from(["", " ", "on", "off", "true", "false", "0", "1", "null", "[]", "{}"]),
)
field_names = st.one_of(
    text(min_size=1, max_size=20),
    st.sampled_from(
        [
            "csrfmiddlewaretoken", "photo", "page", "action-publish", "form-TOTAL_FORMS",
            "name[]", "email ", "EMAIL", "__proto__", "website", "status", "token", "event_key",
            "confirmed", "form_data", "id", "pk", "live", "collection",
        ]
    ),
)  # fmt: skip
addresses = st.one_of(
    st.ip_addresses().map(str), st.sampled_from(["", "unknown", "::1", "10.0.0.1, 10.0.0.2"])
)
rare = st.integers(0, 9).map(lambda number: number == 9)


def picture(image_format, size=(3, 2), mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size, "#0b4f8a").save(buffer, format=image_format)
    return buffer.getvalue()


TINY_PNG = picture("PNG")
TINY_JPEG = picture("JPEG")
TINY_WEBP = picture("WEBP")
TINY_GIF = picture("GIF", mode="P")
VALID_PHOTOS = [TINY_PNG, TINY_JPEG, TINY_WEBP]


def damaged(content, position, byte):
    position %= len(content)
    return content[:position] + bytes([byte]) + content[position + 1 :]


photo_contents = st.one_of(
    st.sampled_from([*VALID_PHOTOS, TINY_GIF, b"", b"GIF89a", b"\x89PNG\r\n\x1a\n"]),
    st.binary(max_size=2048),
    st.builds(
        lambda content, cut: content[: cut % len(content)],
        st.sampled_from(VALID_PHOTOS),
        st.integers(0, 10_000),
    ),
    st.builds(damaged, st.sampled_from(VALID_PHOTOS), st.integers(0, 10_000), st.integers(0, 255)),
    st.builds(lambda content, tail: content + tail, st.sampled_from(VALID_PHOTOS), st.binary()),
)
PHOTO_NAMES = [
    "photo.jpg", "photo.png", "photo.webp", "photo.JPEG", "zdjęcie.jpg", "фото.png", "photo.gif",
    "photo.svg", "photo", ".png", "../../etc/passwd.jpg", "a" * 300 + ".jpg",
]  # fmt: skip
photo_names = st.one_of(
    st.sampled_from(PHOTO_NAMES),
    st.builds(str.__add__, text(max_size=20), st.sampled_from([".jpg", ".png"])),
)
uploads = st.builds(
    SimpleUploadedFile,
    photo_names,
    photo_contents,
    st.sampled_from(["image/jpeg", "image/png", "application/octet-stream", "text/html", ""]),
)


@st.composite
def bodies(draw, valid, choices, extra_scalars=scalars):
    """A valid submission with some fields dropped, repeated or replaced, and some added."""
    data = dict(valid)
    names = st.sampled_from(sorted(valid)) if valid else field_names
    for name in draw(st.lists(names, unique=True, max_size=3)) if valid else []:
        value = st.one_of(st.sampled_from(choices.get(name, [valid[name]])), extra_scalars)
        how = draw(st.sampled_from(["drop", "replace", "repeat"]))
        if how == "drop":
            del data[name]
        elif how == "replace":
            data[name] = draw(value)
        else:
            data[name] = draw(st.lists(value, min_size=2, max_size=4))
    extra = st.one_of(scalars, st.lists(scalars, max_size=3))
    data.update(draw(st.dictionaries(field_names, extra, max_size=3)))
    if draw(rare):
        data[draw(st.one_of(names, field_names))] = draw(huge_text)
    return data


def as_text(value):
    return value.name if hasattr(value, "read") else str(value)


def urlencoded(data, codec):
    pairs = [
        (name, as_text(item))
        for name, value in data.items()
        for item in (value if isinstance(value, list) else [value])
    ]
    return urlencode(pairs, encoding=codec, errors="replace").encode("ascii")


CHARSETS = ["utf-8", "utf-16", "iso-8859-2", "cp1251", "koi8-u", "latin-1", "shift_jis"]
CONTENT_TYPES = [
    "multipart/form-data",
    "multipart/form-data; boundary=",
    "multipart/form-data; boundary=BoUnDaRyStRiNg",
    "multipart/form-data; boundary=" + "x" * 200,
    "multipart/mixed; boundary=BoUnDaRyStRiNg",
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=no-such-charset",
    "application/json",
    "text/plain; charset=utf-16",
    "image/png",
    "",
]
raw_bodies = st.one_of(
    st.binary(max_size=4096),
    text(max_size=200).map(str.encode),
    st.sampled_from(
        [
            b'--BoUnDaRyStRiNg\r\nContent-Disposition: form-data; name="name"\r\n\r\nx',
            b"--BoUnDaRyStRiNg--\r\n",
            b"name=%00&email=%FF%FE&consent=on",
            b'{"name": "Olena", "consent": true}',
        ]
    ),
)


@st.composite
def requests(draw, body):
    """Keyword arguments for the test client: the body as multipart, URL-encoded or raw bytes."""
    data = draw(body)
    extra = {"REMOTE_ADDR": draw(addresses)}
    how = draw(st.sampled_from(["multipart", "multipart", "urlencoded", "raw"]))
    if how == "multipart":
        return {"data": data, **extra}
    if how == "urlencoded":
        charset = draw(st.sampled_from([*CHARSETS, "no-such-charset"]))
        codec = charset if charset in CHARSETS else "utf-8"
        content_type = f"application/x-www-form-urlencoded; charset={charset}"
        return {"data": urlencoded(data, codec), "content_type": content_type, **extra}
    content_type = draw(st.one_of(st.sampled_from(CONTENT_TYPES), text(max_size=60)))
    return {"data": draw(raw_bodies), "content_type": content_type, **extra}


def post(client, url, arguments):
    if "content_type" in arguments:
        return client.generic("POST", url, **arguments)
    return client.post(url, **arguments)


def stored():
    """Everything a public form can create, and the e-mails it can send."""
    return {
        "registrations": Registration.objects.count(),
        "cancelled": Registration.objects.filter(status=Registration.Status.CANCELLED).count(),
        "deliveries": EmailDelivery.objects.count(),
        "story submissions": StorySubmission.objects.count(),
        "story e-mails": StoryEmail.objects.count(),
        "story drafts": MemberStoryPage.objects.filter(live=False).count(),
        "submitted images": CustomImage.objects.filter(
            collection__name=SUBMISSIONS_COLLECTION
        ).count(),
        "applications": MembershipApplication.objects.count(),
        "application e-mails": ApplicationEmail.objects.count(),
        "failed e-mails": EmailDelivery.objects.filter(status=EmailDelivery.Status.FAILED).count()
        + StoryEmail.objects.filter(status=StoryEmail.Status.FAILED).count()
        + ApplicationEmail.objects.filter(status=ApplicationEmail.Status.FAILED).count(),
        "e-mails": len(mail.outbox),
    }


@pytest.fixture
def attempt(client, django_capture_on_commit_callbacks):
    """Send one request in a savepoint that is rolled back afterwards, running what would run
    after commit (e-mails) first; return the response and what it stored. The cache, where the
    per-address limits count, is emptied first unless the page has no limit."""

    @contextmanager
    def isolated():
        with transaction.atomic():
            try:
                yield
            finally:
                transaction.set_rollback(True)

    def send(request, fresh_cache=True):
        if fresh_cache:
            cache.clear()
        with isolated():
            before = stored()
            with django_capture_on_commit_callbacks(execute=True):
                response = request(client)
            after = stored()
        assert response.status_code < 500
        assert response.status_code in ACCEPTABLE_STATUSES
        if hypothesis.currently_in_test_context():
            outcome = "accepted" if was_accepted(response) else "refused"
            hypothesis.event(f"HTTP {response.status_code}, {outcome}")
        return response, {key: after[key] - before[key] for key in after}

    return send


def context_value(response, name, default=None):
    context = response.context
    if context is None:
        return default
    try:
        return context[name]
    except KeyError:
        return default


def was_accepted(response):
    return response.status_code == 200 and context_value(response, "form_submission") is not None


def shows_why(response):
    """A refused submission says why: field errors, a refusal, or the (silent) honeypot page."""
    form = context_value(response, "form")
    return bool(
        (form is not None and form.errors)
        or context_value(response, "refusal")
        or context_value(response, "form_submission", "missing") is None
    )


def nothing(delta):
    return {key: value for key, value in delta.items() if value}


QUESTION_TYPES = {
    "singleline": (True, ["Kraków"]),
    "multiline": (False, ["", "Linia 1\nLinia 2"]),
    "email": (False, ["", "ktos@example.org"]),
    "number": (False, ["", "3", "2.5"]),
    "url": (False, ["", "https://example.org/"]),
    "checkbox": (False, ["", "on"]),
    "checkboxes": (False, ["tak", "nie"]),
    "dropdown": (True, ["tak", "nie", "może"]),
    "multiselect": (False, ["tak"]),
    "radio": (False, ["", "nie"]),
    "date": (False, ["", "2026-05-01"]),
    "datetime": (False, ["", "2026-05-01 10:00"]),
    "hidden": (False, ["", "ukryte"]),
}


def add_questions(model, page):
    """One editor's question of every type."""
    for number, (field_type, (required, _answers)) in enumerate(QUESTION_TYPES.items()):
        model.objects.create(
            page=page,
            label=f"Pytanie {number} {field_type}",
            field_type=field_type,
            required=required,
            choices="tak\nnie\nmoże",
        )


def question_answers(page):
    """Valid answers to the page's questions and the values worth trying for each; choices are
    the page's own, since a translation translates them."""
    form = page.get_form(page=page, user=None)
    valid, choices = {}, {}
    for question in page.get_form_fields():
        answers = QUESTION_TYPES[question.field_type][1]
        field = form.fields[question.clean_name]
        if hasattr(field, "choices"):
            answers = [value for value, _label in field.choices]
        valid[question.clean_name] = answers[0]
        choices[question.clean_name] = answers
    return valid, choices


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
        open_event = make_event(
            slug="fuzz-open",
            contact_email="organizator@komm.example.org",
            interpretation_available=True,
        )
        add_questions(RsvpFormField, open_event)
        open_event.save_revision().publish()
        for language in ("uk", "en"):
            translate(open_event, language)
        full = make_event(slug="fuzz-full", capacity=1, waitlist_enabled=False)
        closed = make_event(
            slug="fuzz-closed",
            registration_opens_at=now - timedelta(days=2),
            registration_closes_at=now - timedelta(days=1),
        )
        response = client.post(full.url, rsvp_entries(email="taken@example.org"))
        assert response.context["form_submission"].status == Registration.Status.CONFIRMED
    cache.clear()
    open_forms = []
    for page in open_event.get_translations(inclusive=True).specific():
        answers, question_choices = question_answers(page)
        open_forms.append((page.url, rsvp_entries(**answers), {**RSVP_CHOICES, **question_choices}))
    return [
        *open_forms,
        (full.url, rsvp_entries(email="olena@example.org"), RSVP_CHOICES),
        (closed.url, rsvp_entries(), RSVP_CHOICES),
    ]


@given(data=st.data())
def test_rsvp_form_never_fails_and_stores_only_accepted_registrations(data, rsvp_targets, attempt):
    url, valid, choices = data.draw(st.sampled_from(rsvp_targets), label="form")
    arguments = data.draw(requests(bodies(valid, choices)), label="request")
    response, delta = attempt(lambda client: post(client, url, arguments))
    if was_accepted(response):
        assert delta["registrations"] == 1
        assert delta["deliveries"] >= 1
        assert delta["e-mails"] == delta["deliveries"]
        assert nothing({**delta, "registrations": 0, "deliveries": 0, "e-mails": 0}) == {}
    else:
        assert nothing(delta) == {}
        if response.status_code == 200:
            assert shows_why(response)


def story_entries(**fields):
    data = {
        "title": "Sobotnia szkoła dla dzieci",
        "summary": "Uczymy dzieci w soboty.",
        "story": "Pierwszy akapit.\n\nDrugi akapit\nz nową linią.",
        "organisation": "Grupa Matek",
        "voivodeship": "malopolskie",
        "photo_credit": "Maria Kowal",
        "contact_name": "Oksana Petrenko",
        "contact_email": "oksana@example.org",
        "consent_publish": "on",
        "consent_data": "on",
        "website": "",
    }
    data.update(fields)
    return data


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
    pages = StorySubmissionPage.objects.live().filter(locale__language_code__in=LANGUAGES)
    add_questions(StoryFormField, pages.get(locale__language_code="pl"))
    targets = []
    for page in pages:
        answers, question_choices = question_answers(page)
        targets.append((page.url, story_entries(**answers), {**STORY_CHOICES, **question_choices}))
    return targets


photos = st.one_of(uploads, st.lists(uploads, min_size=2, max_size=3), text(max_size=10))


@given(data=st.data())
def test_story_form_never_fails_and_stores_only_accepted_stories(data, story_targets, attempt):
    url, valid, choices = data.draw(st.sampled_from(story_targets), label="form")
    body = bodies(valid, choices, extra_scalars=st.one_of(scalars, photos))
    arguments = data.draw(requests(body), label="request")
    if data.draw(st.booleans(), label="with photo") and "content_type" not in arguments:
        arguments["data"]["photo"] = data.draw(photos, label="photo")
    response, delta = attempt(lambda client: post(client, url, arguments))
    if was_accepted(response):
        assert delta["story submissions"] == 1
        assert delta["story drafts"] == 1
        assert delta["story e-mails"] == 1
        assert delta["submitted images"] in (0, 1)
        # The sender's acknowledgement and at least one moderator's notification.
        assert delta["e-mails"] >= 2
        assert (
            nothing(
                {
                    **delta,
                    "story submissions": 0,
                    "story drafts": 0,
                    "story e-mails": 0,
                    "submitted images": 0,
                    "e-mails": 0,
                }
            )
            == {}
        )
    else:
        assert nothing(delta) == {}
        if response.status_code == 200:
            assert shows_why(response)


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
    pages = ApplicationPage.objects.live().filter(locale__language_code__in=LANGUAGES)
    add_questions(ApplicationFormField, pages.get(locale__language_code="pl"))
    targets = []
    for page in pages:
        answers, question_choices = question_answers(page)
        valid = application_entries(
            voivodeships="lubelskie", themes="education", languages="uk", **answers
        )
        targets.append((page.url, valid, {**APPLICATION_CHOICES, **question_choices}))
    return targets


@given(data=st.data())
def test_application_form_never_fails_and_stores_only_accepted_applications(
    data, application_targets, attempt
):
    url, valid, choices = data.draw(st.sampled_from(application_targets), label="form")
    body = bodies(valid, choices, extra_scalars=st.one_of(scalars, photos))
    arguments = data.draw(requests(body), label="request")
    if data.draw(st.booleans(), label="with file") and "content_type" not in arguments:
        arguments["data"]["declaration_file"] = data.draw(photos, label="file")
    response, delta = attempt(lambda client: post(client, url, arguments))
    if was_accepted(response):
        assert delta["applications"] == 1
        # The applicant's acknowledgement and the staff's notice.
        assert delta["application e-mails"] == 2
        assert delta["e-mails"] == 2
        assert nothing({**delta, "applications": 0, "application e-mails": 0, "e-mails": 0}) == {}
    else:
        assert nothing(delta) == {}
        if response.status_code == 200:
            assert shows_why(response)


@pytest.fixture
def cancellation_tokens(client, django_capture_on_commit_callbacks):
    """Signed links of a confirmed, a waitlisted and a cancelled registration."""
    with django_capture_on_commit_callbacks(execute=True):
        event = make_event(slug="fuzz-cancel", capacity=1)
        for email in ("first@example.org", "second@example.org", "third@example.org"):
            client.post(event.url, rsvp_entries(email=email))
    cache.clear()
    third = Registration.objects.get(email="third@example.org")
    third.status = Registration.Status.CANCELLED
    third.save(update_fields=["status"])
    signer = signing.Signer(salt=CANCEL_SALT)
    return {
        signer.sign(registration.token): registration.pk
        for registration in Registration.objects.for_event(event)
    }


@st.composite
def tokens(draw, valid):
    signer = signing.Signer(salt=CANCEL_SALT)
    known = st.sampled_from(sorted(valid))
    forged = st.one_of(
        known.map(lambda token: token[:-1]),
        st.builds(damaged, known.map(str.encode), st.integers(0, 200), st.integers(33, 126)).map(
            lambda token: token.decode("ascii", "replace")
        ),
        st.text(alphabet="ABCabc0189-_", min_size=1, max_size=60).map(signer.sign),
        text(max_size=80),
        huge_text.map(lambda value: value[:20_000]),
        st.sampled_from(["", ".", "..", ":", "a:b", "%2F", "%00", " "]),
    )
    return draw(known if draw(st.booleans()) else forged)


@given(data=st.data())
def test_cancellation_link_never_fails_and_only_a_post_with_a_valid_link_cancels(
    data, cancellation_tokens, attempt
):
    token = data.draw(tokens(cancellation_tokens), label="token")
    language = data.draw(st.sampled_from([*LANGUAGES, *LANGUAGES, "de"]), label="language")
    method = data.draw(
        st.sampled_from(["GET", "GET", "POST", "POST", "POST", "HEAD", "PUT", "DELETE", "OPTIONS"]),
        label="method",
    )
    arguments = data.draw(requests(bodies({}, {})), label="request")
    url = f"/{language}/rsvp/cancel/{quote(token, safe='')}/"
    registration_pk = cancellation_tokens.get(token)
    was_active = (
        registration_pk is not None
        and Registration.objects.get(pk=registration_pk).status != Registration.Status.CANCELLED
    )

    def send(client):
        if "content_type" in arguments:
            return client.generic(method, url, **arguments)
        body = encode_multipart(BOUNDARY, arguments["data"])
        return client.generic(
            method, url, body, MULTIPART_CONTENT, REMOTE_ADDR=arguments["REMOTE_ADDR"]
        )

    response, delta = attempt(send, fresh_cache=False)
    if method == "POST" and was_active and language in LANGUAGES:
        hypothesis.event("a registration cancelled")
        assert response.status_code == 200
        assert delta["cancelled"] == 1
        assert delta["deliveries"] >= 1
        assert delta["registrations"] == 0
    else:
        assert nothing(delta) == {}
        if registration_pk is None or language not in LANGUAGES:
            # An unknown language prefix is redirected under the default language, unless the
            # address would be too long for a redirect (400).
            assert response.status_code in (302, 400, 404, 405)


@given(data=st.data())
def test_search_never_fails_and_stores_nothing(data, attempt):
    language = data.draw(st.sampled_from(LANGUAGES), label="language")
    query = data.draw(
        st.dictionaries(
            st.one_of(st.sampled_from(["q", "page"]), field_names),
            st.one_of(scalars, st.lists(scalars, max_size=3), huge_text.map(lambda v: v[:50_000])),
            max_size=4,
        ),
        label="query",
    )
    method = data.draw(st.sampled_from(["GET", "GET", "HEAD", "POST"]), label="method")
    pairs = urlencoded(query, "utf-8").decode("ascii")
    url = f"/{language}/search/?{pairs}"
    address = data.draw(addresses, label="address")
    response, delta = attempt(
        lambda client: client.generic(method, url, REMOTE_ADDR=address), fresh_cache=False
    )
    assert nothing(delta) == {}
    if method != "POST":
        assert response.status_code == 200


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


# The read-only API: whatever its query string holds, a JSON answer and never a server error.

API_PARAMETERS = [
    "search",
    "search_operator",
    "type",
    "locale",
    "fields",
    "order",
    "limit",
    "offset",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "slug",
    "translation_of",
    "has_children",
    "show_in_menus",
    "title",
]
API_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["\x00", '"', "'", "%", "*", "-1", "0", "1e9", "9" * 30, "²", "٣" * 25, "and"]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=12).map(lambda t: t + '"\x00'),
)


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
@given(query=st.dictionaries(st.sampled_from(API_PARAMETERS), API_TEXT, min_size=1, max_size=4))
def test_api_query_parameters_never_cause_a_server_error(client, endpoint, query):
    response = client.get(f"/api/v2/{endpoint}/?{urlencode(query)}")
    assert response.status_code in (200, 400, 404), (query, response.status_code)
    assert response["Content-Type"].startswith("application/json")


@pytest.mark.parametrize("endpoint", ["pages", "images"])
@pytest.mark.parametrize("search", ["\x00", '"', 'a"b', "\x00kapusta\x00", "'", "*"])
def test_api_search_with_odd_characters_answers(client, endpoint, search):
    response = client.get(f"/api/v2/{endpoint}/", {"search": search})
    assert response.status_code == 200, (search, response.content[:300])
