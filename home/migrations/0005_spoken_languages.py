from django.db import migrations

# Languages of Poland's national and ethnic minorities and of its largest migrant communities,
# each named in itself.
LANGUAGES = [
    ("pl", "polski"),
    ("uk", "українська"),
    ("en", "English"),
    ("be", "беларуская"),
    ("ru", "русский"),
    ("de", "Deutsch"),
    ("lt", "lietuvių"),
    ("sk", "slovenčina"),
    ("cs", "čeština"),
    ("hy", "հայերեն"),
    ("ka", "ქართული"),
    ("vi", "Tiếng Việt"),
    ("rom", "romani čhib"),
    ("csb", "kaszëbsczi"),
    ("rue", "лемківскый"),
    ("tt", "татарча"),
    ("yi", "ייִדיש"),
    ("he", "עברית"),
    ("ce", "нохчийн"),
    ("ar", "العربية"),
    ("tr", "Türkçe"),
    ("es", "español"),
    ("fr", "français"),
    ("zh", "中文"),
    ("hi", "हिन्दी"),
    ("kk", "қазақ тілі"),
    ("uz", "oʻzbekcha"),
    ("tg", "тоҷикӣ"),
]


def create(apps, schema_editor):
    SpokenLanguage = apps.get_model("home", "SpokenLanguage")
    for code, name in LANGUAGES:
        SpokenLanguage.objects.get_or_create(code=code, defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("home", "0004_member_directory")]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
