"""The main journeys, each in its language, asserting what the person sees."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone, translation
from wagtail.models import Locale

from events.models import EventPage, Registration
from membership.models import ApplicationPage, MembershipApplication
from news.models import StorySubmission, StorySubmissionPage
from tests.browser.keyboard import tab_to, tab_to_choice, tick_and_submit, type_into
from tests.events.factories import EventPageFactory
from tests.forms import picture
from tests.i18n import gettext_in

pytestmark = pytest.mark.browser


def test_visitor_lands_in_ukrainian_and_switches_to_the_same_event_in_polish(new_page):
    page = new_page(locale="uk")
    page.goto("/")
    assert page.url.endswith("/uk/")
    event = EventPage.objects.live().filter(locale__language_code="uk").upcoming().first()
    page.click(f'main a[href="{event.url}"]')
    page.wait_for_url(f"**{event.url}")
    page.click('.language-switcher a[hreflang="pl"]')
    polish = event.get_translation(Locale.objects.get(language_code="pl"))
    page.wait_for_url(f"**{polish.url}")
    assert page.get_attribute("html", "lang") == "pl"
    assert page.inner_text("h1") == polish.title


def register_by_keyboard(page, email):
    type_into(page, name="Олена Коваленко", email=email)
    tick_and_submit(page, "consent")
    page.wait_for_load_state()


def test_keyboard_registration_in_ukrainian_and_a_second_try_refused(new_page):
    event = (
        EventPage.objects.live()
        .filter(locale__language_code="uk", mode="online", capacity__isnull=False)
        .upcoming()
        .first()
    )
    page = new_page(locale="uk", width=360)
    page.goto(event.url)
    register_by_keyboard(page, "olena.keyboard@example.org")
    assert page.inner_text("h1") == gettext_in("uk", "Thank you")
    assert gettext_in("uk", "Your place is confirmed.") in page.inner_text("main")
    assert Registration.objects.filter(email="olena.keyboard@example.org").count() == 1

    page.goto(event.url)
    register_by_keyboard(page, "Olena.Keyboard@example.org")
    alert = page.locator("#form-errors")
    assert alert.get_attribute("role") == "alert"
    already = (
        "This e-mail address is already registered for this event. Please look for our e-mail "
        "in your inbox (and in the spam folder); it has a link to cancel if you need to."
    )
    assert alert.inner_text().strip() == gettext_in("uk", already)
    assert Registration.objects.filter(email="olena.keyboard@example.org").count() == 1


def test_story_in_english_with_photo_keeps_entries_after_an_error(new_page):
    form_page = StorySubmissionPage.objects.live().get(locale__language_code="en")
    page = new_page(locale="en")
    page.goto(form_page.url)
    page.fill("[name=title]", "Our Saturday school")
    page.fill("[name=summary]", "Children learn Ukrainian and Polish together.")
    page.fill("[name=story]", "We started in 2022.\n\nNow forty children come every week.")
    page.fill("[name=organisation]", "Mothers' Group Kraków")
    photo = {"name": "school.jpg", "mimeType": "image/jpeg", "buffer": picture()}
    page.set_input_files("[name=photo]", photo)
    page.fill("[name=photo_credit]", "Maria Koval")
    page.fill("[name=contact_name]", "Oksana Petrenko")
    page.fill("[name=contact_email]", "oksana.browser@example.org")
    page.check("[name=consent_data]")
    page.click("main button[type=submit]")

    page.wait_for_selector("#form-errors")
    assert page.input_value("[name=title]") == "Our Saturday school"
    assert "forty children" in page.input_value("[name=story]")
    assert page.input_value("[name=contact_email]") == "oksana.browser@example.org"
    assert page.locator("[name=consent_publish][aria-invalid=true]").count() == 1

    page.check("[name=consent_publish]")
    page.check("[name=consent_data]")
    page.set_input_files("[name=photo]", photo)
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    assert page.inner_text("h1") == "Thank you"
    submission = StorySubmission.objects.get(contact_email="oksana.browser@example.org")
    assert submission.story.image.credit == "Maria Koval"
    assert not submission.story.live


def sign_in(page, username):
    page.goto("/admin/login/")
    page.fill("[name=username]", username)
    page.fill("[name=password]", f"{username}-demo-2026")
    page.click("main button[type=submit]")
    page.wait_for_url("**/admin/")


def test_moderator_approves_a_story_and_it_appears_in_the_news(new_page):
    form_page = StorySubmissionPage.objects.live().get(locale__language_code="pl")
    visitor = new_page(locale="pl")
    visitor.goto(form_page.url)
    for name, value in {
        "title": "Historia do zatwierdzenia",
        "summary": "Krótko o nas.",
        "story": "Działamy od roku.",
        "organisation": "Stowarzyszenie Testowe",
        "contact_name": "Anna Nowak",
        "contact_email": "anna.moderacja@example.org",
    }.items():
        visitor.fill(f"[name={name}]", value)
    visitor.check("[name=consent_publish]")
    visitor.check("[name=consent_data]")
    visitor.click("main button[type=submit]")
    visitor.wait_for_load_state()
    story = StorySubmission.objects.get(contact_email="anna.moderacja@example.org").story

    moderator = new_page(locale="pl")
    sign_in(moderator, "moderator")
    moderator.goto(f"/admin/pages/{story.pk}/edit/")
    # The action sits in the footer's "more actions" menu; press it as that menu would.
    with moderator.expect_navigation():
        moderator.locator('button[data-workflow-action-name="approve"]').first.evaluate(
            "button => button.click()"
        )
    story.refresh_from_db()
    assert story.live

    visitor.goto(story.get_parent().url)
    assert "Historia do zatwierdzenia" in visitor.inner_text("main")


def test_editor_moves_an_event_and_every_language_shows_the_new_time(new_page):
    event = (
        EventPage.objects.live().filter(locale__language_code="pl").upcoming().order_by("-start")
    ).first()
    editor = new_page(locale="pl")
    sign_in(editor, "editor")
    editor.goto(f"/admin/pages/{event.pk}/edit/")
    local_start = event.local_start.replace(hour=20, minute=15)
    local_end = local_start.replace(hour=22, minute=30)
    editor.fill("[name=start]", local_start.strftime("%Y-%m-%d %H:%M"))
    editor.fill("[name=end]", local_end.strftime("%Y-%m-%d %H:%M"))
    with editor.expect_navigation():
        editor.locator("button[name=action-publish]").evaluate("button => button.click()")
    event.refresh_from_db()
    assert event.local_start.strftime("%H:%M") == "20:15"

    visitor = new_page(locale="uk")
    for version in event.get_translations(inclusive=True):
        visitor.goto(version.url)
        when = visitor.inner_text(".facts dd")
        assert "20:15" in when and "22:30" in when, (version.url, when)


UKRAINIAN = {
    "Warsztaty pisania wniosków grantowych": "Майстерня з написання грантових заявок",
    "Uczymy się pisać wnioski krok po kroku.": "Вчимося писати заявки крок за кроком.",
    "17:45": "17:45",
    "Budżet projektu": "Бюджет проєкту",
    "Jak policzyć koszty i wkład własny.": "Як порахувати витрати і власний внесок.",
    "Przynieś laptopa i pomysł na projekt.": "Візьміть ноутбук та ідею проєкту.",
}


@pytest.fixture(scope="module")
def untranslated_event(site_url, django_db_blocker):
    """A Polish event nobody has translated yet, committed outside the test's transaction so
    that the live server (its own database connection) sees it."""
    warsaw = ZoneInfo("Europe/Warsaw")
    day = (timezone.now() + timedelta(days=40)).astimezone(warsaw).date()
    start = datetime(day.year, day.month, day.day, 17, 45, tzinfo=warsaw)
    with django_db_blocker.unblock():
        return EventPageFactory(
            title="Warsztaty pisania wniosków grantowych",
            summary="Uczymy się pisać wnioski krok po kroku.",
            start=start,
            end=start + timedelta(hours=2, minutes=30),
            time_zone="Europe/Warsaw",
            agenda=[
                (
                    "item",
                    {
                        "time": "17:45",
                        "title": "Budżet projektu",
                        "description": "Jak policzyć koszty i wkład własny.",
                    },
                )
            ],
            body=[("paragraph", "<p>Przynieś laptopa i pomysł na projekt.</p>")],
        )


def translate_segments_in_open_tab(editor):
    """Each untranslated string: read its source, press its button, type, save, wait for the
    editor's saved mark. The segment fields are wagtail-localize's React editor widgets; the
    one string without a Ukrainian wording here is the page's address (its slug)."""
    untranslated = editor.locator("li.incomplete:visible")
    while untranslated.count():
        source = untranslated.first.locator(":scope > p").inner_text()
        wording = UKRAINIAN.get(source, f"{source}-uk")
        untranslated.first.get_by_role("button").click()
        editing = editor.locator("li.incomplete:has(textarea)")
        editing.locator("textarea").press_sequentially(wording)
        editing.get_by_role("button").last.click()
        saved = editor.locator("li.complete").filter(has=editor.get_by_text(wording, exact=True))
        saved.locator(".icon--green").wait_for()


