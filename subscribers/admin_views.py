"""Subscribers in the admin, for staff with the permission to view them: who asked for which
e-mails in which language, and whether they confirmed. Read only: subscribers change their
choices themselves, through their signed link."""

from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn

from home.admin_lists import SubmissionListViewSet

from .models import Subscriber, Topic

STATES = {
    "confirmed": Q(confirmed_at__isnull=False, unsubscribed_at__isnull=True),
    "waiting": Q(confirmed_at__isnull=True, unsubscribed_at__isnull=True),
    "unsubscribed": Q(unsubscribed_at__isnull=False),
}


def state(subscriber):
    if subscriber.unsubscribed_at:
        return _("Unsubscribed")
    return _("Confirmed") if subscriber.confirmed_at else _("Waiting for confirmation")


class SubscriberFilterSet(WagtailFilterSet):
    state = ChoiceFilter(
        label=_("Status"),
        choices=[
            ("confirmed", _("Confirmed")),
            ("waiting", _("Waiting for confirmation")),
            ("unsubscribed", _("Unsubscribed")),
        ],
        method="filter_state",
    )
    language = ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)
    topic = ChoiceFilter(label=_("Receives"), choices=Topic.choices, method="filter_topic")

    class Meta:
        model = Subscriber
        fields = []

    def filter_state(self, queryset, name, value):
        return queryset.filter(STATES[value])

    def filter_topic(self, queryset, name, value):
        return queryset.filter(topics__contains=value)


class SubscriberViewSet(SubmissionListViewSet):
    model = Subscriber
    icon = "mail"
    menu_order = 280
    url_namespace = "subscribers"
    url_prefix = "subscribers"
    filterset_class = SubscriberFilterSet
    search_fields = ["email", "name"]
    list_display = [
        Column("email", label=_("E-mail")),
        Column("name", label=_("Name")),
        Column("language", label=_("Language")),
        Column("topics", label=_("Receives"), accessor="get_topics_display"),
        Column("state", label=_("Status"), accessor=state),
        DateColumn("created_at", label=_("Subscribed at")),
    ]
    list_export = ["email", "name", "language", "topics", "created_at", "confirmed_at"]
    export_filename = "subscribers"
