"""Template tags for other apps' pages that show directory members."""

from django import template

from ..suggestions import suggested_partners

register = template.Library()


@register.inclusion_tag("directory/includes/suggested_partners.html")
def suggest_partners(page, nationwide=False, exclude=None):
    """The suggested partners box for a page with `themes` and `voivodeships` (a grant call,
    a partner request): a nationwide one is matched on themes alone, and `exclude` (the
    requester's own directory page) is left out in every language."""
    places = [] if nationwide else page.voivodeships.all()
    keys = [exclude.translation_key] if exclude is not None else []
    return {"organisations": suggested_partners(page.locale, page.themes.all(), places, keys)}
