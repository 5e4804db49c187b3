"""Each app that stores personal data registers a provider (an object or module with `export`,
`erase` and `purge`) with the Wagtail hook `register_personal_data`; these helpers run them
all, so the commands never miss an app. `export` and `erase` get the address as the commands
checked it (core.management.person): without surrounding spaces, lower-cased."""

from django.db.models import Q
from django.forms.models import model_to_dict
from wagtail import hooks


def register_provider(module):
    """Called from an app's `wagtail_hooks`: its personal data is exported, erased and purged
    with everyone else's."""
    hooks.register("register_personal_data", lambda: module)


def modules():
    for provider in hooks.get_hooks("register_personal_data"):
        yield provider()


def collect(action, *args):
    result = {}
    for module in modules():
        result.update(getattr(module, action)(*args))
    return result


def settled_before(queryset, cutoff):
    """Submissions decided before `cutoff`, or sent before it and never decided: what a purge
    with that retention may delete."""
    return queryset.filter(
        Q(decided_at__lt=cutoff) | Q(decided_at__isnull=True, submit_time__lt=cutoff)
    )


def delete_and_count(name, queryset):
    """Delete `queryset` and report, under `name`, how many of its rows went. They are counted
    first, as the total `delete()` returns takes in the rows deleted with them (their e-mails)."""
    count = queryset.count()
    queryset.delete()
    return {name: count}


def sent_form(submission, fields, /, **about):
    """A form submission as the export shows it: its `fields`, when it was sent (not editable,
    so `model_to_dict` leaves it out), what it was about, and the answers to the editors' own
    questions."""
    return {
        **model_to_dict(submission, fields=fields),
        "submit_time": submission.submit_time,
        **about,
        "answers": submission.form_data,
    }
