from wagtail.models import Locale
from wagtail_localize.views.submit_translations import SubmitPageTranslationView


class SubmitPageTranslationInOwnLanguagesView(SubmitPageTranslationView):
    """wagtail-localize offers every locale; here a person may only create a translation where
    they could add the page by hand, so a translator cannot write into another language's tree."""

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
                target_parent.permissions_for_user(self.request.user).can_add_subpage()
            ):
                allowed.append(locale.pk)
        return allowed
