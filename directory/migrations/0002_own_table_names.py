"""The directory's tables take its own name: 0001 moved only the models' state out of `home`,
and their tables kept `home_` names. Renamed in place, with the organisation pages'
many-to-many tables; the foreign keys of other apps' tables (stories, grants, events) follow."""

from django.db import migrations

TABLES = [
    "organisationindexpage",
    "organisationpage",
    "organisationpage_languages",
    "organisationpage_themes",
    "organisationpage_voivodeships",
    "spokenlanguage",
    "theme",
    "voivodeship",
]
MODELS = ["organisationindexpage", "organisationpage", "spokenlanguage", "theme", "voivodeship"]


def rename(old, new):
    def operation(apps, schema_editor):
        sqlite = schema_editor.connection.vendor == "sqlite"
        if sqlite:
            # Django's SQLite schema editor renames in SQLite's legacy mode, which leaves other
            # tables' foreign keys naming the old table (PostgreSQL follows the table itself).
            schema_editor.execute("PRAGMA legacy_alter_table = OFF")
        for table in TABLES:
            schema_editor.execute(
                f"ALTER TABLE {schema_editor.quote_name(f'{old}_{table}')}"
                f" RENAME TO {schema_editor.quote_name(f'{new}_{table}')}"
            )
        if sqlite:
            schema_editor.execute("PRAGMA legacy_alter_table = ON")

    return operation


class Migration(migrations.Migration):

    # After every app's own move: until then, their migrations name the tables by `home` models.
    dependencies = [
        ("directory", "0001_move_directory"),
        ("events", "0004_move_directory"),
        ("grants", "0004_move_directory"),
        ("home", "0009_move_directory"),
        ("news", "0005_move_directory"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterModelTable(name=model, table=None) for model in MODELS
            ],
            database_operations=[
                migrations.RunPython(rename("home", "directory"), rename("directory", "home")),
            ],
        )
    ]
