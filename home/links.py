"""Every link stored in a page must be an address, never script. The editor's forms refuse a
`javascript:` link, but wagtail-localize lets a translator override a link of a StreamField or
of rich text in the translation editor, with no form in between; since a translation is saved
through the page's own validation, checking there covers both paths."""

from html.parser import HTMLParser

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.whitelist import check_url

URL_ATTRIBUTES = frozenset({"href", "src"})


class _LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls = []

    def handle_starttag(self, tag, attrs):
        self.urls.extend(value for name, value in attrs if name in URL_ATTRIBUTES and value)


def rich_text_urls(html):
    collector = _LinkCollector()
    collector.feed(str(html or ""))
    collector.close()
    return collector.urls


def block_urls(block, value):
    if value is None:
        return
    if isinstance(block, blocks.URLBlock):
        if value:
            yield value
    elif isinstance(block, blocks.RichTextBlock):
        yield from rich_text_urls(value.source)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from block_urls(child, value.get(name))
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from block_urls(child.block, child.value)
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from block_urls(block.child_block, item)


def field_urls(instance, field):
    value = getattr(instance, field.name)
    if isinstance(field, RichTextField):
        return rich_text_urls(value)
    return block_urls(field.stream_block, value)


def validate_links(instance):
    """Raise ValidationError naming each rich text or StreamField with a script link."""
    errors = {}
    for field in instance._meta.get_fields():
        if not isinstance(field, RichTextField | StreamField):
            continue
        unsafe = next((url for url in field_urls(instance, field) if check_url(url) is None), None)
        if unsafe is not None:
            errors[field.name] = ValidationError(
                _("Links must be web or e-mail addresses; “%(url)s” is not allowed."),
                params={"url": unsafe[:80]},
                code="unsafe_link",
            )
    if errors:
        raise ValidationError(errors)