def times_shown(page):
    when = page.locator(".facts dd").first
    return (
        [time.get_attribute("datetime") for time in when.locator("time").all()],
        re.findall(r"\d{1,2}:\d{2}", when.inner_text()),
    )


def test_ukrainian_translator_translates_a_new_event_in_the_editor(new_page, untranslated_event):
    polish = untranslated_event
    visitor = new_page(locale="pl")
    visitor.goto(polish.url)
    polish_times = times_shown(visitor)
    assert polish_times[1] == ["17:45", "20:15"]
    assert visitor.get_attribute('.language-switcher a[hreflang="uk"]', "href") == "/uk/"

    translator = new_page(locale="uk")
    sign_in(translator, "translator-uk")
    translator.click('a[href$="/admin/translation-status/"]')
    row = translator.locator(f'tr:has(a[href$="/localize/submit/page/{polish.pk}/"])')
    assert polish.title in row.inner_text()
    assert gettext_in("uk", "Not translated") in row.inner_text()
    row.locator(f'a[href$="/localize/submit/page/{polish.pk}/"]').click()

    assert gettext_in("uk", "Translate page") in translator.inner_text("h1")
    assert polish.title in translator.inner_text("h1")
    offered = translator.locator("[name=locales]")
    assert offered.count() == 1
    assert translator.inner_text("label[for=id_locales_0]").strip() == "Українська"
    offered.check()
    translator.click("input[type=submit]")
    translator.wait_for_url("**/admin/pages/*/edit/")
    ukrainian = polish.get_translation(Locale.objects.get(language_code="uk"))
    assert translator.url.endswith(f"/admin/pages/{ukrainian.pk}/edit/")
    assert not ukrainian.live

    translator.locator("li.incomplete:visible").first.wait_for()
    translate_segments_in_open_tab(translator)
    translator.locator("[role=tab]").nth(1).click()
    translate_segments_in_open_tab(translator)
    assert translator.locator("li.incomplete").count() == 0

    publish = translator.locator("footer button[name=action][value=publish]")
    assert "Українська" in publish.inner_text()
    with translator.expect_navigation():
        publish.click()
    with translation.override("uk"):
        published = gettext_in("uk", "Published '{object}' in {locale}.").format(
            object=UKRAINIAN[polish.title], locale=ukrainian.locale.get_display_name()
        )
    assert published in translator.inner_text(".messages")

    reader = new_page(locale="uk")
    ukrainian.refresh_from_db()
    reader.goto(ukrainian.url)
    assert reader.get_attribute("html", "lang") == "uk"
    assert reader.inner_text("h1") == UKRAINIAN[polish.title]
    main = reader.inner_text("main")
    for text in list(UKRAINIAN.values())[1:]:
        assert text in main
    assert "Uczymy się" not in main
    assert times_shown(reader) == polish_times
    assert "test-secret-room" not in reader.content()

    visitor.reload()
    switch = visitor.get_attribute('.language-switcher a[hreflang="uk"]', "href")
    assert switch == ukrainian.url


