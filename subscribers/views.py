"""The subscription pages, outside the page tree and never cached: the form (for everyone, in
the visitor's language) and the pages behind a subscriber's signed links. A GET on a link only
shows what it would do, since mail scanners open links; a button (POST) does it."""

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from core.public_forms import handle_form

from . import subscriptions
from .emails import subscriber_for_token, token
from .forms import CONSENT, PreferencesForm, SubscribeForm

FORM_KEY = "subscribe"


@never_cache
def subscribe(request):
    outcome = handle_form(
        request,
        SubscribeForm,
        lambda form: subscriptions.subscribe(form.cleaned_data, str(CONSENT)),
        key=FORM_KEY,
        invalid_status=400,
    )
    context = {"form": outcome.form, "sent": outcome.sent, "rate_limited": outcome.rate_limited}
    return outcome.respond(request, "subscribers/subscribe.html", context)


def refused(request):
    context = {"title": _("This link does not work")}
    return TemplateResponse(request, "subscribers/link_refused.html", context, status=404)


@never_cache
def confirm(request, signed):
    subscriber = subscriber_for_token(signed, "confirm")
    if subscriber is None:
        return refused(request)
    done = request.method == "POST" and subscriptions.confirm(subscriber)
    context = {
        "title": _("Confirm your subscription"),
        "subscriber": subscriber,
        "done": request.method == "POST",
        "confirmed_now": done,
        "preferences_token": token(subscriber, "preferences"),
    }
    return TemplateResponse(request, "subscribers/confirm.html", context)


@never_cache
def preferences(request, signed):
    subscriber = subscriber_for_token(signed, "preferences")
    if subscriber is None:
        return refused(request)
    initial = {
        "name": subscriber.name,
        "language": subscriber.language,
        "topics": subscriber.topic_list,
    }
    form, status, saved = PreferencesForm(initial=initial), 200, False
    if request.method == "POST":
        form = PreferencesForm(request.POST, initial=initial)
        if form.is_valid():
            subscriptions.change_preferences(subscriber, form.cleaned_data)
            saved = True
        else:
            status = 400
    context = {
        "title": _("Your e-mail preferences"),
        "subscriber": subscriber,
        "form": form,
        "saved": saved,
        "unsubscribe_token": token(subscriber, "unsubscribe"),
    }
    return TemplateResponse(request, "subscribers/preferences.html", context, status=status)


@csrf_exempt
@never_cache
def unsubscribe(request, signed):
    """GET asks; POST unsubscribes, from the page's button or from a mail client's one-click
    request (RFC 8058), which comes without a cookie or a page: the signed link is the proof,
    so this view needs no CSRF token."""
    subscriber = subscriber_for_token(signed, "unsubscribe")
    if subscriber is None:
        return refused(request)
    if request.method == "POST":
        subscriptions.unsubscribe(subscriber)
        if request.POST.get("List-Unsubscribe") == "One-Click":
            return HttpResponse("Unsubscribed.\n", content_type="text/plain")
    context = {
        "title": _("Unsubscribe"),
        "subscriber": subscriber,
        "done": request.method == "POST",
        "preferences_token": token(subscriber, "preferences"),
    }
    return TemplateResponse(request, "subscribers/unsubscribe.html", context)
