"""Registering, cancelling and promoting, with the database as the arbiter of capacity.

Places are taken with a conditional UPDATE on the event's seat counter (`confirmed < capacity`),
backed by a CHECK constraint, in the same transaction as the registration row and its outbox
e-mails; so concurrent registrations cannot overbook and no e-mail is promised without its row.
"""

import secrets

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from core.cache import numbers_changed
from core.outbox import send_after_commit
from core.public_forms import FormRefused

from .models import EmailDelivery, EventPage, Registration, SeatCounter


class RegistrationRefused(FormRefused):
    """The registration was not saved; `reason` says why, for the person."""

    DUPLICATE = "duplicate"
    FULL = "full"
    CLOSED = "closed"


def seat_counter(event):
    counter, _created = SeatCounter.objects.get_or_create(
        event_key=event.translation_key, defaults={"capacity": event.capacity}
    )
    return counter


def sync_capacity(event):
    """Follow the editor's capacity; raised capacity frees places for the waiting list."""
    counter = seat_counter(event)
    if counter.capacity != event.capacity:
        SeatCounter.objects.filter(pk=counter.pk).update(capacity=event.capacity)
        numbers_changed()
        promote_waitlisted(event.translation_key)


def _take_seat(event_key):
    return bool(
        SeatCounter.objects.filter(event_key=event_key)
        .filter(Q(capacity__isnull=True) | Q(confirmed__lt=F("capacity")))
        .update(confirmed=F("confirmed") + 1)
    )


def _take_first_or_next_seat(event):
    """Take a place in one query once the event has its counter, which its first registration
    creates (or a simultaneous one: then the second try finds that counter)."""
    if _take_seat(event.translation_key):
        return True
    SeatCounter.objects.get_or_create(
        event_key=event.translation_key, defaults={"capacity": event.capacity}
    )
    return _take_seat(event.translation_key)


def queue_emails(deliveries):
    """Write the outbox rows with the change they report; one task sends them after commit."""
    if not deliveries:
        return
    EmailDelivery.objects.bulk_create(deliveries)
    send_after_commit(deliveries)


def _queue(registration, *kinds):
    queue_emails([EmailDelivery(registration=registration, kind=kind) for kind in kinds])


def register(event, form, language):
    """Save a registration from a valid RSVP form; raise RegistrationRefused otherwise.
    The registration window, capacity and waiting list are the source's."""
    event = event.with_locked_fields_from_source()
    if event.registration_state() != event.RegistrationState.OPEN:
        raise RegistrationRefused(RegistrationRefused.CLOSED)
    # Stored lower-cased, so that uniqueness does not depend on the database's idea of case.
    email = form.cleaned_data["email"].strip().lower()
    try:
        with transaction.atomic():
            # A second registration of the same address fails on the unique index below, which
            # undoes the place taken here with the rest of the transaction.
            if _take_first_or_next_seat(event):
                status = Registration.Status.CONFIRMED
            elif event.waitlist_enabled:
                status = Registration.Status.WAITLISTED
            elif Registration.objects.for_event(event).active().filter(email=email).exists():
                raise RegistrationRefused(RegistrationRefused.DUPLICATE)
            else:
                raise RegistrationRefused(RegistrationRefused.FULL)
            now = timezone.now()
            registration = Registration.objects.create(
                page=event,
                event_key=event.translation_key,
                language=language,
                status=status,
                name=form.cleaned_data["name"],
                email=email,
                organisation=form.cleaned_data.get("organisation", ""),
                organisation_public=form.cleaned_data.get("organisation_public", False),
                email_language=form.cleaned_data["email_language"],
                interpretation=form.cleaned_data.get("interpretation", ""),
                accessibility_needs=form.cleaned_data.get("accessibility_needs", ""),
                consent_text=form.consent_text(),
                form_data=form.answers(),
                token=secrets.token_urlsafe(32),
                confirmed_at=now if status == Registration.Status.CONFIRMED else None,
            )
            kind = (
                EmailDelivery.Kind.CONFIRMED
                if status == Registration.Status.CONFIRMED
                else EmailDelivery.Kind.WAITLISTED
            )
            kinds = [kind, EmailDelivery.Kind.CONTACT] if event.contact_email else [kind]
            _queue(registration, *kinds)
            numbers_changed()
    except IntegrityError as error:
        # The address is registered already (by an earlier or a simultaneous request).
        raise RegistrationRefused(RegistrationRefused.DUPLICATE) from error
    return registration


def cancel(registration_id):
    """Cancel once; a freed place goes to the first person on the waiting list."""
    with transaction.atomic():
        registration = Registration.objects.select_for_update().get(pk=registration_id)
        if registration.status == Registration.Status.CANCELLED:
            return False
        was_confirmed = registration.status == Registration.Status.CONFIRMED
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        _queue(registration, EmailDelivery.Kind.CANCELLED)
        if was_confirmed:
            SeatCounter.objects.filter(event_key=registration.event_key).update(
                confirmed=F("confirmed") - 1
            )
            numbers_changed()
            promote_waitlisted(registration.event_key)
    return True


def free_place(sender, instance, **kwargs):
    """However a confirmed registration disappears (erasure, admin), its place is given back."""
    if instance.status == Registration.Status.CONFIRMED:
        SeatCounter.objects.filter(event_key=instance.event_key).update(
            confirmed=F("confirmed") - 1
        )
        numbers_changed()
        promote_waitlisted(instance.event_key)


def promote_waitlisted(event_key):
    """Give free places to the waiting list in order of registration, until the event ends."""
    promoted = []
    if not EventPage.objects.filter(translation_key=event_key, end__gt=timezone.now()).exists():
        return promoted
    with transaction.atomic():
        SeatCounter.objects.select_for_update().filter(event_key=event_key).first()
        waiting = (
            Registration.objects.select_for_update()
            .filter(event_key=event_key, status=Registration.Status.WAITLISTED)
            .order_by("submit_time", "pk")
        )
        for registration in waiting:
            if not _take_seat(event_key):
                break
            registration.status = Registration.Status.CONFIRMED
            registration.confirmed_at = timezone.now()
            registration.save(update_fields=["status", "confirmed_at"])
            _queue(registration, EmailDelivery.Kind.PROMOTED)
            promoted.append(registration)
    return promoted
