"""E-mails about an application: to the applicant in the language they chose, and a notice to
the staff who may read applications. Sent from the outbox (core.outbox)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.mail import EmailMessage
from django.db.models import Q
from django.urls import reverse

from core import outbox

from .models import ApplicationEmail

OUTBOX = ApplicationEmail


def staff_addresses():
    """Everyone who may read applications (Editors and Moderators, administrators)."""
    permission = Permission.objects.filter(
        content_type__app_label="membership", codename="view_membershipapplication"
    ).first()
    people = get_user_model().objects.filter(is_active=True).exclude(email="")
    return sorted(
        set(
            people.filter(
                Q(is_superuser=True)
                | Q(groups__permissions=permission)
                | Q(user_permissions=permission)
            ).values_list("email", flat=True)
        )
    )


def build_message(email):
    application = email.application
    context = {
        "kind": email.kind,
        "application": application,
        "page_url": outbox.live_url(application.member_page),
        "admin_url": outbox.public_url(
            reverse("membership_application:inspect", args=[application.pk])
        ),
    }
    if email.kind == ApplicationEmail.Kind.STAFF_NOTICE:
        language, recipients = settings.LANGUAGE_CODE, staff_addresses()
        reply_to = [application.email]
    else:
        language, recipients, reply_to = application.email_language, [application.email], None
    if not recipients:
        raise ValueError("nobody may read membership applications")
    subject, body = outbox.render(language, "membership/email", context)
    return EmailMessage(subject, body, to=recipients, reply_to=reply_to)


def deliver(email_id):
    return outbox.deliver(ApplicationEmail, email_id, build_message)
