"""`export_personal_data EMAIL`: the right of access, as JSON from every app's registered
provider (core.personal_data)."""

import json

from django.core.serializers.json import DjangoJSONEncoder

from core.management.person import PersonCommand
from core.personal_data import collect


class Command(PersonCommand):
    help = "Print as JSON everything stored about an e-mail address (right of access)."

    def handle(self, *args, **options):
        data = {"email": options["email"], **collect("export", options["email"])}
        self.stdout.write(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2))
