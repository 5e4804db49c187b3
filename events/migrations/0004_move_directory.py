"""The organisation page model moved to the `directory` app; its table, and so this column's
foreign key, did not change."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0001_move_directory"),
        ("events", "0003_listing_order_indexes"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="eventpage",
                    name="organisation_page",
                    field=models.ForeignKey(
                        blank=True,
                        help_text="A coalition member that organises the event, if any.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="events",
                        to="directory.organisationpage",
                        verbose_name="organised by",
                    ),
                ),
            ],
        ),
    ]
