"""Every admin URL, as the URL resolver lists them, against every role that must not reach
personal data or change what all language versions share: anonymous visitors and each
translator, with GET and with a POST that tries to change the locked fields, cancel the
registrations and publish. Whatever they open or send, no response shows a registrant's or a
story sender's details or the private join link, and afterwards the registrations, the sender's
details, the Polish source and the locked fields of its translation are as they were. Editors
and moderators, given the permission, do see the registrations (the positive control), and open
every admin URL without a server error.

Parameters are filled by name: page numbers with the Polish event and with its Ukrainian
translation in turn, translation numbers with that translation, and so on; a URL whose filled-in
form does not resolve back to its own view is reported, so that no URL escapes the matrix."""

import re
from itertools import product

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from events.models import EventPage, Registration, SeatCounter
from mailings.models import Mailing
from membership.models import ApplicationPage, MembershipApplication
from news.models import StorySubmission, StorySubmissionPage
from partnerships.models import (
    AbuseReport,
    PartnerMessage,
    PartnerRequestFormPage,
    PartnerRequestSubmission,
)
from subscribers.models import Subscriber
from tests.events.factories import EventPageFactory
from tests.factories import translate
from tests.forms import (
    application_entries,
    contact_entries,
    partner_request_entries,
    rsvp_entries,
    story_entries,
)
from tests.partnerships.factories import PartnerRequestPageFactory
from tests.subscribers.factories import SubscriberFactory

pytestmark = pytest.mark.django_db

JOIN = "https://meet.example.org/matrix-secret-room"
EVIL = "https://evil.example/phishing"
REGISTRANT = "matrix.privat@example.org"
SENDER = "matrix.sender@example.org"
APPLICANT = "matrix.applicant@example.org"
REQUESTER = "matrix.requester@example.org"
RESPONDER = "matrix.responder@example.org"
MESSAGE = "Matrix tajna propozycja"
SUBSCRIBER = "matrix.subscriber@example.org"
SECRETS = (
    REGISTRANT,
    "Matrix Registrantka",
    SENDER,
    "Matrix Nadawca",
    APPLICANT,
    "Matrix Wnioskodawczyni",
    "matrix-secret-room",
    REQUESTER,
    "Matrix Szukająca",
    RESPONDER,
    MESSAGE,
    SUBSCRIBER,
)
GUARDED_ROLES = ["anonymous", "translator-pl", "translator-uk", "translator-en"]
# Wagtail's own: a view that fails on purpose (to try the error page), and the external link
# chooser, which fails on a POST without its "url" field (a hand-made request, never a form).
UPSTREAM_SERVER_ERRORS = {("get", "admin/failwhale/"), ("post", "admin/failwhale/")}
UPSTREAM_SERVER_ERRORS |= {("post", "admin/choose-external-link/")}
PAGE_PARAMETERS = {
    "pk",
    "page_id",
    "parent_page_id",
    "page_to_move_id",
    "page_pk",
    "destination_id",
    "object_id",
}
# Numbers of objects the world does not make: any number will do.
OTHER_OBJECT_PARAMETERS = {
    *("image_id", "document_id", "doc_id", "collection_id", "uploaded_file_id"),  # media
    *("task_id", "task_state_id", "workflow_pk", "workflow_state_id"),  # workflows
    *("string_segment_id", "overridable_segment_id"),  # wagtail-localize's segments
    *("redirect_id", "session_id"),
}
# The rest name no object: the event's app and models, both revisions compared, an action, a
# mode, an image rendition, and a password-reset link.
FIXED_PARAMETERS = (
    dict.fromkeys(("app_label", "app_name", "content_type_app_name"), "events")
    | {"model_name": "registration", "content_type_model_name": "eventpage"}
    | {"revision_id_a": "earliest", "revision_id_b": "latest"}
    | dict.fromkeys(("action_name", "action"), "approve")
    | {"mode": "edit", "filter_spec": "original", "uidb64": "MQ", "token": "set-password"}
)


def admin_patterns():
    """The pattern text of every URL under /admin/, nested includes unfolded."""
    found = []

    def walk(patterns, prefix):
        for pattern in patterns:
            text = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, text)
            elif text.lstrip("^").startswith("admin/"):
                found.append(text)

    walk(get_resolver().url_patterns, "")
    return found


def fill(text, values):
    """The pattern with each parameter replaced by its value; regular expressions are reduced
    to the literal path they match."""
    while "(?P<" in text:
        start = text.index("(?P<")
        name = text[start + 4 : text.index(">", start)]
        depth, end = 0, start
        for end in range(start, len(text)):
            depth += {"(": 1, ")": -1}.get(text[end], 0) if text[end - 1] != "\\" else 0
            if depth == 0:
                break
        text = text[:start] + str(values[name]) + text[end + 1 :]
    text = re.sub(r"<(?:\w+:)?(\w+)>", lambda match: str(values[match.group(1)]), text)
    text = text.replace("^", "").replace("$", "").replace("\\.", ".").replace("\\", "")
    text = re.sub(r"\(\?:([^)]*)\)\?", "", text)
    return "/" + text


