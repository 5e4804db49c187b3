"""What happens to a partner request: sent through the form, it becomes a draft page in the
moderation workflow (its sender kept apart, for moderators only); the sender hears at each step
in their language, and manages the published request through a signed link, without an
account. Every step writes its e-mail to the outbox in the same transaction."""

from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from directory.models import OrganisationPage
from directory.names import name_key
from home.bases import unique_slug

from .choices import RequestState
from .models import PartnerRequestEmail, PartnerRequestPage, PartnerRequestSubmission

MANAGE_SALT = "partnerships.manage"
REPORT_SALT = "partnerships.report-message"
# A management or report link works this long after it was sent; a request lasts six months
# at most.
MANAGE_LINK_DAYS = 240


def member_page(name, locale):
    """The requester's page in the member directory, when their name is a member's."""
    key = name_key(name)
    if not key:
        return None
    members = OrganisationPage.objects.live().filter(locale=locale).only("title")
    return next((page for page in members if name_key(page.title) == key), None)


def submit_request(form_page, form):
    data = form.cleaned_data
    index = form_page.get_parent().specific
    with transaction.atomic():
        page = PartnerRequestPage(
            title=data["title"],
            slug=unique_slug(index, data["title"], "partnerzy"),
            grant_call=data.get("grant_call"),
            call_name=data.get("call_name") or "",
            call_url=data.get("call_url") or "",
            call_deadline=data.get("call_deadline"),
            project_idea=data["project_idea"],
            offer=data["offer"],
            partner_sought=data["partner_sought"],
            partner_type=data["partner_type"],
            nationwide=data.get("nationwide", False),
            organisation=data["organisation"],
            organisation_page=member_page(data["organisation"], form_page.locale),
            reply_by=data["reply_by"],
            live=False,
        )
        page.themes = data.get("themes") or []
        page.voivodeships = [] if page.nationwide else data.get("voivodeships") or []
        page.languages = data.get("languages") or []
        submission = PartnerRequestSubmission.send_for_review(form_page, page, form)
        submission.tell_sender(PartnerRequestEmail.Kind.RECEIVED)
    return submission


# The signed management link


def manage_token(submission):
    return signing.dumps([submission.pk, submission.manage_key], salt=MANAGE_SALT, compress=True)


def report_token(message):
    """The link a requester uses to report a message they got as abuse."""
    return signing.dumps(message.pk, salt=REPORT_SALT)


def message_for_token(token):
    try:
        return signing.loads(token, salt=REPORT_SALT, max_age=MANAGE_LINK_DAYS * 86400)
    except signing.BadSignature as bad:
        raise LinkRefused("invalid") from bad


def manage_url(submission):
    with translation.override(submission.language):
        return reverse("partnerships_manage", args=[manage_token(submission)])


class LinkRefused(Exception):
    """`reason` is "expired" for a link too old to use, "invalid" for any other."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def submission_for_token(token):
    """The submission a management link stands for, or LinkRefused."""
    try:
        pk, key = signing.loads(token, salt=MANAGE_SALT, max_age=MANAGE_LINK_DAYS * 86400)
    except signing.SignatureExpired as expired:
        raise LinkRefused("expired") from expired
    except (signing.BadSignature, ValueError, TypeError) as bad:
        raise LinkRefused("invalid") from bad
    submission = (
        PartnerRequestSubmission.objects.filter(pk=pk, manage_key=key)
        .select_related("request")
        .first()
    )
    if submission is None or submission.request is None:
        raise LinkRefused("invalid")
    return submission


def source_page(submission):
    """The request as sent, with its latest values, locked against a simultaneous change."""
    return PartnerRequestPage.objects.select_for_update().get(pk=submission.request_id)


def publish_change(page, **fields):
    """Change the requester's own fields on the request and publish it; the locked fields
    reach every translation as the source is published (workflow.sync)."""
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision(log_action=True).publish(log_action=True)


def close_request(submission):
    """Partners found: the request stays readable, marked as closed."""
    with transaction.atomic():
        page = source_page(submission)
        if not page.live or page.state != RequestState.OPEN:
            return False
        publish_change(page, state=RequestState.PARTNERS_FOUND)
    return True


def extend_request(submission, new_date):
    with transaction.atomic():
        page = source_page(submission)
        if not page.live or page.reply_by_extended or page.state != RequestState.OPEN:
            return False
        publish_change(page, reply_by=new_date, reply_by_extended=True)
    return True


def withdraw_request(submission):
    """Withdrawn: no longer on the site in any language; one still in review leaves the
    moderators' queue, and its draft says it was withdrawn."""
    with transaction.atomic():
        page = source_page(submission)
        if page.state == RequestState.WITHDRAWN:
            return False
        page.state = RequestState.WITHDRAWN
        if page.live:
            publish_change(page)
            for version in page.get_translations().live():
                version.unpublish(log_action=True)
            page.unpublish(log_action=True)
        else:
            workflow_state = page.current_workflow_state
            if workflow_state is not None:
                workflow_state.cancel(user=None)
            page.save_revision(log_action=True)
    return True
