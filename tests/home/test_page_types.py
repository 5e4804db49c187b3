"""Every page type, in every language: routable, renderable, editable, previewable, in its place."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail_localize.models import Translation

from directory.models import OrganisationIndexPage, OrganisationPage
from events.models import EventIndexPage, EventPage
from grants.models import GrantIndexPage, GrantOpportunityPage
from home.models import HomePage, StandardPage
from membership.models import ApplicationPage
from news.models import MemberStoryPage, NewsIndexPage, StorySubmissionPage
from partnerships.models import PartnerRequestFormPage, PartnerRequestPage, PartnershipIndexPage
from tests.admin_forms import edit_form_data
from tests.page_types import PAGE_TYPES, live_versions


class PageTypeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.versions = [live_versions(model, cls.captureOnCommitCallbacks) for model in PAGE_TYPES]

    def pages(self):
        """A live page of every type in every language, with its language code."""
        return [
            (language, page) for versions in self.versions for language, page in versions.items()
        ]

    def assertRoutesTo(self, page):
        """Wagtail's assertPageIsRoutable ignores i18n_patterns prefixes; route through them."""
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200, page.url)
        self.assertEqual(response.context["page"].pk, page.pk)

    def test_every_page_is_routable_and_renderable(self):
        for _language, page in self.pages():
            with self.subTest(page=page.url):
                self.assertRoutesTo(page)
                self.assertPageIsRenderable(page)

    def test_every_source_page_is_editable_and_previewable(self):
        user = self.create_superuser("source-editor")
        for language, page in self.pages():
            if language != "pl":
                continue
            with self.subTest(page=page.url):
                self.client.force_login(user)
                edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
                data = edit_form_data(self.client, page, edit_url)
                self.assertPageIsEditable(page, post_data=data, user=user)
                self.assertPageIsPreviewable(page, post_data=data, user=user)

    def test_every_translated_page_opens_in_the_translation_editor(self):
        """wagtail-localize replaces the edit form of a translation with its own editor."""
        self.client.force_login(self.create_superuser("translation-admin"))
        for language, page in self.pages():
            if language == "pl":
                continue
            with self.subTest(page=page.url):
                response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "js-translation-editor", msg_prefix=page.url)
                translation = Translation.objects.get(
                    source__object_id=page.translation_key, target_locale=page.locale
                )
                preview = self.client.get(
                    reverse("wagtail_localize:preview_translation", args=[translation.pk])
                )
                self.assertEqual(preview.status_code, 200)
                self.assertContains(preview, escape(page.title))

    def test_public_url_carries_the_language_prefix(self):
        for language, page in self.pages():
            with self.subTest(page=page.url):
                self.assertTrue(page.url.startswith(f"/{language}/"), page.url)

    def test_every_page_type_has_a_listing_card(self):
        for _language, page in self.pages():
            with self.subTest(page=page.url):
                html = render_to_string(page.card_template, {"item": page})
                self.assertIn(f'href="{page.url}"', html)
                self.assertIn(escape(page.title), html)

    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                EventIndexPage,
                NewsIndexPage,
                GrantIndexPage,
                OrganisationIndexPage,
                ApplicationPage,
                PartnershipIndexPage,
            },
        )
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage, ApplicationPage})
        self.assertAllowedParentPageTypes(ApplicationPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {MemberStoryPage, StorySubmissionPage})
        self.assertAllowedSubpageTypes(GrantIndexPage, {GrantOpportunityPage})
        self.assertAllowedSubpageTypes(OrganisationIndexPage, {OrganisationPage})
        self.assertAllowedParentPageTypes(OrganisationPage, {OrganisationIndexPage})
        self.assertAllowedSubpageTypes(
            PartnershipIndexPage, {PartnerRequestPage, PartnerRequestFormPage}
        )
        self.assertAllowedParentPageTypes(PartnerRequestPage, {PartnershipIndexPage})
        self.assertAllowedParentPageTypes(PartnerRequestFormPage, {PartnershipIndexPage})
        leaves = (
            EventPage,
            MemberStoryPage,
            StorySubmissionPage,
            GrantOpportunityPage,
            ApplicationPage,
            PartnerRequestPage,
            PartnerRequestFormPage,
        )
        for leaf in (*leaves, OrganisationPage):
            self.assertAllowedSubpageTypes(leaf, set())
        self.assertCanNotCreateAt(HomePage, EventPage)
        self.assertCanNotCreateAt(EventIndexPage, MemberStoryPage)

    def test_one_index_of_each_kind_per_language_tree(self):
        indexes = (EventIndexPage, NewsIndexPage, GrantIndexPage, OrganisationIndexPage)
        for model in (*indexes, ApplicationPage):
            for language, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
                home = HomePage.objects.filter(locale__language_code=language).first()
                if home is None:
                    continue
                with self.subTest(model=model.__name__, language=language):
                    self.assertFalse(model.can_create_at(home))