@pytest.fixture
def world(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        event = EventPageFactory(
            title="Spotkanie macierzy", capacity=5, join_link=JOIN, interpretation_available=True
        )
        translate(event, "uk")
        client.post(event.url, rsvp_entries(REGISTRANT, name="Matrix Registrantka"))
        form = StorySubmissionPage.objects.live().get(locale__language_code="uk")
        client.post(
            form.url,
            story_entries(
                title="Історія матриці", contact_name="Matrix Nadawca", contact_email=SENDER
            ),
        )
        application_form = ApplicationPage.objects.live().get(locale__language_code="uk")
        client.post(
            application_form.url,
            application_entries(contact_name="Matrix Wnioskodawczyni", email=APPLICANT),
        )
        request_form = PartnerRequestFormPage.objects.live().get(locale__language_code="uk")
        client.post(
            request_form.url,
            partner_request_entries(contact_name="Matrix Szukająca", contact_email=REQUESTER),
        )
        SubscriberFactory(email=SUBSCRIBER, language="uk")
        partner_request = PartnerRequestPageFactory(title="Prośba macierzy")
        client.post(
            partner_request.url,
            contact_entries(name="Matrix Odpowiada", email=RESPONDER, message=MESSAGE),
        )
    client.logout()
    ukrainian = event.get_translation(Locale.objects.get(language_code="uk")).specific
    translation = Translation.objects.get(
        source__object_id=event.translation_key, target_locale=ukrainian.locale
    )
    source = TranslationSource.objects.get(object_id=event.translation_key, locale=event.locale)
    registration = Registration.objects.get(email=REGISTRANT)
    submission = StorySubmission.objects.get(contact_email=SENDER)
    application = MembershipApplication.objects.get(email=APPLICANT)
    requester = PartnerRequestSubmission.objects.get(contact_email=REQUESTER)
    message = PartnerMessage.objects.get(email=RESPONDER)
    report = AbuseReport.objects.create(
        request=partner_request, message=message, reason="Spam?", language="pl"
    )
    assert registration.status == Registration.Status.CONFIRMED
    return {
        "pl": event,
        "uk": ukrainian,
        "translation": translation,
        "source": source,
        "registration": registration,
        "submission": submission,
        "story_form": form,
        "application": application,
        "application_form": application_form,
        "requester": requester,
        "message": message,
        "report": report,
    }


def parameter_values(world, page):
    """A value for every URL parameter: `page` for the page numbers, the world's objects for
    theirs, and the fixed values for the rest."""
    return (
        dict.fromkeys(PAGE_PARAMETERS, page.pk)
        | dict.fromkeys(OTHER_OBJECT_PARAMETERS, 1)
        | FIXED_PARAMETERS
        | {
            "translation_id": world["translation"].pk,
            "registration_id": world["registration"].pk,
            "translation_source_id": world["source"].pk,
            "revision_id": page.latest_revision_id,
        }
    )


def admin_urls(world):
    """Every admin URL, filled in for the Polish event and for its Ukrainian translation."""
    urls, unresolved = {}, []
    for text, language in product(admin_patterns(), ("pl", "uk")):
        url = fill(text, parameter_values(world, world[language]))
        # A URL this project shadows (wagtail-localize's, see home/wagtail_hooks.py) resolves to
        # the project's view: that is the one a request reaches, and so the one tested.
        try:
            resolve(url)
        except Resolver404:
            unresolved.append((text, url))
            continue
        urls[url] = text
    return urls, unresolved


def attack(world):
    """What a POST sends: new locked fields, the registration selected, publish."""
    return {
        "join_link": EVIL,
        "capacity": "1",
        "start": "2030-01-01 10:00",
        "end": "2030-01-01 11:00",
        "title": "Przejęte",
        "action-publish": "action-publish",
        "action": "publish",
        "selected": [world["registration"].pk],
        "selected-submissions": [world["registration"].pk],
        "locales": [locale.pk for locale in Locale.objects.all()],
        "publish_translations": "on",
        "use_machine_translation": "on",
        "status": "cancelled",
        "outcome": "arranged",
        "note": "Przejęte",
    }


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def unchanged(world):
    """What no guarded role may change, checked after every POST."""
    problems = []
    registration = Registration.objects.filter(pk=world["registration"].pk).first()
    if registration is None or registration.status != Registration.Status.CONFIRMED:
        problems.append("registration cancelled or deleted")
    elif registration.help_answered_at or registration.deliveries.filter(kind="summary"):
        problems.append("request for help answered, or participants told of the summary")
    if not StorySubmission.objects.filter(pk=world["submission"].pk, contact_email=SENDER):
        problems.append("story sender's details gone")
    application = MembershipApplication.objects.filter(pk=world["application"].pk).first()
    if application is None or (application.status, application.email) != ("new", APPLICANT):
        problems.append("application decided, changed or deleted")
    if not PartnerRequestSubmission.objects.filter(
        pk=world["requester"].pk, contact_email=REQUESTER, status="in_review"
    ):
        problems.append("partner request decided, or its sender's details gone")
    if not PartnerMessage.objects.filter(pk=world["message"].pk, message=MESSAGE).exists():
        problems.append("message to a requester changed or deleted")
    if Mailing.objects.exists() or not Subscriber.objects.filter(email=SUBSCRIBER).exists():
        problems.append("sent to the subscribers, or a subscriber deleted")
    if AbuseReport.objects.filter(pk=world["report"].pk, handled=False).count() != 1:
        problems.append("abuse report handled or deleted")
    source = EventPage.objects.filter(pk=world["pl"].pk, live=True).first()
    if source is None or (source.join_link, source.capacity, source.title) != (
        JOIN,
        5,
        world["pl"].title,
    ):
        problems.append("Polish source changed")
    ukrainian = EventPage.objects.filter(pk=world["uk"].pk).first()
    if ukrainian is not None and (
        (ukrainian.join_link, ukrainian.capacity, ukrainian.start, ukrainian.end)
        != (JOIN, 5, world["pl"].start, world["pl"].end)
        or ukrainian.alias_of_id is not None
    ):
        problems.append("locked fields of the translation changed")
    if not Translation.objects.filter(pk=world["translation"].pk, enabled=True).exists():
        problems.append("translation stopped")
    if SeatCounter.objects.get(event_key=world["pl"].translation_key).capacity != 5:
        problems.append("seat counter moved")
    return problems


def test_every_admin_url_is_in_the_matrix(world):
    urls, unresolved = admin_urls(world)
    assert len(set(urls.values())) > 200
    assert unresolved == [], "\n".join(map(str, unresolved))


@pytest.mark.parametrize("role", GUARDED_ROLES)
def test_no_admin_url_gives_a_guarded_role_personal_data_or_locked_fields(world, role):
    client = Client(raise_request_exception=False)
    if role != "anonymous":
        client.force_login(get_user_model().objects.get(username=role))
    urls, _unresolved = admin_urls(world)
    failures = []
    for url, pattern in sorted(urls.items()):
        if "logout" in url:
            continue
        for method in ("get", "post"):
            data = attack(world) if method == "post" else None
            response = getattr(client, method)(url, data)
            if response.status_code >= 500 and (method, pattern) not in UPSTREAM_SERVER_ERRORS:
                failures.append((method, url, pattern, response.status_code))
            text = body(response)
            shown = [secret for secret in SECRETS if secret.lower() in text.lower()]
            if shown:
                failures.append((method, url, pattern, "shows", shown))
            if method == "post":
                failures.extend((url, pattern, problem) for problem in unchanged(world))
    assert failures == [], "\n".join(map(str, failures))


@pytest.mark.parametrize("role", ["editor", "moderator", "admin"])
def test_staff_given_the_permission_see_the_personal_data(client, world, role):
    client.force_login(get_user_model().objects.get(username=role))
    forms = (
        (world["pl"], REGISTRANT),
        (world["story_form"], SENDER),
        (world["application_form"], APPLICANT),
    )
    for form_page, secret in forms:
        for export in ("", "?export=csv", "?export=xlsx"):
            url = f"/admin/forms/submissions/{form_page.pk}/{export}"
            response = client.get(url)
            assert response.status_code == 200, url
            if not export:
                assert secret in body(response)
    applications = "/admin/membership/applications/"
    assert world["application"].name in body(client.get(applications))
    assert APPLICANT in body(client.get(f"{applications}?export=csv"))
    assert APPLICANT in body(client.get(f"{applications}inspect/{world['application'].pk}/"))
    requests = "/admin/partnerships/requests/"
    assert world["requester"].request.title in body(client.get(requests))
    assert REQUESTER in body(client.get(f"{requests}?export=csv"))
    report = body(client.get(f"/admin/partnerships/reports/inspect/{world['report'].pk}/"))
    assert MESSAGE in report and RESPONDER in report
    assert SUBSCRIBER in body(client.get("/admin/subscribers/"))
    assert SUBSCRIBER in body(client.get("/admin/subscribers/?export=csv"))
    # A message nobody reported stays the requester's alone, even for staff.
    assert MESSAGE not in body(client.get(requests))
    assert Page.objects.filter(pk=world["pl"].pk).exists()


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_staff_open_every_admin_url_without_a_server_error(world, role):
    """The other side of the matrix: editors and moderators (GET only, as a POST of theirs
    may rightly change anything) never meet a server error either."""
    client = Client(raise_request_exception=False)
    client.force_login(get_user_model().objects.get(username=role))
    urls, _unresolved = admin_urls(world)
    failures = [
        (url, pattern, status)
        for url, pattern in sorted(urls.items())
        if "logout" not in url
        and ("get", pattern) not in UPSTREAM_SERVER_ERRORS
        and (status := client.get(url).status_code) >= 500
    ]
    assert failures == [], "\n".join(map(str, failures))
