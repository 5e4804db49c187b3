"""Moving through a page with the Tab key only, as a keyboard user does."""

ACTIVE_NAME = "() => document.activeElement && document.activeElement.name"
ACTIVE_CHOICE = "() => [document.activeElement.name, document.activeElement.value].join('=')"
ACTIVE_HREF = "() => document.activeElement.getAttribute('href')"


def tab_until(page, focused, wanted, limit, failure):
    """Press Tab until the script `focused` says `wanted`: one loop for fields, choices, links."""
    for _press in range(limit):
        if page.evaluate(focused) == wanted:
            return
        page.keyboard.press("Tab")
    raise AssertionError(failure)


def tab_to(page, name, limit=80):
    """Press Tab until the field called `name` has the focus, as a keyboard user would."""
    tab_until(page, ACTIVE_NAME, name, limit, f"{name} cannot be reached with the keyboard")


def tab_to_choice(page, name, value, limit=120):
    """Press Tab until the checkbox `name` with `value` has the focus."""
    choice = f"{name}={value}"
    tab_until(page, ACTIVE_CHOICE, choice, limit, f"{choice} cannot be reached with the keyboard")


def tab_to_link(page, href, limit=150):
    """Press Tab until the link to `href` has the focus."""
    failure = f"no link to {href} can be reached with the keyboard"
    tab_until(page, ACTIVE_HREF, href, limit, failure)


def type_into(page, **entries):
    """Tab to each field in turn and type its entry: how every journey fills a form's text."""
    for name, text in entries.items():
        tab_to(page, name)
        page.keyboard.type(text)


def tick_and_submit(page, checkbox):
    """Tick the last checkbox; the next Tab must reach the send button, then press Enter."""
    tab_to(page, checkbox)
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.type") == "submit"
    page.keyboard.press("Enter")
