"""Subscription URLs: the form and the signed links of its e-mails."""

from django.urls import path

from . import views

urlpatterns = [
    path("subscribe/", views.subscribe, name="subscribers_subscribe"),
    path("subscribe/confirm/<str:signed>/", views.confirm, name="subscribers_confirm"),
    path("subscribe/preferences/<str:signed>/", views.preferences, name="subscribers_preferences"),
    path("subscribe/unsubscribe/<str:signed>/", views.unsubscribe, name="subscribers_unsubscribe"),
]
