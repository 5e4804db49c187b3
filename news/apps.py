"""Member stories: the start-up connects the moderators' decisions to the senders' e-mails."""

from django.apps import AppConfig


class NewsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "news"

    def ready(self):
        from wagtail.signals import page_published, workflow_rejected

        from .submissions import story_published, story_rejected

        page_published.connect(story_published, dispatch_uid="news.story_published")
        workflow_rejected.connect(story_rejected, dispatch_uid="news.story_rejected")
