"""The translation workflow's start-up: a publish of a source page updates the locked fields
of its translations."""

from django.apps import AppConfig


class WorkflowConfig(AppConfig):
    """Roles, per-language page permissions and the wagtail-localize integration."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "workflow"

    def ready(self):
        from wagtail.signals import page_published

        from .sync import follow_source

        page_published.connect(follow_source, dispatch_uid="workflow.follow_source")
