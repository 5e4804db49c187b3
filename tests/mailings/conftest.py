"""What the mailing tests share: the address of an event's "Send" button. The fixture that
presses it, `press_send`, is in tests/conftest.py (the mail server drill in tests/faults uses it
too)."""

from django.urls import reverse


def send_url(page):
    return reverse("mailings_send", args=[page.pk])
