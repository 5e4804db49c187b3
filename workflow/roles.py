"""The groups people work in. Page permissions come from each language's home page, so a
translator's rights stop at the edge of their language tree."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.utils.translation import get_language_info
from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, Site

TRANSLATORS_PREFIX = "Translators: "
EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
STAFF_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
# Personal data is seen by way of these permissions alone, never by way of page rights.
PERSONAL_DATA_PERMISSIONS = (
    ("events", "view_registration"),
    ("news", "view_storysubmission"),
    ("membership", "view_membershipapplication"),
    # Deciding on an application (accept, decline) needs seeing it too.
    ("membership", "change_membershipapplication"),
    ("partnerships", "view_partnerrequestsubmission"),
    # Reports of abuse, and the reported messages they let staff read.
    ("partnerships", "view_abusereport"),
    ("partnerships", "change_abusereport"),
    ("subscribers", "view_subscriber"),
)


def translators_group_name(code):
    return TRANSLATORS_PREFIX + get_language_info(code)["name_local"]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _grant_pages(group, page, codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission("wagtailcore", codename)
        )


def setup_roles():
    """Create or complete the groups; safe to run again after adding a language."""
    access_admin = _permission("wagtailadmin", "access_admin")
    submit_translation = _permission("wagtail_localize", "submit_translation")
    root = Page.get_first_root_node()
    for name in (EDITORS, MODERATORS):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin, submit_translation)
        group.permissions.add(*(_permission(*names) for names in PERSONAL_DATA_PERMISSIONS))
        _grant_pages(group, root, STAFF_PAGE_PERMISSIONS)
    # Editors publish everything, so they also decide on the stories waiting in moderation.
    editors = Group.objects.get(name=EDITORS)
    # Only Editors write to the subscribers.
    editors.permissions.add(_permission("mailings", "send_mailing"))
    editors.permissions.add(_permission("events", "notify_registrants"))
    for task in GroupApprovalTask.objects.filter(groups__name=MODERATORS):
        task.groups.add(editors)
    site = Site.objects.filter(is_default_site=True).first()
    homes = (
        {
            page.locale.language_code: page
            for page in site.root_page.get_translations(inclusive=True)
        }
        if site
        else {}
    )
    groups = {}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        group, _created = Group.objects.get_or_create(name=translators_group_name(code))
        group.permissions.add(access_admin, submit_translation)
        if code in homes:
            _grant_pages(group, homes[code], TRANSLATOR_PAGE_PERMISSIONS)
        groups[code] = group
    return groups
