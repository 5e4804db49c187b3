"""Production hardening: script written by editors, translators or visitors stays text wherever
it is shown; redirects lead only to this site; personal data stays out of URLs, logs, caches
and error pages.

Each XSS test stores the same payloads in every field it can reach, then fetches every page
that shows them and parses the HTML: no executable script that calls alert(1), no event
handler attribute, no `javascript:` link and no `<img src=x>` may come out of it.
"""

import io
import json
import logging
import re
import smtplib
from datetime import timedelta
from html.parser import HTMLParser
from urllib.parse import quote, urlencode, urljoin, urlsplit
from xml.etree import ElementTree

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.test import Client, TestCase, override_settings
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.html import escape
from PIL import Image
from wagtail.models import Locale, PageViewRestriction
from wagtail_localize.models import OverridableSegment, Translation

from events.choices import Mode
from events.models import EventIndexPage, EventPage, Registration, RsvpFormField
from grants.models import GrantIndexPage
from home.models import CustomImage, HomePage, OrganisationIndexPage, OrganisationPage, Partner
from komm_site import urls as site_urls
from news.models import MemberStoryPage, NewsIndexPage, StoryFormField, StorySubmissionPage
from tests.admin_forms import edit_form_data
from tests.factories import index_page, make_event, make_grant, make_standard_page, publish
from tests.factories import translate as translate_page
from tests.forms import rsvp_entries

pytestmark = pytest.mark.django_db

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


class ScriptFinder(HTMLParser):
    """Collects what a browser would execute from the payloads: a parser, not a regex, since
    an escaped payload contains the same words as an executed one."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.script = None

    def check_element(self, tag, attrs):
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") and "alert" in value:
                self.problems.append(f"<{tag} {name}={value!r}>")
            squeezed = re.sub(r"[\x00-\x20]+", "", value).lower()
            if name in URL_ATTRIBUTES and squeezed.startswith("javascript:"):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag == "img" and dict(attrs).get("src") == "x":
            self.problems.append("<img src=x>")

    def handle_starttag(self, tag, attrs):
        self.check_element(tag, attrs)
        if tag == "script":
            self.script = ((dict(attrs).get("type") or "").strip().lower(), [])

    def handle_startendtag(self, tag, attrs):
        self.check_element(tag, attrs)

    def handle_data(self, data):
        if self.script is not None:
            self.script[1].append(data)

    def handle_endtag(self, tag):
        if tag != "script" or self.script is None:
            return
        kind, parts = self.script
        text = "".join(parts)
        self.script = None
        if kind in JSON_SCRIPT_TYPES:
            # Data blocks are inert only while "<" cannot close them or open a comment.
            if "<" in text:
                self.problems.append(f"unescaped '<' in <script type={kind}>: {text[:120]!r}")
        elif "alert(1)" in text:
            self.problems.append(f"<script>{text[:120]}</script>")


def script_problems(html):
    finder = ScriptFinder()
    finder.feed(html)
    finder.close()
    return finder.problems


def assert_no_script(response, where="", status=200):
    assert response.status_code == status, f"{where}: HTTP {response.status_code}"
    html = response.content.decode()
    problems = script_problems(html)
    assert not problems, f"{where or response.request['PATH_INFO']}: {problems}"
    return html


def test_the_finder_catches_each_payload_unescaped_and_passes_it_escaped():
    """The XSS tests are only as good as this parser: it must see every raw payload."""
    raw = [
        *(f"<p>{payload}</p>" for payload in PAYLOADS if "alert" in payload and "-" not in payload),
        f'<a href="{JS_URL}">x</a>',
        '<a href=" JaVa\tScRiPt:alert(1)">x</a>',
        "<script>var t = ''-alert(1)-'';</script>",
        '<script type="application/ld+json">{"name": "</title><b>"}</script>',
    ]
    for html in raw:
        assert script_problems(html), html
    safe = "".join(f"<p title='{escape(POISON)}'>{escape(payload)}</p>" for payload in PAYLOADS)
    safe += '<script type="application/ld+json">{"name": "\\u003Cscript\\u003E"}</script>'
    assert script_problems(safe) == []


# --- Content with payloads in every field ----------------------------------------------------


def png_bytes(size=(1300, 700)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "#0b4f8a").save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg_upload():
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), "#8a4f0b").save(buffer, format="JPEG")
    return SimpleUploadedFile("zdjecie.jpg", buffer.getvalue(), content_type="image/jpeg")


def poisoned_image():
    return CustomImage.objects.create(
        title=POISON, credit=POISON, file=ImageFile(io.BytesIO(png_bytes()), name="poison.png")
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


def editor():
    return get_user_model().objects.get(username="editor")


def edit_in_admin(client, page, **fields):
    """Post the page's edit form as an editor, with `fields` replaced, and publish."""
    client.force_login(editor())
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = edit_form_data(client, page, url)
    data.update(fields)
    data["action-publish"] = "action-publish"
    response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    client.logout()
    return page.specific_class.objects.get(pk=page.pk)


