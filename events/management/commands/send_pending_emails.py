from django.core.management.base import BaseCommand

from events.emails import deliver
from events.models import EmailDelivery


class Command(BaseCommand):
    help = "Retry e-mails that could not be sent (for example while the mail server was down)."

    def add_arguments(self, parser):
        parser.add_argument("--max-attempts", type=int, default=20)

    def handle(self, *args, **options):
        pending = EmailDelivery.objects.exclude(status=EmailDelivery.Status.SENT).filter(
            attempts__lt=options["max_attempts"]
        )
        sent = sum(deliver(pk) for pk in pending.values_list("pk", flat=True))
        self.stdout.write(f"{sent} e-mails sent")
