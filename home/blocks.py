"""StreamField blocks shared by every page type; each renders with its own template and preview."""

from functools import cache

from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.coreutils import camelcase_to_underscore
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

# Editors get emphasis, links and lists; headings have their own block so the outline stays sane.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


@cache
def own_block_template(block_class):
    """Worked out once per block type: a page renders many blocks of few types."""
    app_label = apps.get_containing_app_config(block_class.__module__).label
    return f"{app_label}/blocks/{camelcase_to_underscore(block_class.__name__)}.html"


class OwnTemplateMixin:
    """A block renders with `<app_label>/blocks/<class name, snake_case>.html` of the app that
    defines it (events/blocks/agenda_item_block.html), found by name as a page's template is,
    so that no block names its template again and none can name another's."""

    def get_template(self, value=None, context=None):
        return own_block_template(type(self))


class HeadingBlock(OwnTemplateMixin, blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        preview_value = {"text": "Spotkanie koalicji", "level": "h2"}
        description = _("A section heading")


class ParagraphBlock(OwnTemplateMixin, blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        preview_value = "<p>Zapraszamy organizacje członkowskie do wspólnej pracy.</p>"
        description = _("Text with emphasis, links and lists")


class ImageBlock(OwnTemplateMixin, blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("An image with an optional caption; the credit comes from the image")


class QuoteBlock(OwnTemplateMixin, blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        preview_value = {
            "text": "Razem możemy więcej.",
            "attribution": "Koalicja Organizacji Mniejszościowych i Migranckich",
        }
        description = _("A quotation with its source")


class CallToActionBlock(OwnTemplateMixin, blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(required=False, label=_("Text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("External link"))
    link_text = blocks.CharBlock(label=_("Link text"))

    def clean(self, value):
        result = super().clean(value)
        if not result.get("page") and not result.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give a link."))}
            )
        return result

    class Meta:
        icon = "link"
        label = _("Call to action")
        preview_value = {
            "title": "Dołącz do koalicji",
            "text": "Twoja organizacja działa na rzecz mniejszości lub migrantów?",
            "url": "https://example.org/",
            "link_text": "Napisz do nas",
        }
        description = _("A highlighted box with a link")


class DocumentBlock(OwnTemplateMixin, blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(required=False, label=_("Title"))

    class Meta:
        icon = "doc-full"
        label = _("Document")
        description = _("A downloadable file")


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentBlock()


def paragraphs_html(text):
    """Plain text to safe rich text: every character escaped, blank lines start paragraphs."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(
        "<p>" + "<br/>".join(escape(line) for line in block.split("\n")) + "</p>"
        for block in blocks
        if block
    )
