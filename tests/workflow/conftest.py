"""Fixtures of the role tests."""

import pytest
from django.contrib.auth import get_user_model


@pytest.fixture
def member():
    return get_user_model().objects.create_user("member", "member@example.org", "x")
