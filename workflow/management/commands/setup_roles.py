"""`setup_roles`: creates or updates the site's groups and their permissions (idempotent)."""

from django.core.management.base import BaseCommand

from workflow.roles import EDITORS, MODERATORS, setup_roles


class Command(BaseCommand):
    help = "Create the Editors, Moderators and per-language Translators groups (idempotent)."

    def handle(self, *args, **options):
        groups = setup_roles()
        names = [EDITORS, MODERATORS, *(group.name for group in groups.values())]
        self.stdout.write("Groups ready: " + ", ".join(names))
