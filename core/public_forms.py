"""The one flow every public form follows, whether it is a page (an event's registration, a story,
a partner request's contact form: home.bases.PublicFormMixin and partnerships.contact) or a view
outside the page tree (subscribing, reporting abuse). It is written once so that no form can
drift from the others on what protects the site and the people who write:

- a POST to a closed form is refused as "closed" (409), with no form;
- every POST is counted against the sender's and the address's limits (core.ratelimit) before
  it is validated, so that a bot's invalid tries count too; over a limit it is refused as
  "rate_limited" (429), entries kept;
- a filled honeypot (the form's `is_spam`) is answered like a sent form and nothing is kept;
- a valid form goes to `accept(form)`, which keeps it (or raises FormRefused);
- the page after a POST carries the person's entries, so no cache may keep it.
"""

from dataclasses import dataclass

from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from .ratelimit import too_many_attempts

CLOSED = "closed"
RATE_LIMITED = "rate_limited"


class FormRefused(Exception):
    """A valid form that was not accepted; `reason` is a code the page's template explains."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


@dataclass
class FormOutcome:
    """What the page shows after `handle_form`. `form` is the empty form, or the sent one with
    its errors, or None once sent or closed; `refusal` is CLOSED, RATE_LIMITED or a
    FormRefused's reason; `sent` is true once the form was accepted or dropped as spam, and
    `result` is what `accept` returned (None for spam)."""

    form: object
    status: int = 200
    refusal: str | None = None
    sent: bool = False
    result: object = None

    @property
    def rate_limited(self):
        return self.refusal == RATE_LIMITED

    def respond(self, request, template, context):
        """The page with this outcome's status; never cached after a POST."""
        response = TemplateResponse(request, template, context, status=self.status)
        if request.method == "POST":
            add_never_cache_headers(response)
        return response


def handle_form(
    request, make_form, accept, *, key, sender_field="email", is_open=True, invalid_status=200
):
    """Run the flow on `request`. `make_form()` builds the empty form and
    `make_form(request.POST, request.FILES)` the sent one; `key` names the form for the rate
    limits (one key for all its language versions), and `sender_field` the field whose address
    is counted per form (None: only the network address is). `invalid_status` is the status of a
    form sent back with errors: the pages keep the 200 of Wagtail's form pages, the views
    outside the page tree answer 400."""
    if request.method != "POST":
        return FormOutcome(make_form() if is_open else None)
    if not is_open:
        return FormOutcome(None, status=409, refusal=CLOSED)
    form = make_form(request.POST, request.FILES)
    sender = request.POST.get(sender_field, "") if sender_field else ""
    if too_many_attempts(request, key, sender):
        return FormOutcome(form, status=429, refusal=RATE_LIMITED)
    if not form.is_valid():
        return FormOutcome(form, status=invalid_status)
    if form.is_spam:
        return FormOutcome(None, sent=True)
    try:
        return FormOutcome(None, sent=True, result=accept(form))
    except FormRefused as refused:
        return FormOutcome(form, refusal=refused.reason)