def translate_with_payload(page, captured):
    with captured(execute=True):
        for language in ("uk", "en"):
            translate_page(page, language, prefix=TRANSLATION_PREFIX[language])


def versions(page):
    return list(page.get_translations(inclusive=True).live().specific().order_by("locale_id"))


@pytest.fixture(scope="module")
def site_with_payloads(django_db_setup, django_db_blocker):
    """Built once for the module, in a transaction rolled back at its end; each test still runs
    in its own savepoint inside it."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_site_with_payloads(Client(), TestCase.captureOnCommitCallbacks)
        transaction.set_rollback(True)


def build_site_with_payloads(client, captured):
    """Payloads in every editor-controlled field of every page type, translated with payloads
    into uk and en; rich text goes through the admin so that the editor's whitelist applies."""
    image = poisoned_image()

    homes = list(HomePage.objects.all())
    for home in homes:
        home.contact_address = POISON
        home.footer_about = POISON
        home.funding_acknowledgement = POISON
        home.contact_phone = SHORT
        home.partners.add(
            Partner(name=POISON, url='https://partner.example.org/?a="><script>alert(1)</script>')
        )
        home.partners.add(Partner(name=POISON, logo=image))
        home.save_revision().publish()
    home_pl = HomePage.objects.get(locale__language_code="pl")
    edit_in_admin(client, home_pl, intro=draftail("Zapraszamy " + POISON))

    directory = OrganisationIndexPage.objects.filter(locale__language_code="pl").first()
    organisation = None
    if directory is not None:
        organisation = publish(
            directory,
            OrganisationPage(
                title=POISON,
                slug="organizacja-xss",
                summary=POISON,
                description="<p>" + POISON.replace("<", "&lt;").replace(">", "&gt;") + "</p>",
                logo=image,
                website='https://org.example.org/?a="><script>alert(1)</script>',
                public_email="kontakt@org.example.org",
                public_phone=SHORT,
                seo_title=POISON,
                search_description=POISON,
            ),
        )
        organisation = edit_in_admin(client, organisation, description=draftail("Opis " + POISON))
        translate_with_payload(organisation, captured)

    common = {"title": POISON, "seo_title": POISON, "search_description": POISON}
    with captured(execute=True):
        event = make_event(
            slug="wydarzenie-xss",
            summary=POISON,
            venue=POISON,
            address=POISON + "\n" + POISON,
            mode=Mode.HYBRID,
            voivodeship="mazowieckie",
            header_image=image,
            agenda=agenda_blocks(),
            body=body_blocks(image),
            organisation_page=organisation,
            contact_email="organizator@komm.example.org",
            **common,
        )
        RsvpFormField.objects.create(
            page=event, label=POISON, help_text=POISON, field_type="singleline", required=False
        )
        RsvpFormField.objects.create(
            page=event,
            label="Wybór " + SHORT,
            help_text=POISON,
            field_type="dropdown",
            choices="<script>alert(1)</script>\n" + SHORT,
            required=False,
        )
        event.save_revision().publish()
    event = edit_in_admin(client, event, **{"body-1-value": draftail("Akapit " + POISON)})
    translate_with_payload(event, captured)

    grant = make_grant(
        timezone.now() + timedelta(days=30),
        slug="konkurs-xss",
        summary=POISON,
        funder=POISON,
        programme=POISON,
        body=body_blocks(image, prefix="c"),
        **common,
    )
    grant = edit_in_admin(client, grant, eligibility=draftail("Kto może " + POISON))
    translate_with_payload(grant, captured)

    story = publish(
        index_page(NewsIndexPage),
        MemberStoryPage(
            slug="historia-xss",
            organisation=POISON,
            organisation_page=organisation,
            summary=POISON,
            body=body_blocks(image, prefix="d"),
            image=image,
            **common,
        ),
    )
    story.tags.add(SHORT)
    story.save_revision().publish()
    translate_with_payload(story, captured)

    standard = make_standard_page(slug="strona-xss", body=body_blocks(image, prefix="e"), **common)
    standard.summary = POISON
    standard.save_revision().publish()
    translate_with_payload(standard, captured)
    untranslated = make_standard_page(slug="strona-xss-bez-tlumaczenia", **common)

    form_page = StorySubmissionPage.objects.get(locale__language_code="pl")
    StoryFormField.objects.create(
        page=form_page, label=POISON, help_text=POISON, field_type="singleline", required=False
    )
    form_page.title = POISON
    form_page.save_revision().publish()
    form_page = edit_in_admin(
        client,
        form_page,
        intro=draftail("Napisz " + POISON),
        thank_you_text=draftail("Dziękujemy " + POISON),
    )

    return {
        "event": event,
        "grant": grant,
        "story": story,
        "standard": standard,
        "untranslated": untranslated,
        "organisation": organisation,
        "form_page": form_page,
        "image": image,
    }


