"""Fill a database with a coalition site several years old, for `make bench`: 200 member
organisations, 2,000 events, 500 grant calls and 5,000 member stories (at `--scale 1`), on top of
the demo content.

Pages are written in bulk. Adding them one by one (treebeard's `add_child`, then
`save_revision().publish()`) costs about 0.4 s a page on a two-core machine, an hour for the
whole set. Here each batch gets consecutive tree paths after its parent's last child, the
base and specific rows are inserted in a few statements, then one revision per page (the same
serialised content `save_revision` stores), the live state, the parent's child count and the
search index. Routing, listings, search, the admin and later edits cannot tell these pages from
published ones; only Wagtail's reference index and the page history ("created", "published") are
left empty.

Half of each kind is written in Polish and a quarter each in Ukrainian and English, natively in
that language's tree (as a story sent by a Ukrainian member is). A few Polish pages, among them
the event the benchmark registers for, are translated into Ukrainian and English through
wagtail-localize, as translators do.

Everything is created in one transaction: if the dedicated registration event exists, the data
are complete and the command changes nothing.
"""

import json
import random
import time
import uuid
from datetime import datetime, timedelta
from datetime import time as clock
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import CharField, F, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Locale, Page, Revision
from wagtail.search.backends import get_search_backend

from demo.images import demo_image
from demo.loader import load
from demo.translate import fill_translation, pair_strings
from directory.models import (
    OrganisationIndexPage,
    OrganisationPage,
    SpokenLanguage,
    Theme,
    Voivodeship,
)
from events.choices import Mode
from events.models import EventIndexPage, EventPage
from grants.models import GrantIndexPage, GrantOpportunityPage
from home.models import CustomImage, CustomRendition
from news.models import MemberStoryPage, MemberStoryTag, NewsIndexPage

words = load("bench_vocabulary")
COUNTS = {"organisations": 200, "events": 2000, "grants": 500, "stories": 5000}
# Share of each kind written natively in each language; Polish takes the rest.
SHARES = {"uk": 0.25, "en": 0.25}
# Polish pages translated through wagtail-localize (the registration event comes on top).
TRANSLATED = {"organisations": 2, "events": 5, "grants": 3, "stories": 3}
PHOTOS, LOGOS = 36, 12
PHOTO_FILTERS = ("fill-480x270", "fill-1200x630")
LOGO_FILTERS = ("max-160x80", "max-320x160")
RSVP_SLUG = "bench-rsvp"
RSVP_CAPACITY = 10_000_000
BATCH = 500
ZONE = ZoneInfo("Europe/Warsaw")


def rich(texts):
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def blocks(heading, texts):
    """Body StreamField data: a heading, then the texts as two paragraphs."""
    half = len(texts) // 2 or 1
    return json.dumps(
        [
            {"type": "heading", "value": {"text": heading, "level": "h2"}, "id": str(uuid.uuid4())},
            {"type": "paragraph", "value": rich(texts[:half]), "id": str(uuid.uuid4())},
            {"type": "paragraph", "value": rich(texts[half:]), "id": str(uuid.uuid4())},
        ]
    )


def split(total):
    """Pages per language: a quarter each in Ukrainian and English (at least one), the rest in
    Polish."""
    counts = {code: max(1, round(total * share)) for code, share in SHARES.items()}
    return {"pl": max(1, total - sum(counts.values())), **counts}


def chunks(items, size=BATCH):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def local(day, hour, zone=ZONE):
    return datetime.combine(day, clock(hour), zone)


