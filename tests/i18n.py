"""What a person reading the site in another language sees: one helper instead of a
`translation.override` block in every test that compares a translated message."""

from django.utils import translation


def gettext_in(language, message):
    """`message` as the site shows it in `language`."""
    with translation.override(language):
        return translation.gettext(message)


def ngettext_in(language, singular, plural, count):
    """The sentence for `count` as the site shows it in `language`, with its plural form."""
    with translation.override(language):
        return translation.ngettext(singular, plural, count) % {"count": count}
