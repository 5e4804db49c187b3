"""The stories app's extension points: its personal data, its e-mail outbox and the staff's
permission to see who sent a story."""

from core.outbox import register_outbox
from core.personal_data import register_provider
from workflow.roles import register_permissions

from . import emails, personal_data

register_provider(personal_data)
register_outbox(emails)
register_permissions(staff=["news.view_storysubmission"])
