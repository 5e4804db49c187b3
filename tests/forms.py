"""Valid entries of the public forms, one builder each: a test names only what it is about."""


def rsvp_entries(email="olena@example.org", **fields):
    """An event's registration form, filled in by a Ukrainian-speaking member."""
    return {
        "name": "Olena Kowalenko",
        "email": email,
        "organisation": "Fundacja Przykład",
        "email_language": "uk",
        "interpretation": "uk",
        "accessibility_needs": "",
        "consent": "on",
        "website": "",
    } | fields


def story_entries(**fields):
    """The story form, filled in by a member."""
    return {
        "title": "Sobotnia szkoła dla dzieci",
        "summary": "Uczymy dzieci w soboty.",
        "story": "Pierwszy akapit.\n\nDrugi akapit\nz nową linią.",
        "organisation": "Grupa Matek",
        "voivodeship": "malopolskie",
        "photo_credit": "",
        "contact_name": "Oksana Petrenko",
        "contact_email": "oksana@example.org",
        "consent_publish": "on",
        "consent_data": "on",
        "website": "",
    } | fields


def application_entries(**fields):
    """The membership application, filled in by an informal Ukrainian group."""
    return {
        "applicant_type": "informal-group",
        "name": "Ukraińskie Mamy z Lublina",
        "krs": "",
        "nip": "",
        "communities": "Ukrainian refugees",
        "voivodeships": ["lubelskie"],
        "themes": ["education", "women"],
        "languages": ["uk", "pl"],
        "link": "",
        "description": "We run a Saturday school for children.",
        "contact_name": "Iryna Bondarenko",
        "email": "iryna@example.org",
        "phone": "+48 600 700 800",
        "email_language": "uk",
        "accept_declaration": "on",
        "consent_data": "on",
        "website": "",
    } | fields
