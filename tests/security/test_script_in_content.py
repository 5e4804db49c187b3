"""Script written by editors or translators stays text wherever it is shown.

Each test stores the same payloads in every field it can reach, then fetches every page that
shows them and parses the HTML: no executable script that calls alert(1), no event handler
attribute, no `javascript:` link and no `<img src=x>` may come out of it."""

import json
from datetime import timedelta
from urllib.parse import quote, urlencode
from xml.etree import ElementTree

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from wagtail.models import Locale
from wagtail_localize.models import OverridableSegment, Translation

from directory.models import OrganisationIndexPage
from events.choices import Mode
from events.models import EventIndexPage, RsvpFormField
from grants.models import GrantIndexPage
from home.models import HomePage, Partner
from news.models import NewsIndexPage, StoryFormField, StorySubmissionPage
from tests.admin_forms import edit_form_data
from tests.directory.factories import OrganisationPageFactory
from tests.events.factories import EventPageFactory
from tests.factories import translate as translate_page
from tests.grants.factories import GrantPageFactory
from tests.home.factories import StandardPageFactory
from tests.news.factories import StoryPageFactory
from tests.security.payloads import (
    JS_URL,
    LANGUAGES,
    PAYLOADS,
    POISON,
    SHORT,
    TRANSLATION_PREFIX,
    agenda_blocks,
    assert_no_script,
    body_blocks,
    draftail,
    editor,
    poisoned_image,
    script_problems,
)

pytestmark = pytest.mark.django_db


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

    common = {"title": POISON, "seo_title": POISON, "search_description": POISON}
    organisation = OrganisationPageFactory(
        slug="organizacja-xss",
        summary=POISON,
        description="<p>" + POISON.replace("<", "&lt;").replace(">", "&gt;") + "</p>",
        logo=image,
        website='https://org.example.org/?a="><script>alert(1)</script>',
        public_email="kontakt@org.example.org",
        public_phone=SHORT,
        **common,
    )
    organisation = edit_in_admin(client, organisation, description=draftail("Opis " + POISON))
    translate_with_payload(organisation, captured)

    with captured(execute=True):
        event = EventPageFactory(
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

    grant = GrantPageFactory(
        deadline=timezone.now() + timedelta(days=30),
        slug="konkurs-xss",
        summary=POISON,
        funder=POISON,
        programme=POISON,
        body=body_blocks(image, prefix="c"),
        **common,
    )
    grant = edit_in_admin(client, grant, eligibility=draftail("Kto może " + POISON))
    translate_with_payload(grant, captured)

    story = StoryPageFactory(
        slug="historia-xss",
        organisation=POISON,
        organisation_page=organisation,
        summary=POISON,
        body=body_blocks(image, prefix="d"),
        image=image,
        **common,
    )
    story.tags.add(SHORT)
    story.save_revision().publish()
    translate_with_payload(story, captured)

    standard = StandardPageFactory(slug="strona-xss", body=body_blocks(image, prefix="e"), **common)
    standard.summary = POISON
    standard.save_revision().publish()
    translate_with_payload(standard, captured)
    untranslated = StandardPageFactory(slug="strona-xss-bez-tlumaczenia", **common)

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
        for version in versions(site[key]):
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
        grant = GrantPageFactory(
            deadline=timezone.now() + timedelta(days=20), slug="konkurs-link", body=body
        )
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
