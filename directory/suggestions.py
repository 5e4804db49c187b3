"""Member organisations to suggest as partners for a grant call or a partner request: those
whose themes and voivodeships match best, with what they share as the reasons shown.

One query ranks every organisation of the language in the database (shared themes count double,
since a partner is chosen for its work first), and two more read the shared themes and places of
the few suggested, whatever the size of the directory."""

from django.db.models import Count, F, IntegerField, Prefetch, Q, Value

from .models import OrganisationPage, Theme, Voivodeship

LIMIT = 5


def matches(relation, ids):
    """How many of `ids` an organisation has in `relation`; an empty list matches nothing
    (a filter on an empty list would empty the whole query instead)."""
    if not ids:
        return Value(0, output_field=IntegerField())
    return Count(relation, filter=Q(**{f"{relation}__in": ids}), distinct=True)


def suggested_partners(locale, themes, voivodeships, exclude_keys=(), limit=LIMIT):
    """Up to `limit` live public organisations in `locale`, best first. `themes` and
    `voivodeships` are what the call or request is about (querysets or lists of rows; no
    voivodeships for a nationwide call); organisations whose translation key is in
    `exclude_keys` (the one asking) are left out. Each has `shared_themes` and
    `shared_voivodeships`, the rows behind its reasons."""
    theme_ids = [theme.pk for theme in themes]
    place_ids = [place.pk for place in voivodeships]
    if not theme_ids and not place_ids:
        return []
    ranked = (
        OrganisationPage.objects.live()
        .public()
        .filter(locale=locale)
        .exclude(translation_key__in=exclude_keys)
        .annotate(
            theme_matches=matches("themes", theme_ids),
            place_matches=matches("voivodeships", place_ids),
        )
        .annotate(score=2 * F("theme_matches") + F("place_matches"))
        .filter(score__gt=0)
        .order_by("-score", "title", "pk")
        .only("title", "url_path", "locale", "slug", "depth", "path")
        .prefetch_related(
            Prefetch(
                "themes",
                Theme.objects.filter(pk__in=theme_ids).order_by("code"),
                to_attr="shared_themes",
            ),
            Prefetch(
                "voivodeships",
                Voivodeship.objects.filter(pk__in=place_ids).order_by("code"),
                to_attr="shared_voivodeships",
            ),
        )
    )
    return list(ranked[:limit])
