"""What the security suites share: the payloads, a parser that finds script in HTML, and the
public forms filled with the payloads."""

import io
import json
import re
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.images import ImageFile

from home.models import CustomImage
from tests.forms import picture, rsvp_entries, story_entries
from tests.html import start_tags

PAYLOADS = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</title><script>alert(1)</script>",
    "{{ 7*7 }}",
    "'-alert(1)-'",
    "<svg onload=alert(1)>",
)
POISON = " ".join(PAYLOADS)
SHORT = "<svg onload=alert(1)>"
TINY = "<b onclick=alert(1)>"  # fits the agenda's 20 characters for a time
JS_URL = "javascript:alert(1)"
LANGUAGES = ("pl", "uk", "en")
TRANSLATION_PREFIX = {
    "uk": "<script>alert(1)</script> UK ",
    "en": '"><img src=x onerror=alert(1)> EN ',
}
JSON_SCRIPT_TYPES = {"application/json", "application/ld+json"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "data"}
EVIL_TARGETS = (
    "//evil.example",
    "https://evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "https:evil.example",
    JS_URL,
)


# --- Finding script in HTML -------------------------------------------------------------------


def attribute_problems(tag):
    """An event handler that calls alert, a `javascript:` address, the payloads' `<img src=x>`:
    every attribute as written counts, a repeated one too."""
    problems = []
    for name, value in tag.attributes:
        value = value or ""
        if name.startswith("on") and "alert" in value:
            problems.append(f"<{tag.name} {name}={value!r}>")
        squeezed = re.sub(r"[\x00-\x20]+", "", value).lower()
        if name in URL_ATTRIBUTES and squeezed.startswith("javascript:"):
            problems.append(f"<{tag.name} {name}={value!r}>")
    if tag.name == "img" and ("src", "x") in tag.attributes:
        problems.append("<img src=x>")
    return problems


def script_text_problems(script):
    kind = (script.attrs.get("type") or "").strip().lower()
    if kind in JSON_SCRIPT_TYPES:
        # Data blocks are inert only while "<" cannot close them or open a comment.
        if "<" in script.text:
            return [f"unescaped '<' in <script type={kind}>: {script.text[:120]!r}"]
    elif "alert(1)" in script.text:
        return [f"<script>{script.text[:120]}</script>"]
    return []


def script_problems(html):
    """What a browser would execute from the payloads, found by a parser (tests/html.py)."""
    problems = []
    for tag in start_tags(html):
        problems += attribute_problems(tag)
        if tag.name == "script":
            problems += script_text_problems(tag)
    return problems


def assert_no_script(response, where="", status=200):
    assert response.status_code == status, f"{where}: HTTP {response.status_code}"
    html = response.content.decode()
    problems = script_problems(html)
    assert not problems, f"{where or response.request['PATH_INFO']}: {problems}"
    return html


def poisoned_rsvp(email, **fields):
    """The registration form with the poison in every free-text field."""
    poison = {"name": POISON, "organisation": POISON, "accessibility_needs": POISON}
    return rsvp_entries(email, email_language="pl", interpretation="", **poison) | fields


def poisoned_story(**fields):
    """The story form with the poison in every free-text field."""
    poison = {
        "title": "Historia " + POISON,
        "summary": POISON,
        "story": POISON + "\n\n" + POISON,
        "organisation": POISON,
        "voivodeship": "",
        "photo_credit": POISON,
        "contact_name": POISON,
        "contact_email": "xss-sender@example.org",
    }
    return story_entries(**poison) | fields


def editor():
    return get_user_model().objects.get(username="editor")


def cancellation_link(email):
    message = next(m for m in mail.outbox if m.to == [email])
    return urlsplit(re.search(r"https?://\S+/rsvp/cancel/\S+/", message.body).group(0)).path


def poisoned_image():
    return CustomImage.objects.create(
        title=POISON,
        credit=POISON,
        file=ImageFile(io.BytesIO(picture("PNG", (1300, 700))), name="poison.png"),
    )


def body_blocks(image, prefix="b"):
    """One block of each shared type, every text in it a payload; as stored JSON with ids."""

    def block_id(number):
        return f"{prefix}0000000-0000-4000-8000-00000000000{number}"

    return json.dumps(
        [
            {"type": "heading", "id": block_id(1), "value": {"text": POISON, "level": "h2"}},
            {
                "type": "paragraph",
                "id": block_id(2),
                "value": "<p>" + POISON.replace("<", "&lt;").replace(">", "&gt;") + "</p>",
            },
            {"type": "image", "id": block_id(3), "value": {"image": image.pk, "caption": POISON}},
            {"type": "quote", "id": block_id(4), "value": {"text": POISON, "attribution": POISON}},
            {
                "type": "call_to_action",
                "id": block_id(5),
                "value": {
                    "title": POISON,
                    "text": POISON,
                    "page": None,
                    "url": 'https://example.org/?q="><script>alert(1)</script>',
                    "link_text": POISON,
                },
            },
        ]
    )


def agenda_blocks():
    return json.dumps(
        [
            {
                "type": "item",
                "id": "a0000000-0000-4000-8000-000000000001",
                "value": {"time": TINY, "title": POISON, "description": POISON},
            }
        ]
    )


def draftail(text, url=JS_URL):
    """What the rich text editor posts: a paragraph whose first word links to `url`."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "xss01",
                    "type": "unstyled",
                    "depth": 0,
                    "text": text,
                    "inlineStyleRanges": [{"offset": 0, "length": 8, "style": "BOLD"}],
                    "entityRanges": [{"offset": 0, "length": 8, "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}},
        }
    )
