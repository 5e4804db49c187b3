"""What the public forms keep about people, apart from the pages: the submission that becomes a
page in review, with the e-mails (core.outbox rows) its sender gets as the review moves on.
Nothing here imports a page app."""

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import AbstractFormSubmission
from wagtail.signals import page_published, workflow_rejected

from core.outbox import OutboxEmail, one_per_kind

from .bases import form_used, submission_data


def start_review(page):
    """Put a page sent by the public into Wagtail's moderation workflow, whose first task
    e-mails its approvers (the moderators)."""
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user=None)


class ReviewedSubmission(AbstractFormSubmission):
    """A public form's submission that became a draft page in the moderation workflow (a story,
    a partner request): who sent it, kept apart from the page, for moderators only, and where
    the review stands. `draft_field` names the subclass's one-to-one field to that page."""

    class Status(models.TextChoices):
        IN_REVIEW = "in_review", _("In review")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Rejected")

    page = form_used()
    form_key = models.UUIDField(db_index=True)
    language = models.CharField(_("language"), max_length=16)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.IN_REVIEW
    )
    contact_name = models.CharField(_("full name"), max_length=200)
    contact_email = models.EmailField(_("e-mail"))
    consent_text = models.TextField(_("consent given"))
    decided_at = models.DateTimeField(null=True, blank=True)

    draft_field = None

    class Meta:
        abstract = True
        ordering = ["submit_time", "pk"]

    def __str__(self):
        return f"{self.contact_name}: {getattr(self, self.draft_field + '_id')}"

    def get_data(self):
        draft = getattr(self, self.draft_field)
        return submission_data(
            self,
            "status",
            "language",
            "contact_name",
            "contact_email",
            **{self.draft_field: draft.title if draft else ""},
        )

    @classmethod
    def send_for_review(cls, form_page, draft, form):
        """Add `draft` (a new page, not live) beside the form, with a revision for the
        moderators to approve; keep who sent it, with the consent they gave and their answers to
        the editors' questions; start the review. Called inside the caller's transaction."""
        form_page.get_parent().add_child(instance=draft)
        draft.save_revision()
        data = form.cleaned_data
        submission = cls.objects.create(
            page=form_page,
            form_key=form_page.translation_key,
            language=form_page.locale.language_code,
            contact_name=data["contact_name"],
            contact_email=data["contact_email"].strip().lower(),
            consent_text=form.consent_text(),
            form_data=form.answers(),
            **{cls.draft_field: draft},
        )
        start_review(draft)
        return submission

    @classmethod
    def record_decision(cls, page, status):
        """The moderators' decision on `page`, recorded once: the submission it was still in
        review for, now decided, or None."""
        submission = cls.objects.filter(
            **{cls.draft_field: page}, status=cls.Status.IN_REVIEW
        ).first()
        if submission is not None:
            submission.status = status
            submission.decided_at = timezone.now()
            submission.save(update_fields=["status", "decided_at"])
        return submission

    def tell_sender(self, kind):
        """The e-mail about `kind`, once (the subclass's `ReviewEmail`, whose `submission` has
        the related name "emails")."""
        self.emails.model.send_once(submission=self, kind=kind)

    @classmethod
    def decide(cls, page, status):
        """Record the moderators' decision once and tell the sender."""
        with transaction.atomic():
            submission = cls.record_decision(page, status)
            if submission is not None:
                submission.tell_sender(ReviewEmail.Kind(status))

    @classmethod
    def follow_review(cls):
        """Called from the app's `ready`: the moderators' decisions on its pages reach the
        people who sent them."""
        label = cls._meta.label
        page_published.connect(cls.on_published, weak=False, dispatch_uid=f"{label}.published")
        workflow_rejected.connect(cls.on_rejected, weak=False, dispatch_uid=f"{label}.rejected")

    @classmethod
    def draft(cls, page):
        """`page` as the kind of page this submission became, or None for any other page."""
        draft_model = cls._meta.get_field(cls.draft_field).related_model
        # The page's type is known without a query; its specific row is fetched only if needed.
        if not issubclass(getattr(page, "specific_class", None) or type(page), draft_model):
            return None
        return page.specific

    @classmethod
    def on_published(cls, sender, instance, **kwargs):
        if (page := cls.draft(instance)) is not None:
            cls.decide(page, cls.Status.PUBLISHED)

    @classmethod
    def on_rejected(cls, sender, instance, **kwargs):
        if (page := cls.draft(instance.content_object)) is not None:
            cls.decide(page, cls.Status.REJECTED)


class ReviewEmail(OutboxEmail):
    """What the sender of a reviewed submission is told, in the language they wrote in: that it
    arrived, then that it was published or declined; once each. A subclass adds `submission`,
    its foreign key to the submission, with the related name "emails"."""

    class Kind(models.TextChoices):
        RECEIVED = "received", _("Received")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Declined")

    kind = models.CharField(max_length=16, choices=Kind.choices)

    about = "submission"

    class Meta:
        abstract = True
        constraints = [one_per_kind("submission", "%(app_label)s_%(class)s_one_per_kind")]
