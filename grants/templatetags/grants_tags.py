"""Template tags of grant call pages."""

from django import template
from django.utils.html import format_html_join
from wagtail import hooks

register = template.Library()


@register.simple_tag(takes_context=True)
def call_sections(context, call):
    """What other apps show on a call's page (partnerships: who looks for partners for it),
    each registered with the Wagtail hook `register_grant_call_section` as a function of the
    request and the call that returns HTML: this app names none of them."""
    request = context.get("request")
    sections = hooks.get_hooks("register_grant_call_section")
    return format_html_join("", "{}", ((section(request, call),) for section in sections))
