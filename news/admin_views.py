"""Story submissions in the admin: Wagtail's submissions list (with its CSV and XLSX export)
over the one list of all language versions of the form, filterable by where a story stands."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter
from wagtail.contrib.forms.views import SubmissionsListFilterSet, SubmissionsListView

from .models import StorySubmission


class StorySubmissionFilterSet(SubmissionsListFilterSet):
    status = ChoiceFilter(label=_("Status"), choices=StorySubmission.Status.choices)
    language = ChoiceFilter(label=_("Language of the form"), choices=settings.LANGUAGES)


class StorySubmissionsListView(SubmissionsListView):
    filterset_class = StorySubmissionFilterSet