def test_an_informal_group_applies_in_ukrainian_by_keyboard_on_a_phone(new_page):
    form = ApplicationPage.objects.live().get(locale__language_code="uk")
    page = new_page(locale="uk", width=360)
    page.goto(form.url)
    tab_to(page, "applicant_type")
    # Arrow keys move within a group of radio buttons: the second is the informal group.
    page.keyboard.press("ArrowDown")
    assert page.evaluate("() => document.activeElement.value") == "informal-group"
    type_into(page, name="Українські мами Любліна", communities="українська громада")
    tab_to_choice(page, "voivodeships", "lubelskie")
    page.keyboard.press("Space")
    tab_to_choice(page, "themes", "education")
    page.keyboard.press("Space")
    type_into(
        page,
        description="Суботня школа для дітей.",
        contact_name="Ірина Бондаренко",
        email="iryna.keyboard@example.org",
    )
    tab_to(page, "accept_declaration")
    page.keyboard.press("Space")
    tick_and_submit(page, "consent_data")
    page.wait_for_selector("[role=status]")
    assert page.inner_text("h1") == gettext_in("uk", "Thank you")
    application = MembershipApplication.objects.get(email="iryna.keyboard@example.org")
    assert (application.language, application.applicant_type) == ("uk", "informal-group")
    assert list(application.voivodeships.values_list("code", flat=True)) == ["lubelskie"]
    assert application.krs == ""
