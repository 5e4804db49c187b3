"""What a person reading the site in another language sees: one helper instead of a
`translation.override` block in every test that compares a translated message, and one check
that a page answers with the message a visitor reads, as the site words it in their language."""

from django.utils import formats, translation
from django.utils.html import escape


def gettext_in(language, message):
    """`message` as the site shows it in `language`."""
    with translation.override(language):
        return translation.gettext(message)


def date_in(language, value):
    """The date of `value` as the site writes it in `language` (its month names and order)."""
    with translation.override(language):
        return formats.date_format(value, "DATE_FORMAT")


def ngettext_in(language, singular, plural, count, name="count", **values):
    """The sentence for `count` as the site shows it in `language`, with its plural form; `name`
    is the placeholder the message gives the number (`%(count)s`), `values` fill the others."""
    with translation.override(language):
        return translation.ngettext(singular, plural, count) % {name: count, **values}


def assert_says(response, language, *messages, status=200):
    """`response` has `status` and its page shows each of `messages` as the site words it in
    `language` (HTML-escaped, as a template prints it). Returns the page's HTML, for the checks
    that follow."""
    assert response.status_code == status, f"HTTP {response.status_code}, not {status}"
    html = response.content.decode()
    for message in messages:
        shown = escape(gettext_in(language, message))
        assert shown in html, f"not on the page: {shown!r}"
    return html
