"""The grants app's extension points: its feeds, listed with the site's other ways to follow it."""

from django.utils.translation import gettext_lazy as _

from core.subscribe import ATOM, RSS, register_link

register_link("grants_rss", _("Grant calls (RSS)"), RSS, _("KOMM Hub: grant calls (RSS)"))
register_link("grants_atom", _("Grant calls (Atom)"), ATOM, _("KOMM Hub: grant calls (Atom)"))