def public_pages(site):
    """Every public page type in every language that shows one of the payloads."""
    pages = []
    for key in ("event", "grant", "story", "standard", "organisation"):
        if site[key] is not None:
            pages.extend(versions(site[key]))
    pages.append(site["untranslated"])
    pages.extend(HomePage.objects.live().specific())
    for model in (EventIndexPage, NewsIndexPage, GrantIndexPage, StorySubmissionPage):
        pages.extend(model.objects.live().specific())
    pages.extend(OrganisationIndexPage.objects.live().specific())
    return pages


def test_payloads_from_editors_and_translators_stay_text_on_every_public_page(
    client, site_with_payloads
):
    pages = public_pages(site_with_payloads)
    assert len(pages) >= 30
    for page in pages:
        html = assert_no_script(client.get(page.url), page.url)
        if page.title == POISON:
            assert "{{ 7*7 }}" in html, f"{page.url}: the title is not shown as typed"
    for event in versions(site_with_payloads["event"]):
        assert_no_script(client.get(event.url + "?when=past"), event.url)
    for language in LANGUAGES:
        with translation.override(language):
            assert_no_script(client.get(reverse("search"), {"q": "alert"}), f"search {language}")
            assert_no_script(client.get(reverse("search"), {"q": POISON}), f"search {language}")
        not_found = client.get(f"/{language}/{quote(POISON)}/")
        assert_no_script(not_found, f"404 in {language}", status=404)


def test_rich_text_keeps_the_text_and_drops_the_script_link(client, site_with_payloads):
    """The editor's whitelist: a link to `javascript:` loses its address, the words stay."""
    grant = site_with_payloads["grant"]
    assert "javascript" not in grant.eligibility
    html = assert_no_script(client.get(grant.url))
    assert "Kto może" in html


def test_payloads_in_feeds_stay_text_for_feed_readers(client, site_with_payloads):
    """Readers render descriptions as HTML: what they decode must be free of script."""
    atom = "{http://www.w3.org/2005/Atom}"
    for language in LANGUAGES:
        with translation.override(language):
            urls = [reverse(name) for name in ("stories_rss", "stories_atom")]
            urls += [reverse(name) for name in ("grants_rss", "grants_atom")]
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            root = ElementTree.fromstring(response.content)
            descriptions = root.iter("description") if "rss" in url else root.iter(atom + "summary")
            texts = [element.text or "" for element in descriptions]
            assert texts, url
            for text in texts:
                assert not script_problems(text), f"{url}: {text[:200]}"


