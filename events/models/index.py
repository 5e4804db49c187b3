"""The index of upcoming and past events, with their filters."""

from django.utils.translation import gettext_lazy as _

from home.bases import ListingIndexPage
from home.pagination import paginate
from home.queries import prefetch_card_renditions

from .pages import EventPage


def showing_past(request):
    """The index shows past events instead of upcoming ones (a tab, in the query string)."""
    return request.GET.get("when") == "past"


class EventIndexPage(ListingIndexPage):
    subpage_types = ["events.EventPage"]
    past_preview_count = 3

    class Meta:
        verbose_name = _("event index page")

    def events(self):
        return self.listed(EventPage, "header_image")

    def home_items(self):
        return self.events().upcoming()[: self.home_items_count]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["show_past"] = showing_past(request)
        return context

    def listing(self, request):
        """Upcoming or past events, filtered; the unfiltered upcoming list is followed by a
        preview of recent past events."""
        from ..filters import EventFilterForm

        show_past = showing_past(request)
        events = self.events().past() if show_past else self.events().upcoming()
        filters = EventFilterForm(
            request.GET, events, newest_first=show_past, kept={"when": "past"} if show_past else {}
        )
        found = paginate(request, filters.apply(events))
        recent = []
        if not show_past and not filters.is_active:
            recent = list(self.events().past()[: self.past_preview_count])
        prefetch_card_renditions([*found, *recent])
        return {"filters": filters, "events": found, "recent_past_events": recent}
