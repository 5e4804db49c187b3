"""Build the demo coalition site: Polish pages, their Ukrainian and English translations made
through wagtail-localize, and demo accounts. Running it again changes nothing."""

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Locale, Site

from demo.accounts import build_accounts
from demo.images import demo_image
from demo.loader import agenda, load, materials, paragraphs, stream, when
from demo.translate import pair_strings, translate_page
from directory.models import (
    OrganisationIndexPage,
    OrganisationPage,
    SpokenLanguage,
    Theme,
    Voivodeship,
)
from directory.names import name_key
from events.models import EventIndexPage, EventPage
from grants.models import GrantIndexPage, GrantOpportunityPage
from home.models import Partner, StandardPage
from membership.applications import create_member_page
from membership.models import ApplicationPage, MembershipApplication
from news.models import MemberStoryPage, NewsIndexPage, StorySubmissionPage
from partnerships.models import (
    PartnerRequestFormPage,
    PartnerRequestPage,
    PartnerRequestSubmission,
    PartnershipIndexPage,
)
from workflow.roles import setup_roles

SOURCE = "pl"


content, organisations, membership = load("content"), load("organisations"), load("membership")
partnerships = load("partnerships")


def listed_texts(text):
    """What a list shows of a page (its title and summary), with its slug."""
    return {name: text[name] for name in ("title", "slug", "summary")}


def photo(kind, item):
    """An event's or a story's picture, named after it, with its photographer's credit."""
    title = item[SOURCE]["title"]
    return demo_image(f"{kind}: {title}", title, credit=item.get("photo_credit") or "")


