"""What a meeting achieved (its "podsumowanie"): after the event, editors add what was
discussed and decided, the materials, and how many took part. The past event page shows it
first; the organisations whose representatives agreed on the registration form are named."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField

from home.blocks import DocumentBlock, OwnTemplateMixin

from .bookings import Registration

SUMMARY_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class MaterialLinkBlock(OwnTemplateMixin, blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    url = blocks.URLBlock(label=_("Link"), help_text=_("Slides, a recording, a shared folder."))

    class Meta:
        icon = "link"
        label = _("Link")
        preview_value = {"title": "Nagranie spotkania", "url": "https://example.org/nagranie"}
        description = _("A link to slides, a recording or a shared folder")


class MaterialsBlock(blocks.StreamBlock):
    document = DocumentBlock()
    link = MaterialLinkBlock()


class MeetingSummaryFields(models.Model):
    report = RichTextField(
        _("meeting summary"),
        blank=True,
        features=SUMMARY_FEATURES,
        help_text=_("After the meeting: what was discussed and decided, and the next steps."),
    )
    materials = StreamField(MaterialsBlock(), blank=True, verbose_name=_("materials"))
    participant_count = models.PositiveIntegerField(
        _("number of participants"),
        null=True,
        blank=True,
        help_text=_("Leave blank to count the confirmed registrations."),
    )

    summary_panels = [
        MultiFieldPanel(
            [FieldPanel("report"), FieldPanel("materials"), FieldPanel("participant_count")],
            heading=_("After the meeting: summary"),
        )
    ]

    class Meta:
        abstract = True

    def _taking_part(self):
        return Registration.objects.filter(
            event_key=self.translation_key, status=Registration.Status.CONFIRMED
        )

    def participants(self):
        """The number editors gave, else the confirmed registrations."""
        if self.participant_count is not None:
            return self.participant_count
        return self._taking_part().count()

    def organisations_taking_part(self):
        """The organisations whose representatives agreed to be named, each once."""
        names = {}
        rows = self._taking_part().filter(organisation_public=True).exclude(organisation="")
        for name in rows.values_list("organisation", flat=True):
            names.setdefault(" ".join(name.split()).casefold(), " ".join(name.split()))
        return sorted(names.values(), key=str.casefold)
