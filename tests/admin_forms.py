"""Post a page's edit form as the browser would: Wagtail renders StreamFields with JavaScript,
so their form data is rebuilt here from the stored value."""

from django.urls import reverse
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text


def block_form_value(block, value):
    if isinstance(block, blocks.StructBlock):
        return {
            name: block_form_value(child, value.get(name))
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.StreamBlock):
        return stream_form_data(value)
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(value.source, features=block.features)
    if isinstance(block, blocks.ChooserBlock):
        return value.pk if value else ""
    return "" if value is None else value


def stream_form_data(stream_value):
    data = {
        str(index): {
            "type": child.block_type,
            "id": child.id,
            "value": block_form_value(child.block, child.value),
            "deleted": "",
            "order": str(index),
        }
        for index, child in enumerate(stream_value)
    }
    data["count"] = str(len(stream_value))
    return data


def edit_form_data(client, page, edit_url):
    """The edit form's fields as rendered, plus each StreamField as its widget would post it."""
    form = querydict_from_html(client.get(edit_url).content.decode(), form_id="page-edit-form")
    data = dict(form.lists())
    streams = {
        field.name: stream_form_data(getattr(page, field.name))
        for field in page._meta.get_fields()
        if isinstance(field, StreamField)
    }
    data.update(nested_form_data(streams))
    return data


def add_question(client, page, label):
    """Post the page's edit form with one more question of the editor's."""
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = edit_form_data(client, page, edit_url)
    number = int(data["form_fields-TOTAL_FORMS"][0])
    prefix = f"form_fields-{number}-"
    question = {"label": label, "field_type": "singleline", "required": "", "choices": ""}
    question |= {"default_value": "", "help_text": "", "ORDER": str(number + 1), "id": ""}
    data.update({prefix + name: [value] for name, value in question.items()})
    data["form_fields-TOTAL_FORMS"] = [str(number + 1)]
    data["action-publish"] = ["action-publish"]
    return client.post(edit_url, data)
