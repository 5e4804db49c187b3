"""What every app's factories share (factory_boy with wagtail-factories), so that no test leans
on the demo's slugs and titles. Each app's factories stand beside its tests, in
tests/<app>/factories.py: `EventPageFactory(capacity=3)` (tests/events/factories.py) builds and
publishes an event under the events page of its language (`language="uk"`), with defaults for
the rest.

The demo site is still loaded for every test (tests/conftest.py): it provides the tree (a home
page and one index page per section in each language) that these pages are published into.
"""

import json
from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Collection, Locale

from demo.translate import fill_translation
from directory.models import Theme, Voivodeship
from home.models import CustomImage, HomePage


def index_page(model, language="pl"):
    """The page of type `model` that each language tree has one of: its home page, a section's
    index page, a public form."""
    return model.objects.get(locale__language_code=language)


def home_page(language="pl"):
    return index_page(HomePage, language)


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def paragraphs(text):
    return json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"}])


def soon(days=3):
    return (timezone.now() + timedelta(days=days)).replace(second=0, microsecond=0)


class ImageFactory(wagtail_factories.ImageFactory):
    """A picture in the root collection, where an editor's upload goes, with its credit:
    `ImageFactory(credit="Fot. Anna Nowak")`."""

    class Meta:
        model = CustomImage

    title = factory.Sequence(lambda n: f"Zdjęcie testowe nr {n}")
    file = factory.django.ImageField(width=1200, height=630, color="#1d6b35")
    collection = factory.LazyFunction(Collection.get_first_root_node)


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page published through a revision, as an editor would, under `parent`: by default the
    page of its first parent type in `language` (the section page of its type, or the home
    page), as an editor adds it. `live=False` leaves it a draft with a revision. Its title is
    numbered, so that no two pages of a test share one; its summary does not repeat the title,
    so that a test which renames a page finds the old title nowhere."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    class Params:
        language = "pl"

    title = factory.Sequence(lambda n: f"Strona testowa nr {n}")
    slug = factory.Sequence(lambda n: f"test-page-{n}")
    summary = factory.Sequence(lambda n: f"Krótki opis strony testowej nr {n}.")

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        if kwargs["parent"] is None:
            parent_type = cls._meta.model.allowed_parent_page_models()[0]
            kwargs["parent"] = index_page(parent_type, kwargs["language"])
        return kwargs

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        if create:
            revision = page.save_revision()
            if page.live:
                revision.publish()
            page.refresh_from_db()


def codes(model, field):
    return factory.LazyAttribute(
        lambda page: list(model.objects.filter(code__in=getattr(page, field)))
    )


class TaggedPageFactory(PublishedPageFactory):
    """A page tagged by vocabulary codes: `theme_codes=["health"]`,
    `voivodeship_codes=["lubelskie"]`."""

    class Meta:
        abstract = True

    class Params:
        theme_codes = ()
        voivodeship_codes = ()

    themes = codes(Theme, "theme_codes")
    voivodeships = codes(Voivodeship, "voivodeship_codes")


def versions_of(page):
    """Every language version of `page`, as stored now, by language code."""
    versions = page.get_translations(inclusive=True).select_related("locale").specific()
    return {version.locale.language_code: version for version in versions}


def translated(page, languages=("uk", "en")):
    """`page` translated into `languages` and published: every version by language code.
    Called inside django_capture_on_commit_callbacks(execute=True), like `translate`; the
    translations are published as that block ends, after they were read here, so a test that
    needs their live state reads them again then (`versions_of`, as `translated_page` does)."""
    for language in languages:
        translate(page, language)
    return versions_of(page)


def translate(page, language, prefix=None):
    """Translate every string of `page` into `language` with wagtail-localize and publish it.

    Callers inside a test transaction wrap this in django_capture_on_commit_callbacks, since
    wagtail-localize publishes on commit.
    """
    locale = Locale.objects.get(language_code=language)
    prefix = prefix if prefix is not None else f"{language.upper()}: "

    def marked(segment, text):
        return f"{text}-{language}" if segment.context.path == "slug" else prefix + text

    translation = fill_translation(page, locale, marked)
    translation.save_target(publish=True)
    return translation