def test_admin_pages_show_payloads_as_text(client, site_with_payloads):
    client.force_login(editor())
    site = site_with_payloads
    urls = [reverse("wagtailadmin_home"), reverse("komm_translation_status")]
    for key in ("event", "grant", "story", "standard", "organisation", "form_page"):
        page = site[key]
        if page is None:
            continue
        for version in versions(page):
            urls.append(reverse("wagtailadmin_explore", args=[version.get_parent().pk]))
            urls.append(reverse("wagtailadmin_pages:edit", args=[version.pk]))
    for home in HomePage.objects.all():
        urls.append(reverse("wagtailadmin_pages:edit", args=[home.pk]))
    urls.append(reverse("wagtailimages:edit", args=[site["image"].pk]))
    urls.append(reverse("wagtailimages:index"))
    urls.append(reverse("wagtailadmin_pages:search") + "?" + urlencode({"q": "alert"}))
    for url in urls:
        assert_no_script(client.get(url), url)
    status = client.get(reverse("komm_translation_status")).content.decode()
    assert "{{ 7*7 }}" in status, "the untranslated page is listed by its title"


def test_translator_cannot_publish_a_script_link_through_an_override(
    client, django_capture_on_commit_callbacks
):
    """wagtail-localize lets translators override the links of StreamField and rich text in a
    translation with no form in between; the page's own validation refuses script links."""
    body = json.dumps(
        [
            {
                "type": "call_to_action",
                "id": "f0000000-0000-4000-8000-000000000001",
                "value": {
                    "title": "Zgłoś się",
                    "text": "",
                    "page": None,
                    "url": "https://example.org/cta",
                    "link_text": "Formularz",
                },
            },
            {
                "type": "paragraph",
                "id": "f0000000-0000-4000-8000-000000000002",
                "value": '<p>Zobacz <a href="https://example.org/link">regulamin</a>.</p>',
            },
        ]
    )
    with django_capture_on_commit_callbacks(execute=True):
        grant = make_grant(timezone.now() + timedelta(days=20), slug="konkurs-link", body=body)
        translate_page(grant, "uk")
    ukrainian = grant.get_translation(Locale.objects.get(language_code="uk"))
    translation_record = Translation.objects.get(
        source__object_id=grant.translation_key, target_locale=ukrainian.locale
    )
    client.force_login(get_user_model().objects.get(username="translator-uk"))
    overridden = 0
    segments = OverridableSegment.objects.filter(
        source=translation_record.source, context__path__startswith="body."
    )
    for segment in segments:
        url = reverse("wagtail_localize:edit_override", args=[translation_record.pk, segment.pk])
        response = client.put(
            url, urlencode({"value": JS_URL}), content_type="application/x-www-form-urlencoded"
        )
        assert response.status_code in (200, 201)
        overridden += 1
    assert overridden == 2  # the call to action's address and the paragraph's link
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[ukrainian.pk]), {"action": "publish"})
    client.logout()
    html = assert_no_script(client.get(ukrainian.specific.url))
    assert "https://example.org/cta" in html


# --- Visitors' stories and registrations -----------------------------------------------------


def story_entries(**fields):
    data = {
        "title": "Historia " + POISON,
        "summary": POISON,
        "story": POISON + "\n\n" + POISON,
        "organisation": POISON,
        "voivodeship": "",
        "photo_credit": POISON,
        "contact_name": POISON,
        "contact_email": "xss-sender@example.org",
        "consent_publish": "on",
        "consent_data": "on",
        "website": "",
    }
    data.update(fields)
    return data


def approve(client, story, captured):
    client.force_login(get_user_model().objects.get(username="moderator"))
    task_state = story.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[story.pk, "approve", task_state.pk])
    with captured(execute=True):
        response = client.post(url, {"comment": ""})
    assert response.status_code in (200, 302)


