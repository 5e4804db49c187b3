"""Applications for the export, erase and purge commands (core.personal_data). A declined or
abandoned application goes after the retention period; an accepted one keeps only what its
directory page shows (the name, the description, the vocabularies), not the person's details."""

from datetime import timedelta

from core.personal_data import delete_and_count, sent_form, settled_before

from .choices import ApplicationStatus
from .models import SENT_FIELDS, VOCABULARIES, MembershipApplication

FIELDS = [
    "status",
    "language",
    *(name for name in SENT_FIELDS if name not in VOCABULARIES),
    "consent_text",
    "declaration_text",
    "decision_message",
]
PERSONAL = {
    "contact_name": "",
    "email": "",
    "phone": "",
    "consent_text": "",
    "declaration_file": "",
    "decision_message": "",
    "form_data": {},
}


def _of(email):
    return MembershipApplication.objects.filter(email__iexact=email).exclude(email="")


def export(email):
    return {
        "membership_applications": [
            sent_form(
                application,
                FIELDS,
                **{
                    name: [item.code for item in getattr(application, name).all()]
                    for name in VOCABULARIES
                },
                signed_declaration_sent=bool(application.declaration_file),
            )
            for application in _of(email).prefetch_related("voivodeships", "themes", "languages")
        ]
    }


def _forget(applications):
    for application in applications.exclude(declaration_file=""):
        application.declaration_file.delete(save=False)


def erase(email):
    applications = _of(email)
    _forget(applications)
    return delete_and_count("membership_applications", applications)


def purge(now, days):
    cutoff = now - timedelta(days=days)
    old = settled_before(MembershipApplication.objects.all(), cutoff)
    _forget(old)
    accepted = old.filter(status=ApplicationStatus.ACCEPTED).exclude(email="")
    kept = accepted.update(**PERSONAL)
    gone = old.exclude(status=ApplicationStatus.ACCEPTED)
    return {
        **delete_and_count("membership_applications", gone),
        "membership_applications_anonymised": kept,
    }
