""" "Send to subscribers" on an event (the invitation), a grant call or a member story, for users
with the permission to send mailings (Editors): a preview of the e-mail in every language, how
many confirmed subscribers each language has, the progress of the sending, and the button.
Pressing it again only reaches subscribers who have had nothing of this page yet."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page

from .emails import MAILABLE, Letter
from .models import Mailing
from .sending import mailing_for, progress, start, subscribers_by_language

PERMISSION = "mailings.send_mailing"


def source_of(page):
    """The live source version of the page, whichever language version was opened."""
    source = page.source_version() or page
    return source if source.live else None


def send_view(request, page_id):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    page = get_object_or_404(Page, pk=page_id).specific
    if type(page) not in MAILABLE:
        raise Http404
    source = source_of(page)
    topic = MAILABLE[type(page)][0]
    past = source is not None and hasattr(source, "is_past") and source.is_past()
    if request.method == "POST":
        if source is None:
            messages.error(request, _("Publish the page first: only published pages are sent."))
        elif past:
            messages.error(request, _("This event has already taken place: nobody is invited."))
        else:
            added = start(source, request.user)
            messages.success(
                request,
                ngettext(
                    "Sending to %(count)d subscriber.", "Sending to %(count)d subscribers.", added
                )
                % {"count": added}
                if added
                else _("Every subscriber has this e-mail already: nothing more to send."),
            )
        return redirect("mailings_send", page_id)
    counts = subscribers_by_language(topic)
    previews = []
    if source is not None:
        letter = Letter(Mailing(page_key=source.translation_key, topic=topic))
        for code, name in settings.LANGUAGES:
            subject, body = letter.render(code)
            previews.append(
                {
                    "code": code,
                    "name": name,
                    "subject": subject,
                    "body": body,
                    "count": counts.get(code, 0),
                }
            )
    mailing = mailing_for(page)
    context = {
        "page": page,
        "source": source,
        "past": past,
        "topic": topic,
        "previews": previews,
        "total": sum(counts.values()),
        "mailing": mailing,
        "progress": progress(mailing),
    }
    return TemplateResponse(request, "mailings/admin/send.html", context)
