"""The directory's models now live in the `directory` app: removed from this app's state only."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0004_move_directory"),
        ("grants", "0004_move_directory"),
        ("home", "0008_drop_url_path_index"),
        ("news", "0005_move_directory"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name="organisationpage",
                    name="languages",
                ),
                migrations.RemoveField(
                    model_name="organisationpage",
                    name="logo",
                ),
                migrations.RemoveField(
                    model_name="organisationpage",
                    name="page_ptr",
                ),
                migrations.RemoveField(
                    model_name="organisationpage",
                    name="themes",
                ),
                migrations.RemoveField(
                    model_name="organisationpage",
                    name="voivodeships",
                ),
                migrations.DeleteModel(
                    name="OrganisationIndexPage",
                ),
                migrations.DeleteModel(
                    name="SpokenLanguage",
                ),
                migrations.DeleteModel(
                    name="Theme",
                ),
                migrations.DeleteModel(
                    name="OrganisationPage",
                ),
                migrations.DeleteModel(
                    name="Voivodeship",
                ),
            ],
        ),
    ]
