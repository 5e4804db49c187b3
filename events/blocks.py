"""The agenda of a meeting, one block per point, so that every language keeps the same order
and times."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import OwnTemplateMixin


class AgendaItemBlock(OwnTemplateMixin, blocks.StructBlock):
    time = blocks.CharBlock(
        required=False, max_length=20, label=_("Time"), help_text=_("Optional, e.g. 16:15")
    )
    title = blocks.CharBlock(label=_("Item"))
    description = blocks.TextBlock(required=False, label=_("Details"))

    class Meta:
        icon = "list-ol"
        label = _("Agenda item")
        preview_value = {
            "time": "16:00",
            "title": "Podsumowanie działań pomocowych",
            "description": "Co udało się zrobić od lutego 2022 roku.",
        }
        description = _("One point of the meeting's agenda")


class AgendaBlock(blocks.StreamBlock):
    item = AgendaItemBlock()
