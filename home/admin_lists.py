"""The admin lists of what people sent (membership applications, partner requests,
subscribers): staff with the model's view permission read, filter and export them, and never
add, edit or delete a row here. People change their own entries through their signed links;
decisions have views of their own, which a list adds with `extra_urlpatterns`."""

from django.urls import path
from wagtail.admin.viewsets.model import ModelViewSet


class SubmissionListViewSet(ModelViewSet):
    # Each list is an item of the admin menu of its own, beside the pages.
    add_to_admin_menu = True
    inspect_view_enabled = False
    copy_view_enabled = False

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            add_url_name=None, edit_url_name=None, delete_url_name=None, **kwargs
        )

    def extra_urlpatterns(self):
        return []

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            *self.extra_urlpatterns(),
        ]
