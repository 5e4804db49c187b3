"""The groups people work in. Page permissions come from each language's home page, so a
translator's rights stop at the edge of their language tree. What staff may do with an app's own
records is that app's to say (`register_permissions` in its `wagtail_hooks`): the groups get the
permissions of the apps that are installed, and this module names none of them."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.utils.translation import get_language_info
from wagtail import hooks
from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, Site

TRANSLATORS_PREFIX = "Translators: "
EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
STAFF_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")


def register_permissions(staff=(), editors=()):
    """Called from an app's `wagtail_hooks` with permissions as "app_label.codename": `staff`
    for Editors and Moderators alike (personal data is seen by way of such permissions alone,
    never by way of page rights), `editors` for Editors only."""
    roles = {EDITORS: (*staff, *editors), MODERATORS: tuple(staff)}
    hooks.register("register_role_permissions", lambda: roles)


def translators_group_name(code):
    return TRANSLATORS_PREFIX + get_language_info(code)["name_local"]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _registered_permissions(group_name):
    """The permissions the apps registered with the Wagtail hook `register_role_permissions`
    for the group `group_name`."""
    return [
        _permission(*name.split("."))
        for provider in hooks.get_hooks("register_role_permissions")
        for name in provider().get(group_name, ())
    ]


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
        group.permissions.add(access_admin, submit_translation, *_registered_permissions(name))
        _grant_pages(group, root, STAFF_PAGE_PERMISSIONS)
    # Editors publish everything, so they also decide on the stories waiting in moderation.
    editors = Group.objects.get(name=EDITORS)
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