class Command(BaseCommand):
    help = "Create the benchmark's large dataset on top of the demo content (once)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=float,
            default=1.0,
            help="Multiply the number of pages (1: 2,000 events, 5,000 stories, ...).",
        )
        parser.add_argument("--seed", type=int, default=2026, help="Random seed.")

    def handle(self, *args, scale, seed, **options):
        if not 0 < scale <= 10:
            raise CommandError("--scale must be above 0 and at most 10.")
        started = time.perf_counter()
        if EventPage.objects.filter(slug=RSVP_SLUG).exists():
            self.stdout.write("Benchmark data are present already; nothing created.")
            self.report(started)
            return
        if not EventIndexPage.objects.exists():
            call_command("load_demo", accounts=True, stdout=self.stdout)
        self.rng = random.Random(seed)
        self.scale = scale
        self.now = timezone.now()
        self.today = timezone.localdate()
        self.serial = 0
        self.timings = {}
        with transaction.atomic():
            self.prepare()
            self.timed("organisations", self.build_organisations)
            self.timed("events", self.build_events)
            self.timed("grants", self.build_grants)
            self.timed("stories", self.build_stories)
            self.timed("translations (wagtail-localize)", self.translate_chosen)
        for phase, seconds in self.timings.items():
            self.stdout.write(f"  {phase:<34} {seconds:6.1f} s")
        self.report(started)

    def timed(self, phase, build):
        start = time.perf_counter()
        build()
        self.timings[phase] = time.perf_counter() - start

    def count(self, kind):
        return max(3, round(COUNTS[kind] * self.scale))

    def chosen(self, kind):
        return max(1, round(TRANSLATED[kind] * self.scale))

    def report(self, started):
        kinds = {
            "organisations": OrganisationPage,
            "events": EventPage,
            "grant calls": GrantOpportunityPage,
            "member stories": MemberStoryPage,
        }
        for label, model in kinds.items():
            by_language = {
                code: model.objects.live().filter(locale__language_code=code).count()
                for code in words.languages
            }
            total = sum(by_language.values())
            detail = ", ".join(f"{code} {number}" for code, number in by_language.items())
            self.stdout.write(f"{label}: {total} live ({detail})")
        self.stdout.write(
            f"images: {CustomImage.objects.count()}, renditions: {CustomRendition.objects.count()}"
        )
        self.stdout.write(f"Done in {time.perf_counter() - started:.1f} s.")

    # Shared material

    def prepare(self):
        start = time.perf_counter()
        self.locales = {code: Locale.objects.get(language_code=code) for code in words.languages}
        self.owner = get_user_model().objects.filter(username="editor").first()
        self.page_type = ContentType.objects.get_for_model(Page)
        self.voivodeships = list(Voivodeship.objects.all())
        self.themes = list(Theme.objects.all())
        self.spoken = list(SpokenLanguage.objects.all())
        self.tags = {
            code: [Tag.objects.get_or_create(name=name)[0] for name in names]
            for code, names in words.tags.items()
        }
        self.photos = [
            demo_image(
                f"Bench photo {number}",
                f"Generated photo {number}",
                credit=f"Fot. KOMM {number}",
                size=(640, 360),
            )
            for number in range(1, max(3, round(PHOTOS * min(self.scale, 1))) + 1)
        ]
        self.logos = [
            demo_image(
                f"Bench logo {number}",
                f"Generated logo {number}",
                size=(400, 200),
                label=f"KOMM {number}",
            )
            for number in range(1, max(3, round(LOGOS * min(self.scale, 1))) + 1)
        ]
        for image in self.photos:
            image.get_renditions(*PHOTO_FILTERS)
        for image in self.logos:
            image.get_renditions(*LOGO_FILTERS)
        self.timings["images and renditions"] = time.perf_counter() - start

    def parent(self, model, code):
        return model.objects.get(locale=self.locales[code])

    def next_number(self):
        self.serial += 1
        return self.serial

    def place(self):
        voivodeship = self.rng.choice(list(words.cities))
        return voivodeship, self.rng.randrange(len(words.streets)), self.rng.randint(1, 120)

    def city(self, voivodeship, code):
        return words.cities[voivodeship][words.languages.index(code)]

    def sentences(self, count):
        return self.rng.sample(range(len(words.sentences["pl"])), count)

    # Bulk insertion

    def insert_pages(self, parent, pages, published, relations=None):
        """Append `pages` (unsaved, of one model) under `parent` as published pages.

        `relations(pages)` runs once the pages have ids, to create their related rows, and
        returns for each page the serialised relations to store in its revision.
        """
        model = type(pages[0])
        last = parent.get_last_child()
        first_step = last._get_lastpos_in_path() + 1 if last else 1
        depth = parent.depth + 1
        for offset, (page, when) in enumerate(zip(pages, published, strict=True)):
            page.path = Page._get_path(parent.path, depth, first_step + offset)
            page.depth = depth
            page.numchild = 0
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.locale_id = parent.locale_id
            page.owner = self.owner
            page.draft_title = page.title
            page.live = True
            page.has_unpublished_changes = False
            page.first_published_at = page.last_published_at = when
            page.latest_revision_created_at = when
        # Serialised before the pages have ids, so that no relation is read from the database.
        contents = [page.serializable_data() for page in pages]
        base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
        rows = [
            Page(**{field.attname: getattr(page, field.attname) for field in base_fields})
            for page in pages
        ]
        Page.objects.bulk_create(rows, batch_size=BATCH)
        for page, row in zip(pages, rows, strict=True):
            page.id = page.page_ptr_id = row.pk
            page._state.adding = False
        # bulk_create refuses multi-table inheritance: the specific rows go in like save() would
        # insert them, a batch per statement.
        fields = model._meta.local_concrete_fields
        size = connection.ops.bulk_batch_size(fields, pages) or BATCH
        for batch in chunks(pages, min(size, BATCH)):
            model._base_manager._insert(batch, fields=fields)
        extra = relations(pages) if relations else [{}] * len(pages)
        revisions = []
        for page, content, more in zip(pages, contents, extra, strict=True):
            content.update(pk=page.pk, **more)
            revisions.append(
                Revision(
                    content_type_id=page.content_type_id,
                    base_content_type=self.page_type,
                    object_id=str(page.pk),
                    created_at=page.first_published_at,
                    user=self.owner,
                    object_str=page.title,
                    content=content,
                )
            )
        Revision.objects.bulk_create(revisions, batch_size=BATCH)
        revision = Revision.objects.filter(
            base_content_type=self.page_type, object_id=Cast(OuterRef("pk"), CharField())
        ).values("pk")[:1]
        for batch in chunks(pages):
            Page.objects.filter(pk__in=[page.pk for page in batch]).update(
                latest_revision=Subquery(revision), live_revision=Subquery(revision)
            )
        for page, revision in zip(pages, revisions, strict=True):
            page.latest_revision_id = page.live_revision_id = revision.pk
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
        parent.numchild += len(pages)
        backend = get_search_backend()
        for batch in chunks(pages):
            backend.add_bulk(model, batch)
        return pages

    def many_to_many(self, model, name, pairs):
        """Insert the through rows of a ParentalManyToManyField: (page, related object) pairs."""
        field = model._meta.get_field(name)
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        through.objects.bulk_create(
            [through(**{f"{source}_id": page.pk, f"{target}_id": obj.pk}) for page, obj in pairs],
            batch_size=BATCH,
        )

    # Organisations

    def organisation_texts(self, recipe, code):
        kind, name, voivodeship, sentences = recipe["texts"]
        title = (
            f"{words.org_kinds[code][kind]} {words.org_names[code][name]} "
            f"({self.city(voivodeship, code)}) {recipe['number']}"
        )
        return {
            "title": title,
            "slug": slugify(title, allow_unicode=True),
            "summary": " ".join(words.sentences[code][index] for index in sentences[:2]),
            "description": [words.sentences[code][index] for index in sentences[2:]],
        }

    def organisation_recipe(self):
        voivodeship = self.rng.choice(list(words.cities))
        texts = (
            self.rng.randrange(len(words.org_kinds["pl"])),
            self.rng.randrange(len(words.org_names["pl"])),
            voivodeship,
            self.sentences(5),
        )
        return {"number": self.next_number(), "texts": texts, "voivodeship": voivodeship}

    def build_organisations(self):
        self.organisations = {}
        self.recipes = {"events": {}, "grants": {}, "stories": {}}
        for code, total in split(self.count("organisations")).items():
            pages, published, recipes = [], [], []
            for _ in range(total):
                recipe = self.organisation_recipe()
                text = self.organisation_texts(recipe, code)
                page = OrganisationPage(
                    title=text["title"],
                    slug=text["slug"],
                    summary=text["summary"],
                    description=rich(text["description"]),
                    logo=self.rng.choice(self.logos) if self.rng.random() < 0.8 else None,
                    website=f"https://org{recipe['number']}.example.org/",
                    public_email=f"kontakt@org{recipe['number']}.example.org",
                    public_phone=f"+48 22 {recipe['number']:03d} 00 00",
                )
                regions = {recipe["voivodeship"], self.rng.choice(list(words.cities))}
                page.voivodeships = [v for v in self.voivodeships if v.code in regions]
                page.themes = self.rng.sample(self.themes, self.rng.randint(1, 3))
                page.languages = self.rng.sample(self.spoken, min(3, len(self.spoken)))
                pages.append(page)
                published.append(self.now - timedelta(days=self.rng.randint(30, 1500)))
                recipes.append(recipe)
            parent = self.parent(OrganisationIndexPage, code)

            def relations(saved):
                for name in ("voivodeships", "themes", "languages"):
                    pairs = [(page, obj) for page in saved for obj in getattr(page, name).all()]
                    self.many_to_many(OrganisationPage, name, pairs)
                return [{} for _page in saved]

            self.insert_pages(parent, pages, published, relations)
            self.organisations[code] = pages
            if code == "pl":
                chosen = self.chosen("organisations")
                self.translated_organisations = pages[:chosen]
                self.recipes["organisations"] = {
                    page.pk: recipe
                    for page, recipe in zip(pages[:chosen], recipes[:chosen], strict=True)
                }

    # Events

    def event_texts(self, recipe, code):
        kind, topic, voivodeship, street, number, sentences, heading, agenda, venue = recipe[
            "texts"
        ]
        city = self.city(voivodeship, code)
        title = f"{words.event_kinds[code][kind]}: {words.topics[code][topic]} — {city}"
        in_person = recipe["mode"] != Mode.ONLINE
        return {
            "title": recipe.get("title", {}).get(code, title),
            "slug": recipe.get("slug", {}).get(
                code, f"{slugify(title, allow_unicode=True)}-{recipe['number']}"
            ),
            "summary": " ".join(words.sentences[code][index] for index in sentences[:2]),
            "venue": f"{words.venues[code][venue]}, {city}" if in_person else "",
            "address": f"ul. {words.streets[street]} {number}\n{city}" if in_person else "",
            "agenda": [words.agenda[code][index] for index in agenda],
            "heading": words.headings[code][heading],
            "body": [words.sentences[code][index] for index in sentences[2:]],
        }

    def event_recipe(self, upcoming=None):
        voivodeship, street, number = self.place()
        upcoming = self.rng.random() < 0.4 if upcoming is None else upcoming
        days = self.rng.randint(1, 365) if upcoming else -self.rng.randint(1, 1000)
        texts = (
            self.rng.randrange(len(words.event_kinds["pl"])),
            self.rng.randrange(len(words.topics["pl"])),
            voivodeship,
            street,
            number,
            self.sentences(5),
            self.rng.randrange(len(words.headings["pl"])),
            sorted(self.rng.sample(range(len(words.agenda["pl"])), 3)),
            self.rng.randrange(len(words.venues["pl"])),
        )
        return {
            "number": self.next_number(),
            "texts": texts,
            "voivodeship": voivodeship,
            "mode": self.rng.choice(Mode.values),
            "start": local(self.today + timedelta(days=days), self.rng.randint(9, 18)),
            "hours": self.rng.choice([1, 2, 2, 3, 6]),
            "capacity": self.rng.choice([None, 20, 40, 60, 100]),
        }

    def event_page(self, recipe, code, organisation):
        text = self.event_texts(recipe, code)
        start = recipe["start"]
        end = start + timedelta(hours=recipe["hours"])
        online = recipe["mode"] != Mode.IN_PERSON
        agenda = [
            {
                "type": "item",
                "value": {"time": "", "title": title, "description": description},
                "id": str(uuid.uuid4()),
            }
            for title, description in text["agenda"]
        ]
        return EventPage(
            title=text["title"],
            slug=text["slug"],
            summary=text["summary"],
            start=start,
            end=end,
            time_zone="Europe/Warsaw",
            mode=recipe["mode"],
            venue=text["venue"],
            address=text["address"],
            voivodeship=recipe["voivodeship"],
            organisation_page=organisation,
            join_link=f"https://meet.example.org/bench-{recipe['number']}" if online else "",
            meeting_language=code,
            interpretation_available=recipe["number"] % 3 == 0,
            contact_email="wydarzenia@komm.example.org",
            capacity=recipe["capacity"],
            registration_closes_at=start if recipe["number"] % 2 else None,
            header_image=self.rng.choice(self.photos) if self.rng.random() < 0.8 else None,
            agenda=json.dumps(agenda),
            body=blocks(text["heading"], text["body"]),
        )

    def build_events(self):
        for code, total in split(self.count("events")).items():
            pages, published, recipes = [], [], []
            translate = self.chosen("events") + 1 if code == "pl" else 0
            for index in range(total):
                chosen = index < translate
                recipe = self.event_recipe(upcoming=True if chosen else None)
                if index == 0 and code == "pl":
                    recipe.update(
                        title={
                            "pl": "Spotkanie otwarte: test wydajności",
                            "uk": "Відкрита зустріч: тест продуктивності",
                            "en": "Open meeting: performance test",
                        },
                        slug={
                            lang: f"{RSVP_SLUG}{'' if lang == 'pl' else '-' + lang}"
                            for lang in words.languages
                        },
                        start=local(self.today + timedelta(days=400), 17),
                        capacity=RSVP_CAPACITY,
                        mode=Mode.ONLINE,
                    )
                if chosen:
                    organisation = self.rng.choice(self.translated_organisations)
                else:
                    organisation = self.maybe_organisation(code)
                page = self.event_page(recipe, code, organisation)
                if chosen:
                    page.registration_closes_at = None
                    if recipe["capacity"] == RSVP_CAPACITY:
                        page.header_image = self.photos[0]
                pages.append(page)
                published.append(min(self.now, recipe["start"] - timedelta(days=30)))
                recipes.append(recipe)
            self.insert_pages(self.parent(EventIndexPage, code), pages, published)
            if code == "pl":
                self.recipes["events"].update(
                    (page.pk, recipe)
                    for page, recipe in zip(pages[:translate], recipes[:translate], strict=True)
                )

    def maybe_organisation(self, code):
        return self.rng.choice(self.organisations[code]) if self.rng.random() < 0.6 else None

    # Grants

    def grant_texts(self, recipe, code):
        programme, topic, sentences, heading = recipe["texts"]
        title = f"{words.programmes[code][programme]}: {words.topics[code][topic]}"
        return {
            "title": title,
            "slug": f"{slugify(title, allow_unicode=True)}-{recipe['number']}",
            "programme": words.programmes[code][programme],
            "summary": " ".join(words.sentences[code][index] for index in sentences[:2]),
            "eligibility": [words.sentences[code][index] for index in sentences[2:3]],
            "heading": words.headings[code][heading],
            "body": [words.sentences[code][index] for index in sentences[3:]],
        }

    def build_grants(self):
        for code, total in split(self.count("grants")).items():
            pages, published, recipes = [], [], []
            translate = self.chosen("grants") if code == "pl" else 0
            for index in range(total):
                recipe = {
                    "number": self.next_number(),
                    "texts": (
                        self.rng.randrange(len(words.programmes["pl"])),
                        self.rng.randrange(len(words.topics["pl"])),
                        self.sentences(5),
                        self.rng.randrange(len(words.headings["pl"])),
                    ),
                }
                text = self.grant_texts(recipe, code)
                days = (
                    self.rng.randint(3, 200) if index < translate else self.rng.randint(-600, 200)
                )
                deadline = local(self.today + timedelta(days=days), 23)
                amount = self.rng.choice([5_000, 10_000, 20_000, 50_000, 100_000])
                nationwide = self.rng.random() < 0.6
                page = GrantOpportunityPage(
                    title=text["title"],
                    slug=text["slug"],
                    summary=text["summary"],
                    funder=self.rng.choice(words.funders),
                    programme=text["programme"],
                    amount_min=amount // 5,
                    amount_max=amount,
                    currency=self.rng.choice(["PLN", "PLN", "PLN", "EUR"]),
                    deadline=deadline,
                    time_zone="Europe/Warsaw",
                    eligibility=rich(text["eligibility"]),
                    nationwide=nationwide,
                    call_url=f"https://grants.example.org/call/{recipe['number']}",
                    contact_email="granty@komm.example.org",
                    looking_for_partners=self.rng.random() < 0.2,
                    body=blocks(text["heading"], text["body"]),
                )
                page.themes = self.rng.sample(self.themes, self.rng.randint(1, 3))
                page.voivodeships = (
                    [] if nationwide else self.rng.sample(self.voivodeships, self.rng.randint(1, 3))
                )
                pages.append(page)
                published.append(min(self.now, deadline - timedelta(days=60)))
                recipes.append(recipe)

            def relations(saved):
                for name in ("themes", "voivodeships"):
                    pairs = [(page, obj) for page in saved for obj in getattr(page, name).all()]
                    self.many_to_many(GrantOpportunityPage, name, pairs)
                return [{} for _page in saved]

            self.insert_pages(self.parent(GrantIndexPage, code), pages, published, relations)
            self.recipes["grants"].update(
                (page.pk, recipe)
                for page, recipe in zip(pages[:translate], recipes[:translate], strict=True)
            )

    # Stories

    def story_texts(self, recipe, code):
        subject, voivodeship, sentences, heading = recipe["texts"]
        title = f"{words.story_subjects[code][subject]} — {self.city(voivodeship, code)}"
        return {
            "title": title,
            "slug": f"{slugify(title, allow_unicode=True)}-{recipe['number']}",
            "summary": " ".join(words.sentences[code][index] for index in sentences[:2]),
            "heading": words.headings[code][heading],
            "body": [words.sentences[code][index] for index in sentences[2:]],
        }

    def build_stories(self):
        for code, total in split(self.count("stories")).items():
            pages, published, recipes, tags = [], [], [], []
            translate = self.chosen("stories") if code == "pl" else 0
            for index in range(total):
                voivodeship = self.rng.choice(list(words.cities))
                recipe = {
                    "number": self.next_number(),
                    "texts": (
                        self.rng.randrange(len(words.story_subjects["pl"])),
                        voivodeship,
                        self.sentences(6),
                        self.rng.randrange(len(words.headings["pl"])),
                    ),
                }
                text = self.story_texts(recipe, code)
                if index < translate:
                    organisation = self.rng.choice(self.translated_organisations)
                else:
                    organisation = self.maybe_organisation(code)
                date = self.today - timedelta(days=self.rng.randint(0, 1800))
                pages.append(
                    MemberStoryPage(
                        title=text["title"],
                        slug=text["slug"],
                        summary=text["summary"],
                        date=date,
                        organisation=organisation.title if organisation else "KOMM",
                        organisation_page=organisation,
                        voivodeship=voivodeship,
                        image=self.rng.choice(self.photos) if self.rng.random() < 0.85 else None,
                        body=blocks(text["heading"], text["body"]),
                    )
                )
                published.append(min(self.now, local(date, 10)))
                recipes.append(recipe)
                tags.append(self.rng.sample(self.tags[code], self.rng.randint(1, 3)))

            def relations(saved, tags=tags):
                rows = [
                    MemberStoryTag(content_object_id=page.pk, tag=tag)
                    for page, chosen in zip(saved, tags, strict=True)
                    for tag in chosen
                ]
                MemberStoryTag.objects.bulk_create(rows, batch_size=BATCH)
                by_page = {}
                for row in rows:
                    by_page.setdefault(row.content_object_id, []).append(
                        {"pk": row.pk, "tag": row.tag_id, "content_object": row.content_object_id}
                    )
                return [{"tagged_items": by_page[page.pk]} for page in saved]

            self.insert_pages(self.parent(NewsIndexPage, code), pages, published, relations)
            self.recipes["stories"].update(
                (page.pk, recipe)
                for page, recipe in zip(pages[:translate], recipes[:translate], strict=True)
            )

    # Translations through wagtail-localize

    def translate_chosen(self):
        """Translate the chosen Polish pages as a translator would, organisations first: the
        events and stories among them link to those organisations' translations."""
        kinds = [
            (OrganisationPage, "organisations", self.organisation_texts),
            (EventPage, "events", self.event_texts),
            (GrantOpportunityPage, "grants", self.grant_texts),
            (MemberStoryPage, "stories", self.story_texts),
        ]
        for model, kind, texts in kinds:
            for page in model.objects.filter(pk__in=self.recipes[kind]).order_by("pk"):
                recipe = self.recipes[kind][page.pk]
                for code in ("uk", "en"):
                    pairs = pair_strings(texts(recipe, "pl"), texts(recipe, code))
                    translation = fill_translation(
                        page,
                        self.locales[code],
                        lambda segment, text, pairs=pairs: pairs.get(text, text),
                    )
                    translation.save_target(user=self.owner, publish=True)
