"""Every block a page's StreamField offers renders through its own template, in the app that
defines it (events/blocks/agenda_item_block.html): no block names its template, so a block
renamed or a template moved away would otherwise fall back silently to Wagtail's plain
rendering, in the site and in the editors' block previews."""

import pytest
from django.apps import apps
from django.template.loader import get_template
from django.urls import reverse
from wagtail import blocks
from wagtail.fields import StreamField

from home.blocks import OwnTemplateMixin
from tests.page_types import PAGE_TYPES


def offered(block):
    """`block` and every block it is built of."""
    yield block
    if isinstance(block, blocks.StreamBlock | blocks.StructBlock):
        for child in block.child_blocks.values():
            yield from offered(child)
    elif isinstance(block, blocks.ListBlock):
        yield from offered(block.child_block)


def templated_blocks():
    found = {}
    for model in PAGE_TYPES:
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                for block in offered(field.stream_block):
                    if isinstance(block, OwnTemplateMixin):
                        found.setdefault(type(block), block)
    return found


def test_the_shared_and_the_events_blocks_are_offered_to_editors():
    names = {block_class.__name__ for block_class in templated_blocks()}
    assert {"HeadingBlock", "QuoteBlock", "DocumentBlock", "AgendaItemBlock"} <= names
    assert "MaterialLinkBlock" in names


@pytest.mark.parametrize("block_class", templated_blocks(), ids=lambda cls: cls.__name__)
def test_a_block_renders_with_the_template_of_its_own_app(block_class):
    block = templated_blocks()[block_class]
    template = get_template(block.get_template())
    app = apps.get_containing_app_config(block_class.__module__)
    assert template.origin.name.startswith(app.path), template.origin.name


@pytest.mark.parametrize("block_class", templated_blocks(), ids=lambda cls: cls.__name__)
def test_an_editor_sees_each_block_previewed_as_the_site_shows_it(admin_client, block_class):
    block = templated_blocks()[block_class]
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200
    html = response.content.decode()
    preview = block.get_preview_value()
    assert block.render(preview) in html
    if isinstance(block, blocks.StructBlock):
        assert "<dl>" not in block.render(preview)  # Wagtail's plain rendering of a struct
