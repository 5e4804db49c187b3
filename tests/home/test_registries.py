"""Shared code learns of the page apps only from what they register: a feed is in every page's
footer and head and kept by a CDN, the permissions an app names for a staff role are that
group's, and a section an app adds to grant call pages shows on them."""

import pytest
from django.contrib.auth.models import Group
from django.utils.html import format_html
from wagtail import hooks

from core.cache import kept_by_cdn
from core.subscribe import RSS, SubscribeLink
from tests.grants.factories import GrantPageFactory
from workflow.roles import EDITORS, MODERATORS, setup_roles

pytestmark = pytest.mark.django_db

FEED = SubscribeLink("search", "Search results (RSS)", RSS, "KOMM Hub: search results")


def test_a_registered_feed_is_in_the_footer_and_the_head_and_kept_by_a_cdn(client):
    with hooks.register_temporarily("register_subscribe_link", lambda: FEED):
        html = client.get("/en/").content.decode()
        assert "search" in kept_by_cdn()
    head, footer = html.split("</head>")[0], html.split('<footer class="site-footer">')[1]
    assert (
        '<link rel="alternate" type="application/rss+xml" title="KOMM Hub: search results"'
        ' href="/en/search/">' in head
    )
    assert '<a href="/en/search/" type="application/rss+xml">Search results (RSS)</a>' in footer


def test_the_permissions_an_app_registers_go_to_the_roles_it_names():
    roles = {EDITORS: ["subscribers.delete_subscriber"]}
    with hooks.register_temporarily("register_role_permissions", lambda: roles):
        setup_roles()
    granted = {
        name: Group.objects.get(name=name).permissions.filter(codename="delete_subscriber")
        for name in (EDITORS, MODERATORS)
    }
    assert granted[EDITORS].exists() and not granted[MODERATORS].exists()


def test_a_grant_call_page_shows_the_sections_other_apps_register(client):
    call = GrantPageFactory(language="en")

    def section(request, grant_call):
        return format_html('<p id="registered-section">{}</p>', grant_call.title)

    with hooks.register_temporarily("register_grant_call_section", section):
        html = client.get(call.url).content.decode()
    assert format_html('<p id="registered-section">{}</p>', call.title) in html
