"""The demo's logins, for development only: one per role, each in its group."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from workflow.roles import EDITORS, MODERATORS, setup_roles

DEMO_PASSWORD_SUFFIX = "-demo-2026"


def build_accounts(stdout):
    """Create the missing demo logins (the password is the username plus a fixed suffix), print
    them all, and return how many were created."""
    User = get_user_model()
    translator_groups = setup_roles()
    accounts = [("admin", None, True), ("editor", EDITORS, False)]
    accounts.append(("moderator", MODERATORS, False))
    accounts += [
        (f"translator-{code}", group.name, False) for code, group in translator_groups.items()
    ]
    created = 0
    for username, group_name, superuser in accounts:
        if User.objects.filter(username=username).exists():
            continue
        user = User(
            username=username,
            email=f"{username}@komm.example.org",
            is_staff=superuser,
            is_superuser=superuser,
        )
        user.set_password(username + DEMO_PASSWORD_SUFFIX)
        user.save()
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        created += 1
    stdout.write("Demo logins (development only):")
    for username, group_name, _superuser in accounts:
        role = group_name or "Administrator"
        stdout.write(f"  {username:<16} {username + DEMO_PASSWORD_SUFFIX:<28} {role}")
    return created
