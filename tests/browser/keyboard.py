"""Moving through a page with the Tab key only, as a keyboard user does."""


def tab_to(page, name, limit=80):
    """Press Tab until the field called `name` has the focus, as a keyboard user would."""
    for _press in range(limit):
        if page.evaluate("() => document.activeElement && document.activeElement.name") == name:
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{name} cannot be reached with the keyboard")


def tab_to_choice(page, name, value, limit=120):
    """Press Tab until the checkbox `name` with `value` has the focus."""
    for _press in range(limit):
        focused = page.evaluate(
            "() => [document.activeElement.name, document.activeElement.value].join('=')"
        )
        if focused == f"{name}={value}":
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{name}={value} cannot be reached with the keyboard")


def tab_to_link(page, href, limit=150):
    """Press Tab until the link to `href` has the focus."""
    for _press in range(limit):
        if page.evaluate("() => document.activeElement.getAttribute('href')") == href:
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"no link to {href} can be reached with the keyboard")
