"""What happens to an application: stored with the texts the person agreed to, then accepted
(a draft page of the member directory, in the applicant's language) or declined with the
staff's message. Every step writes its e-mail to the outbox in the same transaction."""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Locale

from directory.models import OrganisationIndexPage, OrganisationPage
from directory.names import name_key
from home.bases import unique_slug
from home.blocks import paragraphs_html

from .choices import ApplicationStatus
from .models import ApplicationEmail, MembershipApplication


def submit_application(form_page, form):
    data = form.cleaned_data
    with transaction.atomic():
        application = MembershipApplication(
            page=form_page,
            form_key=form_page.translation_key,
            language=form_page.locale.language_code,
            applicant_type=data["applicant_type"],
            name=data["name"].strip(),
            name_key=name_key(data["name"]),
            krs=data.get("krs") or "",
            nip=data.get("nip") or "",
            communities=data["communities"].strip(),
            nationwide=data.get("nationwide", False),
            link=data.get("link") or "",
            description=data["description"].strip(),
            contact_name=data["contact_name"].strip(),
            email=data["email"].strip().lower(),
            phone=data.get("phone") or "",
            email_language=data["email_language"],
            publish_contact=data.get("publish_contact", False),
            consent_text=form.consent_text(),
            declaration_text="\n\n".join(
                [
                    strip_tags(form_page.declaration).strip(),
                    str(form.fields["accept_declaration"].label),
                ]
            ),
            form_data=form.answers(),
        )
        if data.get("declaration_file"):
            application.declaration_file = data["declaration_file"]
        application.save()
        application.voivodeships.set(data.get("voivodeships") or [])
        application.themes.set(data.get("themes") or [])
        application.languages.set(data.get("languages") or [])
        ApplicationEmail.send_once(application=application, kind=ApplicationEmail.Kind.RECEIVED)
        ApplicationEmail.send_once(application=application, kind=ApplicationEmail.Kind.STAFF_NOTICE)
    return application


def same_applicant(email, key):
    """The same e-mail address, or the same name once compared by `name_key` (a name of legal
    words only gives no key and matches nothing). Values or OuterRefs alike."""
    return Q(email__iexact=email) | (Q(name_key=key) & ~Q(name_key=""))


def possible_duplicates(application):
    """Other applications from the same address or under the same name, and directory pages
    of the same name: staff decide whether it is the same group."""
    others = MembershipApplication.objects.exclude(pk=application.pk).filter(
        same_applicant(application.email, application.name_key)
    )
    members = OrganisationPage.objects.filter(locale__language_code=application.language)
    same_name = [
        page
        for page in (members.only("title") if application.name_key else [])
        if name_key(page.title) == application.name_key
    ]
    return others.order_by("-submit_time"), same_name


def directory_for(language):
    """The member directory of the applicant's language, else of the default language."""
    index = OrganisationIndexPage.objects.filter(locale__language_code=language).first()
    return index or OrganisationIndexPage.objects.filter(locale=Locale.get_default()).first()


class DecisionError(Exception):
    """The application was decided already, or there is no directory to add it to."""


def create_member_page(application, user=None):
    """A draft page of the member directory in the applicant's language, with only what may
    be public: their contact only if they agreed to show it."""
    directory = directory_for(application.language)
    if directory is None:
        raise DecisionError("no_directory")
    page = OrganisationPage(
        title=application.name,
        slug=unique_slug(directory, application.name, "organizacja"),
        summary=application.description[:400],
        description=paragraphs_html(application.description),
        website=application.link,
        public_email=application.email if application.publish_contact else "",
        public_phone=application.phone if application.publish_contact else "",
        live=False,
    )
    page.voivodeships.set(application.voivodeships.all())
    page.themes.set(application.themes.all())
    page.languages.set(application.languages.all())
    directory.add_child(instance=page)
    page.save_revision(user=user)
    return page


def decide(application, user, status, email_kind, changes):
    """Record one decision: the application is locked, so that two staff members deciding at
    once cannot both get through; `changes(locked)` gives the fields the decision sets (and
    may create what it needs); the applicant's e-mail is queued in the same transaction."""
    with transaction.atomic():
        locked = MembershipApplication.objects.select_for_update().get(pk=application.pk)
        if locked.status in (ApplicationStatus.ACCEPTED, ApplicationStatus.DECLINED):
            raise DecisionError("decided")
        fields = {**changes(locked), "status": status, "decided_at": timezone.now()}
        fields["decided_by"] = user
        for name, value in fields.items():
            setattr(locked, name, value)
        locked.save(update_fields=list(fields))
        ApplicationEmail.send_once(application=locked, kind=email_kind)
    return locked


def accept(application, user):
    """Accepted once: the draft directory page goes through the normal publishing and
    translation workflow, and the applicant is told in their language."""
    decided = decide(
        application,
        user,
        ApplicationStatus.ACCEPTED,
        ApplicationEmail.Kind.ACCEPTED,
        lambda locked: {"member_page": create_member_page(locked, user)},
    )
    return decided.member_page


def decline(application, user, message):
    decide(
        application,
        user,
        ApplicationStatus.DECLINED,
        ApplicationEmail.Kind.DECLINED,
        lambda _locked: {"decision_message": message},
    )


def start_review(application):
    """A new application opened by staff is in review."""
    MembershipApplication.objects.filter(pk=application.pk, status=ApplicationStatus.NEW).update(
        status=ApplicationStatus.IN_REVIEW
    )


def member_page_published(sender, instance, **kwargs):
    """The applicant hears once that their page is live, with its address."""
    page = instance.specific
    if not isinstance(page, OrganisationPage):
        return
    application = MembershipApplication.objects.filter(member_page=page).first()
    if application is not None:
        ApplicationEmail.send_once(application=application, kind=ApplicationEmail.Kind.PUBLISHED)
