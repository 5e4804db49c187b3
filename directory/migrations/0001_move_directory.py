"""The directory's models were in `home`: only their state moves here, their tables stay (0002
renames them), and their content types are renamed so that pages, revisions,
translations, permissions and search entries keep pointing at them."""

import django.db.models.deletion
import home.permissions
import modelcluster.fields
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


MODELS = ["organisationindexpage", "organisationpage", "spokenlanguage", "theme", "voivodeship"]


def rename_content_types(apps, schema_editor):
    """Nothing to rename in a new database: its content types are created after migrating."""
    content_type = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        if not content_type.objects.filter(app_label="directory", model=model).exists():
            content_type.objects.filter(app_label="home", model=model).update(app_label="directory")


def keep_content_types(apps, schema_editor):
    content_type = apps.get_model("contenttypes", "ContentType")
    content_type.objects.filter(app_label="directory", model__in=MODELS).update(app_label="home")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('home', '0008_drop_url_path_index'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
            migrations.CreateModel(
                name='OrganisationIndexPage',
                fields=[
                    ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                    ('intro', wagtail.fields.RichTextField(blank=True, verbose_name='introduction')),
                ],
                options={
                    'verbose_name': 'member directory',
                    'db_table': 'home_organisationindexpage',
                },
                bases=(home.permissions.KommPageMixin, 'wagtailcore.page'),
            ),
            migrations.CreateModel(
                name='SpokenLanguage',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('code', models.CharField(max_length=12, unique=True, verbose_name='code')),
                    ('name', models.CharField(max_length=64, verbose_name='name')),
                ],
                options={
                    'verbose_name': 'spoken language',
                    'verbose_name_plural': 'spoken languages',
                    'db_table': 'home_spokenlanguage',
                    'ordering': ['name'],
                },
            ),
            migrations.CreateModel(
                name='Theme',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('code', models.CharField(choices=[('integration', 'Integration'), ('education', 'Education'), ('culture', 'Culture'), ('legal-aid', 'Legal aid'), ('humanitarian-aid', 'Humanitarian aid'), ('anti-discrimination', 'Anti-discrimination'), ('youth', 'Youth'), ('women', 'Women'), ('labour', 'Work and employment'), ('health', 'Health')], max_length=32, unique=True)),
                ],
                options={
                    'verbose_name': 'theme',
                    'verbose_name_plural': 'themes',
                    'db_table': 'home_theme',
                    'ordering': ['code'],
                },
            ),
            migrations.CreateModel(
                name='Voivodeship',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('code', models.CharField(choices=[('dolnoslaskie', 'Lower Silesian'), ('kujawsko-pomorskie', 'Kuyavian-Pomeranian'), ('lubelskie', 'Lublin'), ('lubuskie', 'Lubusz'), ('lodzkie', 'Łódź'), ('malopolskie', 'Lesser Poland'), ('mazowieckie', 'Masovian'), ('opolskie', 'Opole'), ('podkarpackie', 'Subcarpathian'), ('podlaskie', 'Podlaskie'), ('pomorskie', 'Pomeranian'), ('slaskie', 'Silesian'), ('swietokrzyskie', 'Holy Cross'), ('warminsko-mazurskie', 'Warmian-Masurian'), ('wielkopolskie', 'Greater Poland'), ('zachodniopomorskie', 'West Pomeranian')], max_length=32, unique=True)),
                ],
                options={
                    'verbose_name': 'voivodeship',
                    'verbose_name_plural': 'voivodeships',
                    'db_table': 'home_voivodeship',
                    'ordering': ['code'],
                },
            ),
            migrations.CreateModel(
                name='OrganisationPage',
                fields=[
                    ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                    ('summary', models.TextField(max_length=400, verbose_name='summary')),
                    ('description', wagtail.fields.RichTextField(blank=True, verbose_name='description')),
                    ('website', models.URLField(blank=True, verbose_name='website')),
                    ('public_email', models.EmailField(blank=True, help_text='Shown on the site: use a shared address.', max_length=254, verbose_name='public e-mail')),
                    ('public_phone', models.CharField(blank=True, max_length=40, verbose_name='public phone')),
                    ('logo', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='logo')),
                    ('languages', modelcluster.fields.ParentalManyToManyField(blank=True, help_text='Languages in which the organisation can talk to people.', related_name='+', to='directory.spokenlanguage', verbose_name='languages spoken')),
                    ('themes', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='directory.theme', verbose_name='themes')),
                    ('voivodeships', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='directory.voivodeship', verbose_name='voivodeships')),
                ],
                options={
                    'verbose_name': 'member organisation',
                    'verbose_name_plural': 'member organisations',
                    'db_table': 'home_organisationpage',
                },
                bases=(home.permissions.KommPageMixin, 'wagtailcore.page'),
            ),
            ],
        ),
        migrations.RunPython(rename_content_types, keep_content_types),
    ]
