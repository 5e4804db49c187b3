"""What each role may open, shared by the role tests; the `member` and `event_versions`
fixtures are in conftest.py."""

from django.contrib.auth import get_user_model
from django.urls import reverse

ALL = {"edit", "history", "view_draft", "unpublish", "copy", "move", "delete", "translate"}


# What each role may open, on the Polish original (pl) and on its Ukrainian translation (uk).
ALLOWED = {
    "anonymous": {"pl": set(), "uk": set()},
    "member": {"pl": set(), "uk": set()},
    # Translators may start a translation of any page ("Translate this page"); the locales on
    # offer are only those they may write in (see the test below). They may bring the source of
    # their translation up to date ("sync") and read how it changed ("compare_source"), not
    # the other translations.
    "translator-en": {
        "pl": {"translate", "translation_status", "sync", "compare_source"},
        "uk": {"translate", "translation_status"},
    },
    "translator-uk": {
        "pl": {"translate", "translation_status", "sync", "compare_source"},
        "uk": {"edit", "history", "view_draft", "unpublish", "po_download", "translate"}
        | {"translation_status", "revision_preview", "revisions_compare", "workflow_history"}
        | {"revisions_revert", "compare_source", "translation_preview"},
    },
    "moderator": {"pl": ALL, "uk": ALL},
    "editor": {"pl": ALL, "uk": ALL},
    "admin": {"pl": ALL, "uk": ALL},
}


def log_in(client, role, member):
    if role == "member":
        client.force_login(member)
    elif role != "anonymous":
        client.force_login(get_user_model().objects.get(username=role))


def assert_refused(response, role, *where):
    assert response.status_code in (302, 403), (role, *where, response.status_code)
    if response.status_code == 302:
        expected = (
            "/admin/login/" if role in ("anonymous", "member") else reverse("wagtailadmin_home")
        )
        assert response["Location"].startswith(expected), (role, *where, response["Location"])
