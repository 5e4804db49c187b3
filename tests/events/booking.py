"""What the registration tests share besides their fixtures (tests/events/conftest.py)."""

JOIN = "https://meet.example.org/rsvp-secret-7f3a"


def version(page, language):
    return page.get_translations(inclusive=True).get(locale__language_code=language).specific
