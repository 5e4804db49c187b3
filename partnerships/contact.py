"""The contact form on a partner request. A responder's message is written to the outbox
(PartnerMessage) and e-mailed to the requester in the requester's language, with the responder's
address as Reply-To: the requester's address is never shown to the responder or on any page,
and staff see only how many messages a request got.

The page with an empty form is the same for everyone and is cached like any page; where a POST
comes from is checked by its headers (core.origin), its sender and address are counted against
the public forms' limits (core.ratelimit), and a filled honeypot is thanked and dropped."""

from django.db import transaction
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from core.outbox import send_after_commit
from core.ratelimit import too_many_attempts

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
    form, refusal, status, sent = None, None, 200, False
    is_open = page.is_open
    if request.method == "POST" and not is_open:
        refusal, status = "closed", 409
    elif request.method == "POST":
        form = ContactForm(request.POST)
        if too_many_attempts(request, page.translation_key, request.POST.get("email", "")):
            refusal, status = "rate_limited", 429
        elif form.is_valid():
            if not form.is_spam:
                send_message(page, form)
            form, sent = None, True
    elif is_open:
        form = ContactForm()
    context = page.get_context(request, *args, **kwargs)
    context.update(contact_form=form, refusal=refusal, sent=sent, is_open=is_open)
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    if request.method == "POST":
        add_never_cache_headers(response)
    return response
