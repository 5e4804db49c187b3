"""Member stories: the start-up connects the moderators' decisions to the senders' e-mails."""

from django.apps import AppConfig


class NewsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "news"

    def ready(self):
        from .models import StorySubmission

        StorySubmission.follow_review()