def test_story_sent_with_payloads_stays_text_for_moderators_and_readers(
    client, django_capture_on_commit_callbacks
):
    form_page = StorySubmissionPage.objects.get(locale__language_code="pl")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(form_page.url, story_entries(photo=jpeg_upload()))
    assert_no_script(response, "thank-you page")
    story = MemberStoryPage.objects.get(title="Historia " + POISON)
    assert not story.live and story.image.credit == POISON

    client.force_login(get_user_model().objects.get(username="moderator"))
    for url in (
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[story.get_parent().pk]),
        reverse("wagtailadmin_pages:edit", args=[story.pk]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[story.pk]),
        reverse("wagtailadmin_pages:workflow_history", args=[story.pk]),
        reverse("wagtailforms:list_submissions", args=[form_page.pk]),
    ):
        response = client.get(url)
        if response.status_code != 403:
            assert_no_script(response, url)
    client.logout()

    approve(client, story, django_capture_on_commit_callbacks)
    client.logout()
    story.refresh_from_db()
    assert story.live
    assert_no_script(client.get(story.url), story.url)
    assert_no_script(client.get(story.get_parent().url), "news index")
    assert_no_script(client.get("/pl/"), "home page")
    with translation.override("pl"):
        assert_no_script(client.get(reverse("search"), {"q": "alert"}), "search")
    for message in mail.outbox:
        for content, mimetype in getattr(message, "alternatives", []):
            assert mimetype != "text/html" or not script_problems(content), message.subject


@pytest.fixture
def open_event(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        event = make_event(
            title="Spotkanie bezpieczeństwa",
            slug="spotkanie-bezpieczenstwa",
            contact_email="organizator@komm.example.org",
            capacity=1,
        )
        question = RsvpFormField.objects.create(
            page=event, label="Skąd wiesz?", field_type="singleline", required=False
        )
        event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk), question.clean_name


def poisoned_rsvp(email, **fields):
    """The registration form with the poison in every free-text field."""
    poison = {"name": POISON, "organisation": POISON, "accessibility_needs": POISON}
    return rsvp_entries(email, email_language="pl", interpretation="", **poison) | fields


def test_registration_answers_stay_text_in_the_admin_export_and_e_mails(
    client, open_event, django_capture_on_commit_callbacks
):
    event, question = open_event
    for email in ("xss1@example.org", "xss2@example.org"):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(event.url, poisoned_rsvp(email, **{question: POISON}))
        assert_no_script(response, "thank-you page")
    assert Registration.objects.for_event(event).count() == 2

    html_parts = [
        content
        for message in mail.outbox
        for content, mimetype in message.alternatives
        if mimetype == "text/html"
    ]
    assert len(html_parts) >= 3  # confirmation, waiting list, notices to the organiser
    for content in html_parts:
        assert not script_problems(content)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content

    client.force_login(editor())
    listing = reverse("wagtailforms:list_submissions", args=[event.pk])
    html = assert_no_script(client.get(listing), listing)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert_no_script(client.get(listing, {"status": "confirmed"}), listing)
    assert_no_script(client.get(reverse("wagtailforms:index")), "forms index")
    export = client.get(listing, {"export": "csv"})
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")
    assert export["Content-Disposition"].startswith("attachment")


# --- Open redirects --------------------------------------------------------------------------


def assert_stays_on_site(response, where):
    """A redirect, if any, leads to this site: browsers read a backslash as a slash and take
    `https:host` as absolute, so both are resolved the way a browser would."""
    location = response.headers.get("Location")
    if location is None:
        return
    for evil in EVIL_TARGETS:
        assert not location.startswith(evil), f"{where}: redirects to {location}"
    normalised = re.sub(r"^[\x00-\x20]+", "", location).replace("\\", "/")
    target = urlsplit(urljoin("http://testserver/admin/", normalised))
    assert target.scheme in ("http", "https"), f"{where}: redirects to {location}"
    assert target.hostname == "testserver", f"{where}: redirects to {location}"


def login_data(username):
    return {"username": username, "password": f"{username}-demo-2026"}


@pytest.mark.parametrize("evil", EVIL_TARGETS)
def test_logins_follow_only_this_sites_next(evil):
    with translation.override("pl"):
        frontend_login = reverse("wagtailcore_login")
    for url in (reverse("wagtailadmin_login"), frontend_login):
        client = Client()
        response = client.post(f"{url}?{urlencode({'next': evil})}", login_data("editor"))
        assert response.status_code == 302, f"{url}: the login itself failed"
        assert_stays_on_site(response, url)
        response = client.post(url, {**login_data("editor"), "next": evil})
        assert_stays_on_site(response, url)


