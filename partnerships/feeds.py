"""Open and closed partner requests as RSS and Atom, per language, newest published first;
each entry names the call and the reply-by date. Nothing about the person who sent it."""

from django.utils.feedgenerator import Atom1Feed
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.feeds import PageFeed

from .models import PartnerRequestPage
from .models.pages import with_call_labels


class PartnerRequestFeed(PageFeed):
    page_model = PartnerRequestPage
    feed_title = _("Partner requests")
    feed_description = _("Coalition members looking for partners to apply for grants together.")

    def items(self, obj):
        entries = super().items(obj)
        with_call_labels([entry.page for entry in entries], obj.locale)
        return entries

    def item_description(self, entry):
        page = entry.page
        details = [
            (gettext("Call"), page.call_label),
            (gettext("Organisation"), page.organisation),
            (gettext("Reply by"), date_format(page.reply_by, "DATE_FORMAT")),
        ]
        return self.detailed(details, page.summary)


class PartnerRequestAtomFeed(PartnerRequestFeed):
    feed_type = Atom1Feed
