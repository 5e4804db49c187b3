"""Indexes for the lookups that Wagtail's own tables leave to a full scan.

Routing finds a page by its `url_path` (HomePage.route), which Wagtail does not index: with
thousands of stories each request scanned every page of its language. Menus and listings ask
for the children of a page (`depth` and a `path` range), which the `path` index alone answers
by reading the whole subtree. The url_path index is a hash index on PostgreSQL, since a path
can outgrow a B-tree entry. Search matches the title and body of each index entry together
(the `komm_unaccent` configuration of migration 0003), which only an index on that very
expression answers.
"""

from django.db import migrations

INDEXES = {
    "komm_page_url_path": {
        "postgresql": "wagtailcore_page USING hash (url_path)",
        "sqlite": "wagtailcore_page (url_path)",
    },
    "komm_page_depth_path": {
        "postgresql": "wagtailcore_page (depth, path)",
        "sqlite": "wagtailcore_page (depth, path)",
    },
    "komm_search_document": {"postgresql": "wagtailsearch_indexentry USING gin ((title || body))"},
}


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for name, definitions in INDEXES.items():
        if vendor in definitions:
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definitions[vendor]}")


def drop(apps, schema_editor):
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_spoken_languages"),
        ("wagtailcore", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
