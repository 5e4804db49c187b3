"""The stories app's extension points: its personal data and its e-mail outbox."""

from wagtail import hooks


@hooks.register("register_personal_data")
def personal_data():
    from . import personal_data

    return personal_data


@hooks.register("register_email_outbox")
def email_outbox():
    from . import emails

    return emails
