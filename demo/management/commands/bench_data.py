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

import random
import time
from datetime import timedelta

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from demo.bench_texts import BenchTexts, blocks, local, rich, words
from demo.bulk_pages import BATCH, BulkPages
from demo.translate import fill_translation, pair_strings
from directory.models import (
    OrganisationIndexPage,
    OrganisationPage,
)
from events.choices import Mode
from events.models import EventIndexPage, EventPage
from grants.models import GrantIndexPage, GrantOpportunityPage
from home.models import CustomImage, CustomRendition
from news.models import MemberStoryPage, MemberStoryTag, NewsIndexPage

COUNTS = {"organisations": 200, "events": 2000, "grants": 500, "stories": 5000}
# Share of each kind written natively in each language; Polish takes the rest.
SHARES = {"uk": 0.25, "en": 0.25}
# Polish pages translated through wagtail-localize (the registration event comes on top).
TRANSLATED = {"organisations": 2, "events": 5, "grants": 3, "stories": 3}
RSVP_SLUG = "bench-rsvp"
RSVP_CAPACITY = 10_000_000


def split(total):
    """Pages per language: a quarter each in Ukrainian and English (at least one), the rest in
    Polish."""
    counts = {code: max(1, round(total * share)) for code, share in SHARES.items()}
    return {"pl": max(1, total - sum(counts.values())), **counts}


class Command(BenchTexts, BulkPages, BaseCommand):
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

    def parent(self, model, code):
        return model.objects.get(locale=self.locales[code])

    # Bulk insertion

    # Organisations

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

    # Grants

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
