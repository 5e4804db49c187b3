"""Pages are found by Wagtail's own router again, a child at a time by its slug (answered by
the `komm_page_depth_path` index of migration 0006), not by `url_path`: its index is no longer
read, and would only slow down every page save."""

from django.db import migrations

INDEX = {
    "postgresql": "wagtailcore_page USING hash (url_path)",
    "sqlite": "wagtailcore_page (url_path)",
}


def drop(apps, schema_editor):
    schema_editor.execute("DROP INDEX IF EXISTS komm_page_url_path")


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor in INDEX:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS komm_page_url_path ON {INDEX[vendor]}")


class Migration(migrations.Migration):
    dependencies = [("home", "0007_cache_table")]

    operations = [migrations.RunPython(drop, create)]