@pytest.mark.parametrize("evil", EVIL_TARGETS)
def test_password_protected_page_returns_only_to_this_site(client, evil):
    page = make_standard_page(slug="chroniona")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="hasło-xss"
    )
    assert "hasło-xss" not in client.get(page.url).content.decode()
    with translation.override("pl"):
        url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    response = client.post(url, {"password": "hasło-xss", "return_url": evil})
    assert response.status_code == 302
    assert_stays_on_site(response, url)


@pytest.mark.parametrize("evil", EVIL_TARGETS)
def test_admin_actions_and_logout_follow_only_this_sites_next(client, evil):
    page = make_standard_page(slug="do-wycofania")
    client.force_login(editor())
    for url in (
        reverse("wagtailadmin_pages:unpublish", args=[page.pk]),
        reverse("wagtailadmin_pages:delete", args=[page.pk]),
    ):
        response = client.post(f"{url}?{urlencode({'next': evil})}", {"next": evil})
        assert response.status_code == 302, url
        assert_stays_on_site(response, url)
    response = client.post(reverse("wagtailadmin_logout"), {"next": evil})
    assert_stays_on_site(response, "logout")


@pytest.mark.parametrize("evil", EVIL_TARGETS)
def test_public_addresses_never_redirect_off_site(client, evil):
    """The "/" language redirect, slash appending, the cancellation page and Django's language
    switch (if mounted) all take a path or a parameter from the visitor."""
    attempts = [
        ("get", "/", {"next": evil}),
        ("get", "/" + evil.lstrip("/"), {}),
        ("get", "/" + evil, {}),
        ("get", "/pl/" + evil, {}),
        ("get", "/pl", {"next": evil}),
        ("get", "/pl/search/", {"q": evil, "next": evil}),
        ("post", "/i18n/setlang/", {"language": "uk", "next": evil}),
        ("get", "/pl/rsvp/cancel/abc/", {"next": evil, "return_to": evil}),
    ]
    for method, url, params in attempts:
        response = getattr(client, method)(url, params, HTTP_ACCEPT_LANGUAGE="uk")
        assert response.status_code < 500, url
        assert_stays_on_site(response, f"{method} {url}")
        response = client.get(url, {"redirect_to": evil}, HTTP_REFERER=evil)
        assert_stays_on_site(response, f"get {url}")


def test_cancellation_link_never_redirects(client, open_event, django_capture_on_commit_callbacks):
    event, _question = open_event
    with django_capture_on_commit_callbacks(execute=True):
        client.post(event.url, poisoned_rsvp("cancel-me@example.org", name="Olena Kowalenko"))
    link = cancellation_link("cancel-me@example.org")
    for evil in EVIL_TARGETS:
        for method in ("get", "post"):
            response = getattr(client, method)(
                f"{link}?{urlencode({'next': evil, 'return_to': evil})}"
            )
            assert response.status_code == 200
            assert_stays_on_site(response, link)


# --- Personal data in URLs, logs, caches and error pages -------------------------------------


def cancellation_link(email):
    message = next(m for m in mail.outbox if m.to == [email])
    return urlsplit(re.search(r"https?://\S+/rsvp/cancel/\S+/", message.body).group(0)).path


def forms_in(html):
    class Forms(HTMLParser):
        def __init__(self):
            super().__init__()
            self.forms = []

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "form":
                self.forms.append({"attrs": attrs, "fields": set()})
            elif tag in ("input", "textarea", "select") and self.forms:
                self.forms[-1]["fields"].add(attrs.get("name"))

    parser = Forms()
    parser.feed(html)
    return parser.forms


def assert_private(response, where):
    cache_control = response.headers.get("Cache-Control", "")
    assert any(word in cache_control for word in ("private", "no-cache", "no-store")), (
        f"{where}: Cache-Control {cache_control!r}"
    )
    assert "public" not in cache_control and "s-maxage" not in cache_control, where


