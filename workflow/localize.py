"""wagtail-localize's admin views, narrowed to each translator's own languages."""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.views.pages.revisions import RevisionsCompareView
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation
from wagtail_localize.views.edit_translation import user_can_edit_instance
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import (
    UpdateTranslationsForm,
    UpdateTranslationsView,
)

from .permissions import KommPagePermissionTester


class SubmitPageTranslationInOwnLanguagesView(SubmitPageTranslationView):
    """wagtail-localize offers every locale; here a person may only create a translation where
    their group may add pages, so a translator cannot write into another language's tree. Only
    a live page is translated: a story still in review must not reach another language before
    the moderators approve it."""

    def dispatch(self, request, *args, **kwargs):
        page = get_object_or_404(Page, id=kwargs["page_id"])
        if not page.live:
            messages.error(request, _("Only a published page can be translated."))
            return redirect("wagtailadmin_explore", page.get_parent().pk)
        return super().dispatch(request, *args, **kwargs)

    def get_form(self):
        form = super().get_form()
        form.fields["locales"].queryset = form.fields["locales"].queryset.filter(
            pk__in=self.writable_locale_ids()
        )
        return form

    def writable_locale_ids(self):
        parent = self.object.get_parent().specific
        allowed = []
        for locale in Locale.objects.all():
            target_parent = parent if parent.is_root() else parent.get_translation_or_none(locale)
            if target_parent is not None and (
                KommPagePermissionTester(
                    self.request.user, target_parent
                ).can_add_translation_here()
            ):
                allowed.append(locale.pk)
        return allowed


class SourceRevisionsCompareView(RevisionsCompareView):
    """Wagtail's comparison of two revisions, also open to the translators of the page (see
    KommPagePermissionTester.can_compare_source_revisions); links to editing are shown only to
    people who may edit it."""

    def get_object(self, queryset=None):
        page = get_object_or_404(Page, id=self.pk).specific
        permissions = KommPagePermissionTester(self.request.user, page)
        if not permissions.can_compare_source_revisions():
            raise PermissionDenied
        self.may_edit = permissions.can_edit()
        return page

    def get_edit_url(self):
        return super().get_edit_url() if self.may_edit else None

    def get_history_url(self):
        return super().get_history_url() if self.may_edit else None


class UpdateTranslationsInOwnLanguagesView(UpdateTranslationsView):
    """wagtail-localize lets anyone who may submit translations sync a source into every
    language and publish them all. Here bringing the source up to date (so the translation
    editor shows what changed) is open to people who may edit the source or one of its
    translations; publishing or machine-translating the translations only to people who may
    do that in every one of them."""

    def dispatch(self, request, *args, **kwargs):
        source = self.get_object()
        targets = list(translated_instances(source))
        user = request.user
        if not any(
            user_can_edit_instance(user, instance)
            for instance in [source.get_source_instance(), *targets]
        ):
            raise PermissionDenied
        form = UpdateTranslationsForm(request.POST) if request.method == "POST" else None
        wanted = form.cleaned_data if form is not None and form.is_valid() else {}
        if wanted.get("use_machine_translation") and not all(
            user_can_edit_instance(user, target) for target in targets
        ):
            raise PermissionDenied
        if wanted.get("publish_translations") and not all(
            may_publish(user, target) for target in targets
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def translated_instances(source):
    for translation in source.translations.filter(enabled=True).select_related(
        "source", "target_locale"
    ):
        try:
            yield translation.get_target_instance()
        except ObjectDoesNotExist:
            continue


def may_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    return user_can_edit_instance(user, instance)


@require_POST
def stop_translation(request, translation_id):
    """wagtail-localize's "Stop translation" opens Wagtail's own editor for the page, with the
    locked fields in it: only for people who may change those (see can_leave_translation)."""
    translation = get_object_or_404(Translation, id=translation_id)
    page = translation.get_target_instance()
    if not isinstance(page, Page) or not (
        KommPagePermissionTester(request.user, page.specific).can_leave_translation()
    ):
        raise PermissionDenied
    return edit_translation.stop_translation(request, translation_id)


def convert_to_alias(request, page_id):
    """No page is an alias of another language: an alias serves Polish text under /uk/."""
    raise PermissionDenied