class Command(BaseCommand):
    help = "Load the demo content in every configured language (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--accounts",
            action="store_true",
            help="Create the demo accounts even when DEBUG is off (never on a public server).",
        )

    def handle(self, *args, **options):
        self.created = 0
        self.today = timezone.localdate()
        self.locales = {
            code: Locale.objects.get_or_create(language_code=code)[0]
            for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        }
        self.targets = [code for code in self.locales if code != SOURCE and code in content.home]
        home = self.build_home()
        events_index = self.build_index(home, EventIndexPage, content.event_index)
        news_index = self.build_index(home, NewsIndexPage, content.news_index)
        grants_index = self.build_index(home, GrantIndexPage, content.grant_index)
        directory = self.build_index(home, OrganisationIndexPage, organisations.organisation_index)
        self.organisations = {
            item["key"]: self.build_organisation(directory, item)
            for item in organisations.organisations
        }
        application_page = self.build_form_page(home, ApplicationPage, membership.application_page)
        for item in content.standard_pages:
            cta_page = application_page if item["key"] == "join-contact" else events_index
            self.build_standard_page(home, item, cta_page)
        for item in content.events:
            self.build_event(events_index, item)
        for item in content.stories:
            self.build_story(news_index, item)
        self.build_form_page(news_index, StorySubmissionPage, content.story_submission)
        grants = {item["key"]: self.build_grant(grants_index, item) for item in content.grants}
        partners_index = self.build_index(
            home, PartnershipIndexPage, partnerships.partnership_index
        )
        request_form = self.build_form_page(
            partners_index, PartnerRequestFormPage, partnerships.request_form
        )
        for item in partnerships.requests:
            self.build_partner_request(partners_index, request_form, item, grants)
        self.build_applications(application_page, membership.applications)
        if settings.DEBUG or options["accounts"]:
            self.created += build_accounts(self.stdout)
        else:
            setup_roles()
        self.stdout.write(f"Demo content ready ({self.created} objects created).")

    # Pages

    def publish_new(self, parent, page, item):
        """Add and publish the Polish page, then its translations; skip what exists."""
        existing = parent.get_children().filter(slug=page.slug).first()
        if existing is None:
            with transaction.atomic():
                parent.add_child(instance=page)
                page.save_revision().publish()
            self.created += 1
            existing = page
        self.translate(existing.specific, item)
        return existing.specific

    def translate(self, page, item):
        for code in self.targets:
            if page.get_translations().filter(locale=self.locales[code]).exists():
                continue
            pairs = pair_strings(item[SOURCE], item[code])
            translate_page(page, self.locales[code], pairs)
            self.created += 1

    def build_home(self):
        site = Site.objects.get(is_default_site=True)
        if (site.hostname, site.port) == ("localhost", 80):
            # Feeds, the sitemap and the API link to the Site's address: make it the one served.
            address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
            site.hostname = address.hostname or "localhost"
            site.port = address.port or (443 if address.scheme == "https" else 80)
            site.save()
        home = site.root_page.specific
        item = {code: {**content.home[code], **content.footer[code]} for code in content.home}
        if not home.intro:
            text = item[SOURCE]
            home.title = text["title"]
            home.intro = paragraphs(text["intro"])
            home.search_description = text["search_description"]
            home.contact_email = content.footer["contact_email"]
            home.contact_phone = content.footer["phone"]
            home.contact_address = "\n".join(text["address"])
            home.footer_about = text["about"]
            home.funding_acknowledgement = text["funding_acknowledgement"]
            for number, partner in enumerate(content.partners):
                logo = demo_image(
                    f"Logo: {partner['name']}",
                    partner["name"],
                    size=(400, 160),
                    label=partner["name"][:18],
                )
                home.partners.add(
                    Partner(name=partner["name"], url=partner["url"], logo=logo, sort_order=number)
                )
            home.save_revision().publish()
            self.created += 1
        home.refresh_from_db()
        pairs_source = {
            code: {**value, "address": "\n".join(value["address"]), "slug": home.slug}
            for code, value in item.items()
        }
        for code in self.targets:
            pairs_source[code]["slug"] = f"{home.slug}-{code}"
        self.translate(home, pairs_source)
        return home

    def build_index(self, home, model, texts):
        text = texts[SOURCE]
        page = model(
            title=text["title"],
            slug=text["slug"],
            intro=paragraphs(text["intro"]),
            show_in_menus=True,
        )
        return self.publish_new(home, page, texts)

    def build_standard_page(self, home, item, cta_page):
        text = item[SOURCE]
        page = StandardPage(
            **listed_texts(text),
            body=stream(text["body"], cta_page),
            show_in_menus=True,
        )
        return self.publish_new(home, page, item)

    def build_event(self, index, item):
        text = item[SOURCE]
        zone = item["time_zone"]
        start = when(item["start"], self.today, zone)
        end = when(item["end"], self.today, zone)
        page = EventPage(
            **listed_texts(text),
            start=start,
            end=end,
            time_zone=zone,
            mode=item["mode"],
            venue=text["venue"],
            address=text["address"],
            voivodeship=item["voivodeship"] or "",
            join_link=item["join_link"],
            meeting_language=item["meeting_language"],
            interpretation_available=item["interpretation_available"],
            contact_email=item["contact_email"],
            capacity=item["capacity"],
            registration_closes_at=min(end, start + timedelta(hours=1)),
            header_image=photo("Event", item),
            agenda=agenda(text["agenda"]),
            body=stream(text["body"], index),
            organisation_page=self.organisation_of(organisations.event_organisations, item),
            report=paragraphs(text.get("report", [])),
            materials=materials(text.get("materials", [])),
            participant_count=item.get("participant_count"),
        )
        return self.publish_new(index, page, item)

    def organisation_of(self, links, item):
        key = links.get(item["key"])
        return self.organisations[key] if key else None

    def build_organisation(self, directory, item):
        text = item[SOURCE]
        logo = demo_image(
            f"Logo: {text['title']}", text["title"], size=(400, 200), label=text["title"][:18]
        )
        page = OrganisationPage(
            **listed_texts(text),
            description=paragraphs(text["description"]),
            logo=logo,
            website=item["website"],
            public_email=item["public_email"],
            public_phone=item["public_phone"],
        )
        page.voivodeships = Voivodeship.objects.filter(code__in=item["voivodeships"])
        page.themes = Theme.objects.filter(code__in=item["themes"])
        page.languages = SpokenLanguage.objects.filter(code__in=item["languages"])
        return self.publish_new(directory, page, item)

    def build_story(self, index, item):
        text = item[SOURCE]
        page = MemberStoryPage(
            **listed_texts(text),
            date=when(item["date"], self.today),
            organisation=item["organisation"],
            organisation_page=self.organisation_of(organisations.story_organisations, item),
            voivodeship=item["voivodeship"] or "",
            image=photo("Story", item),
            body=stream(text["body"], index),
        )
        page.tags.add(*item["tags"])
        return self.publish_new(index, page, item)

    def build_form_page(self, parent, model, texts):
        """A public form page: its title and slug, and its texts (intro, thank-you note and,
        for the application form, the declaration) as paragraphs."""
        text = texts[SOURCE]
        rich = {
            name: paragraphs(value) for name, value in text.items() if name not in ("title", "slug")
        }
        page = model(title=text["title"], slug=text["slug"], **rich)
        return self.publish_new(parent, page, texts)

    def build_applications(self, form_page, items):
        """Applications as if sent through the form, in their own language, without e-mails."""
        versions = {page.locale.language_code: page for page in form_page.get_translations(True)}
        for item in items:
            if MembershipApplication.objects.filter(email=item["email"]).exists():
                continue
            page = versions.get(item["language"], form_page)
            fields = {
                key: value
                for key, value in item.items()
                if key not in ("voivodeships", "themes", "languages", "submitted")
            }
            application = MembershipApplication.objects.create(
                **fields,
                page=page,
                form_key=page.translation_key,
                name_key=name_key(item["name"]),
                consent_text="Demo",
                declaration_text=strip_tags(page.declaration),
                form_data={},
            )
            submitted = when(item["submitted"], self.today)
            application.submit_time = timezone.now() - (self.today - submitted)
            if item["status"] != "new":
                application.decided_at = application.submit_time + timedelta(days=3)
            application.save()
            application.voivodeships.set(Voivodeship.objects.filter(code__in=item["voivodeships"]))
            application.themes.set(Theme.objects.filter(code__in=item["themes"]))
            application.languages.set(SpokenLanguage.objects.filter(code__in=item["languages"]))
            if item["status"] == "accepted":
                application.member_page = create_member_page(application)
                application.save(update_fields=["member_page"])
            self.created += 1

    def build_grant(self, index, item):
        text = item[SOURCE]
        page = GrantOpportunityPage(
            **listed_texts(text),
            funder=item["funder"],
            programme=text["programme"],
            amount_min=item["amount_min"],
            amount_max=item["amount_max"],
            currency=item["currency"],
            deadline=when(item["deadline"], self.today, item["time_zone"]),
            time_zone=item["time_zone"],
            eligibility=paragraphs(text["eligibility"]),
            nationwide=item["nationwide"],
            call_url=item["call_url"],
            contact_email=item["contact_email"],
            looking_for_partners=item["looking_for_partners"],
            body=stream(text["body"], index),
        )
        page.themes = Theme.objects.filter(code__in=item["themes"])
        page.voivodeships = Voivodeship.objects.filter(code__in=item["voivodeships"])
        return self.publish_new(index, page, item)

    def build_partner_request(self, index, form_page, item, grants):
        """A request as if sent through the form and published, with its sender kept apart."""
        text = item[SOURCE]
        page = PartnerRequestPage(
            title=text["title"],
            slug=text["slug"],
            grant_call=grants.get(item.get("grant")),
            call_name=item.get("call_name", ""),
            call_url=item.get("call_url", ""),
            call_deadline=when(item["call_deadline"], self.today)
            if "call_deadline" in item
            else None,
            project_idea=text["project_idea"],
            offer=text["offer"],
            partner_sought=text["partner_sought"],
            partner_type=item["partner_type"],
            nationwide=item["nationwide"],
            organisation=self.organisations[item["organisation"]].title,
            organisation_page=self.organisations[item["organisation"]],
            reply_by=when(item["reply_by"], self.today),
            state=item["state"],
        )
        page.themes = Theme.objects.filter(code__in=item["themes"])
        page.voivodeships = Voivodeship.objects.filter(code__in=item["voivodeships"])
        page.languages = SpokenLanguage.objects.filter(code__in=item["languages"])
        page = self.publish_new(index, page, item)
        contact = item["contact"]
        PartnerRequestSubmission.objects.get_or_create(
            request=page,
            defaults={
                "page": form_page,
                "form_key": form_page.translation_key,
                "language": contact["language"],
                "status": PartnerRequestSubmission.Status.PUBLISHED,
                "contact_name": contact["name"],
                "contact_email": contact["email"],
                "consent_text": "Demo",
                "decided_at": timezone.now(),
                "form_data": {},
            },
        )
        return page