def test_forms_post_personal_data_and_their_answers_are_never_cached_publicly(
    client, open_event, django_capture_on_commit_callbacks
):
    """The empty forms hold nothing of anyone (no per-visitor token either: home.origin), so
    their pages may be cached; what answers a POST holds the person's entries: private."""
    event, _question = open_event
    story_form = StorySubmissionPage.objects.get(locale__language_code="pl")
    for page, field, data in (
        (event, "email", poisoned_rsvp("private.answer@example.org")),
        (story_form, "contact_email", story_entries(contact_email="bad-address")),
    ):
        response = client.get(page.url)
        assert "csrfmiddlewaretoken" not in response.content.decode()
        (form,) = [f for f in forms_in(response.content.decode()) if field in f["fields"]]
        assert form["attrs"]["method"].lower() == "post"
        assert "?" not in form["attrs"].get("action", "")
        with django_capture_on_commit_callbacks(execute=True):
            answer = client.post(page.url, data)
        assert answer.status_code == 200
        assert_private(answer, page.url)


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "http://testserver"},
        {"HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_REFERER": "https://evil.example/form.html"},
    ],
)
@pytest.mark.parametrize("language", ["pl", "uk"])
def test_a_form_sent_from_another_site_is_refused_in_the_visitors_language(
    client, open_event, headers, language, django_capture_on_commit_callbacks
):
    event, _question = open_event
    if language != "pl":
        with django_capture_on_commit_callbacks(execute=True):
            translate_page(event, language)
    page = event.get_translations(inclusive=True).get(locale__language_code=language)
    story_form = StorySubmissionPage.objects.get(locale__language_code=language)
    for url, data in (
        (page.url, poisoned_rsvp("forged@example.org")),
        (story_form.url, story_entries(contact_email="forged@example.org")),
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, data, **headers)
        assert response.status_code == 403, url
        with translation.override(language):
            expected = translation.gettext("This form can only be sent from our website.")
        assert expected in response.content.decode()
    assert not Registration.objects.filter(email="forged@example.org").exists()
    assert not MemberStoryPage.objects.filter(submission__contact_email="forged@example.org")
    assert mail.outbox == []


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "same-origin", "HTTP_ORIGIN": "http://testserver"},
        {"HTTP_ORIGIN": "http://testserver"},
        {"HTTP_REFERER": "http://testserver/pl/"},
        {},
    ],
)
def test_a_form_sent_from_the_site_itself_is_accepted(
    client, open_event, headers, django_capture_on_commit_callbacks
):
    event, _question = open_event
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(event.url, poisoned_rsvp("own.site@example.org"), **headers)
    assert response.status_code == 200
    assert Registration.objects.filter(email="own.site@example.org").exists()


def test_personal_data_sent_by_get_is_neither_saved_nor_echoed(client, open_event):
    event, question = open_event
    story_form = StorySubmissionPage.objects.get(locale__language_code="pl")
    for page, data in (
        (event, poisoned_rsvp("get-leak@example.org", name="Olena Getowa")),
        (story_form, story_entries(contact_email="get-leak@example.org", title="Tytuł GET")),
    ):
        response = client.get(page.url, data)
        assert response.status_code == 200
        html = response.content.decode()
        assert "get-leak@example.org" not in html and "Olena Getowa" not in html
    assert not Registration.objects.filter(email="get-leak@example.org").exists()
    assert not MemberStoryPage.objects.filter(title="Tytuł GET").exists()


def test_thank_you_and_cancellation_pages_keep_personal_data_out_of_urls_and_caches(
    client, open_event, django_capture_on_commit_callbacks
):
    event, _question = open_event
    email, name = "olena.private@example.org", "Olena Prywatna"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(event.url, poisoned_rsvp(email, name=name))
    assert response.status_code in (200, 302, 303)
    assert_private(response, "RSVP thank-you page")
    location = response.headers.get("Location", "")
    for secret in (email, quote(email), quote(email, safe=""), name, quote(name)):
        assert secret not in location
        assert secret not in response.content.decode()

    invalid = client.post(event.url, poisoned_rsvp("second@example.org", consent=""))
    assert invalid.status_code == 200
    assert_private(invalid, "RSVP form with errors")

    link = cancellation_link(email)
    for secret in (email, quote(email), quote(email, safe=""), "olena", "prywatna"):
        assert secret not in link.lower()
    for method in ("get", "post"):
        response = getattr(client, method)(link)
        assert response.status_code == 200
        assert_private(response, f"{method} cancellation page")
        assert email not in response.content.decode()

    story_form = StorySubmissionPage.objects.get(locale__language_code="pl")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(story_form.url, story_entries(contact_email=email))
    assert_private(response, "story thank-you page")
    assert email not in response.headers.get("Location", "")
    assert email not in response.content.decode()


