"""The organisation page model moved to the `directory` app; its table, and so this column's
foreign key, did not change."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0001_move_directory"),
        ("news", "0004_listing_order_indexes"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="memberstorypage",
                    name="organisation_page",
                    field=models.ForeignKey(
                        blank=True,
                        help_text="Link the story to the organisation's page in the member directory.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="stories",
                        to="directory.organisationpage",
                        verbose_name="member organisation page",
                    ),
                ),
            ],
        ),
    ]
