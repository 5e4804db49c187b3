"""What page apps build on: the translation settings of a page's fields, the listing index
base and the public form page (on the public forms' flow, core.public_forms; its shared
submissions list, form builder questions translated per language). What the forms keep about
people is in home.submissions. Nothing here imports a page app."""

from django.apps import apps
from django.db import models
from django.utils.cache import add_never_cache_headers
from django.utils.functional import SimpleLazyObject
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.contrib.forms.models import AbstractFormField, FormMixin
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.public_forms import handle_form

from .blocks import RICH_TEXT_FEATURES
from .forms import PublicFormPageForm
from .permissions import KommPageMixin


def optional_link(to, verbose_name, related_name="+", **options):
    """A link a page or record may leave empty, emptied when what it points to is deleted (a
    picture, an organiser, the person who decided), so that deleting one never deletes the
    other."""
    return models.ForeignKey(
        to,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name=related_name,
        **options,
    )


def form_used():
    """A submission's link to the language version of the form it was sent through, kept
    (emptied) if that page is deleted: the submission belongs to the form in every language."""
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("form used"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


def submission_data(submission, *names, **values):
    """A submission's row in its admin list and export (Wagtail's `get_data`): the answers to
    the editors' questions first and the standard columns after them, so that an extra
    question can never stand in for one; a field with choices shows its label."""
    data = {**submission.form_data, "submit_time": submission.submit_time}
    for name in names:
        if submission._meta.get_field(name).choices:
            data[name] = getattr(submission, f"get_{name}_display")()
        else:
            data[name] = getattr(submission, name)
    return {**data, **values}


def translation_fields(translatable=(), synchronised=(), locked=()):
    """Say for every field whether translators translate it or it follows the source.

    `locked` fields (times, private links) follow the source and cannot be overridden per
    language, so that all language versions describe the same meeting.
    """
    return [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        *(TranslatableField(name) for name in translatable),
        *(SynchronizedField(name) for name in synchronised),
        *(SynchronizedField(name, overridable=False) for name in locked),
    ]


class ListingIndexPage(KommPageMixin, Page):
    """A section that lists its children (events, stories, grant calls): an introduction, its
    latest items on the home page (`home_items`) and a filtered list (`listing(request)`, a
    dict or object with `filters` and the lists). The list is built on first use: the template
    keeps it as a cached fragment, and on a hit nothing is queried."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = translation_fields(translatable=["intro"])
    api_fields = [APIField("intro")]

    home_items_count = 3

    class Meta:
        abstract = True

    def listed(self, model, *related):
        """The live public pages of `model` under this index, for lists: with their language
        and `related` (a card's picture) in the same query, without their bodies; the cards'
        renditions come through `prefetch_card_renditions`, once for all lists on a page."""
        return (
            model.objects.live()
            .public()
            .child_of(self)
            .select_related("locale", *related)
            .defer_streamfields()
        )

    def home_items(self):
        raise NotImplementedError

    def listing(self, request):
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = SimpleLazyObject(lambda: self.listing(request))
        return context


class TranslatableFormField(TranslatableMixin, AbstractFormField):
    """A form builder question whose wording is translated per language while its stored key
    (clean_name), type and "required" stay the same, so answers from every language line up."""

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name", overridable=False),
        SynchronizedField("field_type", overridable=False),
        SynchronizedField("required", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        abstract = True


def unique_slug(parent, title, fallback):
    """A slug for a new child of `parent` made from a person's title (a story, a member's
    name), numbered when a sibling has it; `fallback` for a title with no letters."""
    base = slugify(title, allow_unicode=True)[:60].strip("-") or fallback
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def view_permission(model_label):
    """The Django permission to view a submission model's rows: "events.view_registration"."""
    app_label, model_name = model_label.lower().split(".")
    return f"{app_label}.view_{model_name}"


class SharedListFormMixin(FormMixin):
    """Wagtail keeps one list of submissions per page; here every language version of a form
    feeds one list, keyed by the translation key. Answers are personal: never cached."""

    submission_model = None  # "app_label.ModelName"
    submission_key = None
    # The submission's own columns in the admin list and its exports, after the date, status
    # and language and before the editors' questions.
    data_fields = ()

    def get_submission_class(self):
        return apps.get_model(self.submission_model)

    def get_submissions(self):
        return self.get_submission_class().objects.filter(
            **{self.submission_key: self.translation_key}
        )

    def get_data_fields(self):
        return [
            ("submit_time", _("Submission date")),
            ("status", _("Status")),
            ("language", _("Language of the form")),
            *self.data_fields,
            *((field.clean_name, field.label) for field in self.get_form_fields()),
        ]

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        response = super().render_landing_page(request, form_submission, *args, **kwargs)
        add_never_cache_headers(response)
        return response


class PublicFormMixin(SharedListFormMixin):
    """A form anyone may send (an event's registration, a story), on the public forms' one flow
    (core.public_forms: limits, honeypot, refusals, never cached after a POST).

    `accept(form)` stores a valid form and returns the submission for the landing page, which
    a filled honeypot gets too, with nothing kept; or it raises FormRefused. While
    `accepts_entries()` is false there is no form and a POST is refused as "closed". The empty
    form carries no token (core.origin) and is cached like any page. The guard against an
    editor's question taking a standard field's name is in the admin form
    (home.forms.PublicFormPageForm)."""

    sender_field = "email"
    # Where the submissions keep the form's translation key: one list for all languages.
    submission_key = "form_key"
    base_form_class = PublicFormPageForm
    # Used by home/public_form_page.html; the registration form has a template of its own.
    form_fields_template = "home/includes/form_fields.html"
    submit_label = _("Send")

    def accepts_entries(self):
        return True

    def accept(self, form):
        raise NotImplementedError

    def form_context(self, request):
        """What else the page shows beside the form (e.g. the places left)."""
        return {}

    def serve(self, request, *args, **kwargs):
        outcome = handle_form(
            request,
            lambda *sent: self.get_form(*sent, page=self, user=request.user),
            self.accept,
            key=self.translation_key,
            sender_field=self.sender_field,
            is_open=self.accepts_entries(),
        )
        if outcome.sent:
            return self.render_landing_page(request, outcome.result)
        context = self.get_context(request)
        context.update(form=outcome.form, refusal=outcome.refusal, **self.form_context(request))
        return outcome.respond(request, self.get_template(request), context)


class PublicFormPage(KommPageMixin, PublicFormMixin, Page):
    """A page that is a public form (a story, joining, a partner request): an introduction, the
    form with the editors' extra questions (a `form_fields` relation on each subclass), and the
    text of its thank-you page; one per parent."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    thank_you_text = RichTextField(_("thank-you text"), features=RICH_TEXT_FEATURES, blank=True)

    subpage_types = []
    max_count_per_parent = 1

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", heading=_("Extra questions"), label=_("Question")),
        FieldPanel("thank_you_text"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = translation_fields(
        translatable=["intro", "thank_you_text", "form_fields"]
    )
    api_fields = [APIField("intro")]

    class Meta:
        abstract = True
