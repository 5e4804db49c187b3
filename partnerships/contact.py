"""The contact form on a partner request. A responder's message is written to the outbox
(PartnerMessage) and e-mailed to the requester in the requester's language, with the responder's
address as Reply-To: the requester's address is never shown to the responder or on any page,
and staff see only how many messages a request got.

The page with an empty form is the same for everyone and is cached like any page; where a POST
comes from is checked by its headers (core.origin), and the form follows the public forms' flow
(core.public_forms: limits, honeypot, refused once the request is closed, and no cache keeps
the page after a POST)."""

from django.db import transaction

from core.outbox import send_after_commit
from core.public_forms import handle_form

from .forms import CONTACT_CONSENT, ContactForm
from .models import PartnerMessage


def send_message(page, form):
    data = form.cleaned_data
    with transaction.atomic():
        message = PartnerMessage.objects.create(
            request=page,
            request_key=page.translation_key,
            language=page.locale.language_code,
            name=data["name"],
            organisation=data.get("organisation") or "",
            email=data["email"].strip().lower(),
            message=data["message"],
            consent_text=str(CONTACT_CONSENT),
        )
        send_after_commit([message])
    return message


def serve_request_page(page, request, *args, **kwargs):
    is_open = page.is_open
    outcome = handle_form(
        request,
        ContactForm,
        lambda form: send_message(page, form),
        key=page.translation_key,
        is_open=is_open,
    )
    context = page.get_context(request, *args, **kwargs)
    context.update(
        contact_form=outcome.form, refusal=outcome.refusal, sent=outcome.sent, is_open=is_open
    )
    return outcome.respond(request, page.get_template(request), context)
