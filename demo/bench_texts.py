"""What the benchmark's pages say (see bench_data): texts in three languages drawn from
demo/data/bench_vocabulary.json, places, dates and the recipe of each kind of page."""

import json
import time
import uuid
from datetime import datetime, timedelta
from datetime import time as clock
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils.html import escape
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Locale, Page

from demo.images import demo_image
from demo.loader import load
from directory.models import SpokenLanguage, Theme, Voivodeship
from events.choices import Mode
from events.models import EventPage

ZONE = ZoneInfo("Europe/Warsaw")
# Shared images: enough to vary the pages, few enough to make quickly.
PHOTOS, LOGOS = 36, 12
PHOTO_FILTERS = ("fill-480x270", "fill-1200x630")
LOGO_FILTERS = ("max-160x80", "max-320x160")
words = load("bench_vocabulary")


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


def sentences_in(code, indexes):
    """The vocabulary's sentences at `indexes`: the same ones in every language."""
    return [words.sentences[code][index] for index in indexes]


def numbered_slug(title, recipe):
    """Titles drawn from the vocabulary repeat; the recipe's number keeps their slugs apart."""
    return f"{slugify(title, allow_unicode=True)}-{recipe['number']}"


def listed_texts(code, recipe, title, sentences, heading, body_from=2):
    """A listed page's texts in one language: the summary from the first two sentences, the body
    from `body_from` on; a recipe may fix the title and slug per language (the bench's named
    pages)."""
    return {
        "title": recipe.get("title", {}).get(code, title),
        "slug": recipe.get("slug", {}).get(code, numbered_slug(title, recipe)),
        "summary": " ".join(sentences_in(code, sentences[:2])),
        "heading": words.headings[code][heading],
        "body": sentences_in(code, sentences[body_from:]),
    }


def local(day, hour, zone=ZONE):
    return datetime.combine(day, clock(hour), zone)


class BenchTexts:
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

    def organisation_texts(self, recipe, code):
        kind, name, voivodeship, sentences = recipe["texts"]
        title = (
            f"{words.org_kinds[code][kind]} {words.org_names[code][name]} "
            f"({self.city(voivodeship, code)}) {recipe['number']}"
        )
        return {
            "title": title,
            "slug": slugify(title, allow_unicode=True),
            "summary": " ".join(sentences_in(code, sentences[:2])),
            "description": sentences_in(code, sentences[2:]),
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

    def event_texts(self, recipe, code):
        kind, topic, voivodeship, street, number, sentences, heading, agenda, venue = recipe[
            "texts"
        ]
        city = self.city(voivodeship, code)
        title = f"{words.event_kinds[code][kind]}: {words.topics[code][topic]} — {city}"
        in_person = recipe["mode"] != Mode.ONLINE
        return {
            **listed_texts(code, recipe, title, sentences, heading),
            "venue": f"{words.venues[code][venue]}, {city}" if in_person else "",
            "address": f"ul. {words.streets[street]} {number}\n{city}" if in_person else "",
            "agenda": [words.agenda[code][index] for index in agenda],
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

    def maybe_organisation(self, code):
        return self.rng.choice(self.organisations[code]) if self.rng.random() < 0.6 else None

    def grant_texts(self, recipe, code):
        programme, topic, sentences, heading = recipe["texts"]
        title = f"{words.programmes[code][programme]}: {words.topics[code][topic]}"
        return {
            **listed_texts(code, recipe, title, sentences, heading, body_from=3),
            "programme": words.programmes[code][programme],
            "eligibility": sentences_in(code, sentences[2:3]),
        }

    def story_texts(self, recipe, code):
        subject, voivodeship, sentences, heading = recipe["texts"]
        title = f"{words.story_subjects[code][subject]} — {self.city(voivodeship, code)}"
        return listed_texts(code, recipe, title, sentences, heading)
