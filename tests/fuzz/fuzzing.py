"""Building blocks of the fuzz tests (test_fuzz_forms.py, test_fuzz_links.py): the Hypothesis
profiles, odd text and uploads, request bodies in every encoding and charset, and what a public
form may store."""

import io
import os
from urllib.parse import urlencode

import hypothesis
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, Phase
from hypothesis import strategies as st
from PIL import Image

from events.models import EmailDelivery, Registration
from home.models import CustomImage
from membership.models import (
    ApplicationEmail,
    MembershipApplication,
)
from news.models import (
    MemberStoryPage,
    StoryEmail,
    StorySubmission,
)
from news.submissions import SUBMISSIONS_COLLECTION
from partnerships.models import (
    AbuseReport,
    PartnerMessage,
    PartnerRequestEmail,
    PartnerRequestPage,
    PartnerRequestSubmission,
)
from subscribers.models import Subscriber, SubscriberEmail

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
        "partner requests": PartnerRequestSubmission.objects.count(),
        "partner request drafts": PartnerRequestPage.objects.filter(live=False).count(),
        "partner request e-mails": PartnerRequestEmail.objects.count(),
        "partner messages": PartnerMessage.objects.count(),
        "abuse reports": AbuseReport.objects.count(),
        "subscribers": Subscriber.objects.count(),
        "subscriber e-mails": SubscriberEmail.objects.count(),
        # A number that moves when any subscriber's choices change (deltas are differences).
        "subscriber choices": hash(
            tuple(Subscriber.objects.order_by("pk").values_list("language", "topics", "name"))
        ),
        "failed e-mails": EmailDelivery.objects.filter(status=EmailDelivery.Status.FAILED).count()
        + StoryEmail.objects.filter(status=StoryEmail.Status.FAILED).count()
        + ApplicationEmail.objects.filter(status=ApplicationEmail.Status.FAILED).count()
        + PartnerRequestEmail.objects.filter(status=PartnerRequestEmail.Status.FAILED).count()
        + PartnerMessage.objects.filter(status=PartnerMessage.Status.FAILED).count()
        + SubscriberEmail.objects.filter(status=SubscriberEmail.Status.FAILED).count(),
        "e-mails": len(mail.outbox),
    }


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


def nothing(delta, *besides):
    """What a request changed, leaving out the stores named in `besides` (those it was allowed
    to change): {} when it stored and sent nothing else."""
    return {key: value for key, value in delta.items() if value and key not in besides}


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
