"""Template tags for grant call pages that show the partner requests for that call."""

from django import template

from ..models import PartnerRequestFormPage, PartnerRequestPage

register = template.Library()

SHOWN = 5


@register.inclusion_tag("partnerships/includes/call_requests.html", takes_context=True)
def call_partner_requests(context, call):
    """On a grant call's page: who looks for partners for it, and a link to add a request with
    the call chosen. Three queries, however many requests there are."""
    requests = PartnerRequestPage.objects.live().public().for_call(call).open()
    form_page = PartnerRequestFormPage.objects.live().public().filter(locale=call.locale).first()
    return {
        "request": context.get("request"),
        "call": call,
        "count": requests.count(),
        "requests": list(requests.select_related("locale")[:SHOWN]),
        "form_page": form_page,
    }
