import uuid

from django.conf import settings
from django.db import migrations

VOIVODESHIPS = [
    "dolnoslaskie",
    "kujawsko-pomorskie",
    "lubelskie",
    "lubuskie",
    "lodzkie",
    "malopolskie",
    "mazowieckie",
    "opolskie",
    "podkarpackie",
    "podlaskie",
    "pomorskie",
    "slaskie",
    "swietokrzyskie",
    "warminsko-mazurskie",
    "wielkopolskie",
    "zachodniopomorskie",
]
THEMES = [
    "integration",
    "education",
    "culture",
    "legal-aid",
    "humanitarian-aid",
    "anti-discrimination",
    "youth",
    "women",
    "labour",
    "health",
]


def create_reference_rows(apps, schema_editor):
    Voivodeship = apps.get_model("home", "Voivodeship")
    Theme = apps.get_model("home", "Theme")
    for code in VOIVODESHIPS:
        Voivodeship.objects.get_or_create(code=code)
    for code in THEMES:
        Theme.objects.get_or_create(code=code)


def create_homepage(apps, schema_editor):
    """Replace Wagtail's placeholder welcome page with the Polish home page and its site."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("home", "HomePage")

    page_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_type, slug="home", depth=2).delete()
    locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    homepage_type, _created = ContentType.objects.get_or_create(model="homepage", app_label="home")
    homepage = HomePage.objects.create(
        title="KOMM Hub",
        draft_title="KOMM Hub",
        slug="home",
        content_type=homepage_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        translation_key=uuid.uuid4(),
    )
    Site.objects.create(
        hostname="localhost", port=80, root_page=homepage, is_default_site=True, site_name="KOMM Hub"
    )


def remove_homepage(apps, schema_editor):
    apps.get_model("home", "HomePage").objects.filter(slug="home", depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_reference_rows, migrations.RunPython.noop),
        migrations.RunPython(create_homepage, remove_homepage),
    ]
