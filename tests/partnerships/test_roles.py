"""Who may do what with a partner request: translators translate published requests into their
language and never publish or change a request sent through the form (a source, even in their
own language tree); only the moderators' workflow publishes it. What decides whether a request
is open (its reply-by date, its state, its call) is the requester's in every language."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from tests.factories import translated
from tests.forms import partner_request_entries
from tests.partnerships.conftest import submission_of
from tests.partnerships.factories import PartnerRequestPageFactory

pytestmark = pytest.mark.django_db


def user(username):
    return get_user_model().objects.get(username=username)


@pytest.mark.parametrize("translator", ["translator-uk", "translator-pl"])
def test_translators_never_publish_or_change_a_request_sent_through_the_form(
    client, send_request, translator
):
    send_request("uk", partner_request_entries())
    draft = submission_of("iryna.partner@example.org").request.specific
    tester = draft.permissions_for_user(user(translator))
    assert not tester.can_publish()
    assert not tester.can_edit()

    client.force_login(user(translator))
    task_state = draft.current_workflow_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[draft.pk, "approve", task_state.pk]
    )
    response = client.post(approve, {"comment": ""})
    assert response.status_code in (302, 403)
    edit = client.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        {"title": "Przejęte", "action-publish": "action-publish"},
    )
    assert edit.status_code in (302, 403)
    draft.refresh_from_db()
    assert not draft.live and draft.title == "Szukamy partnera do szkoły letniej"


def test_a_translator_translates_a_published_request_into_their_language(client, translated_page):
    versions = translated_page(PartnerRequestPageFactory, ("en",), title="Szukamy partnera z Opola")
    source, english = versions["pl"], versions["en"]
    tester = english.permissions_for_user(user("translator-en"))
    assert tester.can_edit() and tester.can_publish()
    assert not source.permissions_for_user(user("translator-en")).can_edit()
    assert not english.permissions_for_user(user("translator-uk")).can_edit()

    client.force_login(user("translator-en"))
    response = client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    assert response.status_code == 200
    assert "js-translation-editor" in response.content.decode()


def test_the_requesters_own_fields_follow_the_source_in_every_language(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        source = PartnerRequestPageFactory()
        versions = translated(source)
        source.state = "partners_found"
        source.reply_by = (
            source.reply_by.replace(day=1) if source.reply_by.day > 1 else source.reply_by
        )
        source.save_revision().publish()
    for version in versions.values():
        version.refresh_from_db()
        assert (version.state, version.reply_by) == (source.state, source.reply_by)
    assert mail.outbox == []
