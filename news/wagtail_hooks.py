"""The stories app's extension points: its personal data and its e-mail outbox."""

from core.outbox import register_outbox
from core.personal_data import register_provider

from . import emails, personal_data

register_provider(personal_data)
register_outbox(emails)