class RecipientRefusedBackend(BaseEmailBackend):
    """A mail server that refuses the recipient and says which address it refused."""

    def send_messages(self, email_messages):
        recipients = {address: (550, b"no such user") for m in email_messages for address in m.to}
        raise smtplib.SMTPRecipientsRefused(recipients)


PROJECT_LOGGERS = ("", "django.request", "django.server", "events", "news", "home", "wagtail")


@pytest.fixture
def logs(caplog):
    for name in PROJECT_LOGGERS:
        caplog.set_level(logging.INFO, logger=name)
    return caplog


def test_logs_name_no_registrant_or_sender(
    client, open_event, logs, django_capture_on_commit_callbacks
):
    event, _question = open_event
    people = [
        ("log-ok@example.org", "Hanna Dziennikowa"),
        ("log-wait@example.org", "Iryna Logowa"),
        ("log-refused@example.org", "Petro Poczta"),
    ]
    for email, name in people[:2]:
        with django_capture_on_commit_callbacks(execute=True):
            client.post(event.url, poisoned_rsvp(email, name=name))
    client.post(event.url, poisoned_rsvp(people[0][0], name=people[0][1]))  # a duplicate
    client.post(event.url, poisoned_rsvp("bad-address", name="Zła Adresowa"))
    with (
        override_settings(EMAIL_BACKEND="tests.security.test_security.RecipientRefusedBackend"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        client.post(event.url, poisoned_rsvp(people[2][0], name=people[2][1]))
        story_form = StorySubmissionPage.objects.get(locale__language_code="pl")
        client.post(
            story_form.url,
            story_entries(contact_email="log-story@example.org", contact_name="Oksana Logowa"),
        )
    with override_settings(KOMM_FORM_ADDRESS_LIMIT=0):
        response = client.post(event.url, poisoned_rsvp("limited@example.org", name="Limit Owa"))
    assert response.status_code == 429
    assert Registration.objects.filter(email__in=[p[0] for p in people]).count() == 3

    text = logs.text
    assert "429" in text or "Too Many Requests" in text, "django.request was not captured"
    for secret in [*(p[0] for p in people), *(p[1] for p in people)]:
        assert secret.lower() not in text.lower()
    for secret in ("log-story@example.org", "Oksana Logowa", "limited@example.org", "Limit Owa"):
        assert secret.lower() not in text.lower()


def boom(request):
    raise RuntimeError("something broke")


urlpatterns = [path("boom/", boom), *site_urls.urlpatterns]
handler500 = getattr(site_urls, "handler500", "django.views.defaults.server_error")


@override_settings(ROOT_URLCONF="tests.security.test_security", DEBUG=False)
def test_error_pages_show_no_request_data(logs):
    client = Client(raise_request_exception=False)
    client.cookies["private_cookie"] = "cookie-secret-value"
    secrets = ("olena.error@example.org", "Olena Błędna", "cookie-secret-value", "query-secret")
    data = {"email": secrets[0], "name": secrets[1]}
    for url, expected in (("/boom/", 500), ("/pl/nie-ma-takiej-strony/", 404)):
        for response in (
            client.get(url, {"token": secrets[3], **data}),
            client.post(f"{url}?token={secrets[3]}", data),
        ):
            assert response.status_code == expected, url
            html = response.content.decode()
            for secret in secrets:
                assert secret not in html, f"{url} shows {secret}"
            assert "Traceback" not in html and "something broke" not in html
            assert "public" not in response.headers.get("Cache-Control", "")
    for secret in secrets[:3]:
        assert secret not in logs.text
