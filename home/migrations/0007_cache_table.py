"""The table of the database cache, used when no Redis is configured (settings.base): made
whatever the current settings say, so that a site can drop Redis later without a step of its
own."""

from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations

TABLE = "komm_cache"


def create(apps, schema_editor):
    command = CreateCacheTable()
    command.verbosity = 0
    command.create_table(schema_editor.connection.alias, TABLE, dry_run=False)


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(TABLE)}")


class Migration(migrations.Migration):
    dependencies = [("home", "0006_lookup_indexes")]

    operations = [migrations.RunPython(create, drop)]
