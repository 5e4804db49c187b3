"""Member stories as RSS and Atom, per language."""

from datetime import datetime, time

from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from home.feeds import PageFeed

from .models import MemberStoryPage


class MemberStoryFeed(PageFeed):
    page_model = MemberStoryPage
    ordering = ("-date", "-pk")
    feed_title = _("Member stories")
    feed_description = _("News from the coalition's member organisations.")

    def item_description(self, entry):
        return escape(entry.page.summary)

    def item_pubdate(self, entry):
        # The story's own date, as the listing shows it; midnight in the site's time zone.
        return datetime.combine(entry.page.date, time.min)


class MemberStoryAtomFeed(MemberStoryFeed):
    feed_type = Atom1Feed
