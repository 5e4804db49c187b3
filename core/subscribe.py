"""The ways to follow the site that apps offer: their feeds (RSS, Atom, iCalendar) and pages
such as the e-mail updates form. An app registers each from its `wagtail_hooks` with
`register_link` (the Wagtail hook `register_subscribe_link`). The footer lists them all under
"Subscribe", every page's head announces the feeds, and a CDN keeps the feeds and has them
purged with the pages (core.cache): so shared code names no app's address, and an app that is
not installed leaves no broken link."""

from dataclasses import dataclass

from wagtail import hooks

RSS = "application/rss+xml"
ATOM = "application/atom+xml"
ICALENDAR = "text/calendar"


@dataclass(frozen=True)
class SubscribeLink:
    url_name: str
    label: str
    # A feed's format, and the title that announces it in a page's head; a page has neither.
    media_type: str = ""
    title: str = ""


def register_link(url_name, label, media_type="", title="", order=0):
    """Called from an app's `wagtail_hooks`, with `label` and `title` translatable (lazy).
    Links of a lower `order` are listed first; of the same order, in INSTALLED_APPS order."""
    link = SubscribeLink(url_name, label, media_type, title)
    hooks.register("register_subscribe_link", lambda: link, order=order)


def links():
    return [provider() for provider in hooks.get_hooks("register_subscribe_link")]


def feeds():
    return [link for link in links() if link.media_type]
