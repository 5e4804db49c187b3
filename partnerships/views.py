"""Pages outside the page tree: the requester's management page behind their signed link, and
reports of abuse (on a request, by anyone; on a message, by the requester who got it). None of
them is cached: each is for one person, and carries Django's CSRF token."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from core.public_forms import handle_form

from .forms import AbuseReportForm, ExtendForm
from .models import AbuseReport, PartnerMessage, PartnerRequestPage
from .requests import (
    LinkRefused,
    close_request,
    extend_request,
    message_for_token,
    submission_for_token,
    withdraw_request,
)

ACTIONS = {"close": close_request, "withdraw": withdraw_request}
MANAGE_TITLE = _("Manage your partner request")


@never_cache
def manage_request(request, token):
    """GET shows the request and what can be done (mail scanners follow links); a POST acts,
    once. A tampered link and one too old are refused with a page that says which."""
    try:
        submission = submission_for_token(token)
    except LinkRefused as refused:
        status = 410 if refused.reason == "expired" else 404
        context = {"title": MANAGE_TITLE, "refused": refused.reason}
        return TemplateResponse(request, "partnerships/manage_request.html", context, status=status)
    page = submission.request.specific
    extend_form = ExtendForm(request_page=page)
    done, status = None, 200
    action = request.POST.get("action")
    if request.method == "POST" and action in ACTIONS:
        done = action if ACTIONS[action](submission) else "nothing"
    elif request.method == "POST" and action == "extend":
        extend_form = ExtendForm(request.POST, request_page=page)
        if extend_form.is_valid():
            done = (
                "extend"
                if extend_request(submission, extend_form.cleaned_data["reply_by"])
                else "nothing"
            )
        else:
            status = 400
    if done:
        page.refresh_from_db()
    context = {
        "title": MANAGE_TITLE,
        "submission": submission,
        "request_page": page,
        "extend_form": extend_form,
        "done": done,
    }
    return TemplateResponse(request, "partnerships/manage_request.html", context, status=status)


def report(request, request_page, message=None):
    def keep(form):
        AbuseReport.objects.create(
            request=request_page,
            message=message,
            reason=form.cleaned_data["reason"],
            language=request.LANGUAGE_CODE,
        )
        if message is not None and message.reported_at is None:
            message.reported_at = timezone.now()
            message.save(update_fields=["reported_at"])

    # Anyone may report, with no e-mail address: only the network address is counted.
    outcome = handle_form(
        request,
        AbuseReportForm,
        keep,
        key=f"report-{request_page.translation_key}",
        sender_field=None,
        invalid_status=400,
    )
    context = {
        "title": _("Report abuse"),
        "request_page": request_page,
        "message": message,
        "form": outcome.form,
        "sent": outcome.sent,
        "rate_limited": outcome.rate_limited,
    }
    return outcome.respond(request, "partnerships/report_abuse.html", context)


@never_cache
def report_request(request, page_id):
    """Anyone may report a published request as spam, a scam or abusive."""
    page = get_object_or_404(PartnerRequestPage.objects.live().public(), pk=page_id)
    return report(request, page)


@never_cache
def report_message(request, token):
    """The requester reports a message they got: staff may then read it."""
    try:
        pk = message_for_token(token)
    except LinkRefused as bad:
        raise Http404("Unknown report link") from bad
    message = get_object_or_404(PartnerMessage.objects.select_related("request"), pk=pk)
    return report(request, message.request, message)
