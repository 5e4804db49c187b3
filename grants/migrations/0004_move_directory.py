"""Themes and voivodeships moved to the `directory` app; their tables, and so these relations,
did not change."""

import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0001_move_directory"),
        ("grants", "0003_listing_order_indexes"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="grantopportunitypage",
                    name="themes",
                    field=modelcluster.fields.ParentalManyToManyField(
                        blank=True, to="directory.theme", verbose_name="themes"
                    ),
                ),
                migrations.AlterField(
                    model_name="grantopportunitypage",
                    name="voivodeships",
                    field=modelcluster.fields.ParentalManyToManyField(
                        blank=True,
                        help_text="Only for calls limited to some voivodeships.",
                        to="directory.voivodeship",
                        verbose_name="voivodeships",
                    ),
                ),
            ],
        ),
    ]
