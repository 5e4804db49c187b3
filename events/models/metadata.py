"""What calendars and search engines learn about an event: its calendar links and its
schema.org description. Neither ever carries the join link."""

from django.urls import reverse
from django.utils import translation

from home.metadata import coalition, social_image

from ..calendar import google_calendar_url
from ..choices import Mode


class EventMetadataMixin:
    ATTENDANCE_MODES = {
        Mode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
        Mode.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
        Mode.HYBRID: "https://schema.org/MixedEventAttendanceMode",
    }

    def calendar_links(self, request):
        url = request.build_absolute_uri(self.get_url(request))
        with translation.override(self.locale.language_code):
            calendar_file = reverse("event_calendar", args=[self.translation_key])
        return {"file": calendar_file, "google": google_calendar_url(self, url)}

    def structured_data(self, request):
        """schema.org's Event, with times in the event's own zone. Online, the place is this
        page: the join link goes only to people whose attendance is confirmed."""
        url = request.build_absolute_uri(self.get_url(request))
        locations = []
        if self.mode != Mode.ONLINE and (self.venue or self.address):
            locations.append(self.structured_place())
        if self.mode != Mode.IN_PERSON:
            locations.append({"@type": "VirtualLocation", "url": url})
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.summary,
            "url": url,
            "startDate": self.local_start.isoformat(),
            "endDate": self.local_end.isoformat(),
            "eventAttendanceMode": self.ATTENDANCE_MODES[self.mode],
            "eventStatus": "https://schema.org/EventScheduled",
            "inLanguage": self.meeting_language,
            "organizer": coalition(request, self.locale),
        }
        if locations:
            data["location"] = locations[0] if len(locations) == 1 else locations
        image = social_image(request, self)
        if image:
            data["image"] = [image["url"]]
        return data

    def structured_place(self):
        lines = [line.strip() for line in self.address.splitlines() if line.strip()]
        address = {"@type": "PostalAddress", "streetAddress": ", ".join(lines)}
        if self.voivodeship:
            address.update(addressRegion=self.get_voivodeship_display(), addressCountry="PL")
        return {"@type": "Place", "name": self.venue or ", ".join(lines), "address": address}
