"""Grant calls as RSS and Atom, per language, with the funder and deadline in every entry."""

from django.utils.feedgenerator import Atom1Feed
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.feeds import PageFeed

from .models import GrantOpportunityPage


class GrantFeed(PageFeed):
    page_model = GrantOpportunityPage
    feed_title = _("Grant calls")
    feed_description = _("Grant calls for minority and migrant organisations in Poland.")

    def item_description(self, entry):
        grant = entry.page
        # Shown in the call's own time zone, as on the grant's page.
        deadline = grant.local_deadline
        when = f"{date_format(deadline, 'DATE_FORMAT')}, {time_format(deadline, 'TIME_FORMAT')}"
        details = [
            (gettext("Funder"), grant.funder),
            (gettext("Deadline"), f"{when} ({grant.time_zone})"),
        ]
        return self.detailed(details, grant.summary)


class GrantAtomFeed(GrantFeed):
    feed_type = Atom1Feed
