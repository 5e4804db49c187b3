"""The stories app's extension points: its personal data, its e-mail outbox, the staff's
permission to see who sent a story, and its feeds."""

from django.utils.translation import gettext_lazy as _

from core.outbox import register_outbox
from core.personal_data import register_provider
from core.subscribe import ATOM, RSS, register_link
from workflow.roles import register_permissions

from . import emails, personal_data

register_provider(personal_data)
register_outbox(emails)
register_permissions(staff=["news.view_storysubmission"])
register_link("stories_rss", _("Member stories (RSS)"), RSS, _("KOMM Hub: member stories (RSS)"))
register_link(
    "stories_atom", _("Member stories (Atom)"), ATOM, _("KOMM Hub: member stories (Atom)")
)
