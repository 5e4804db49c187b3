"""Real Chromium (Debian's, never a downloaded one) against a live server with the demo site.

The server runs for the whole session in a thread, on the test database where the demo was
loaded; journeys write real data to it, so each uses its own e-mail addresses.

The tests run outside any test transaction (no `django_db` mark; the database stays open for
the session), as the site runs for real: on SQLite's in-memory test database the server thread
shares the tests' connection, and inside a test transaction every on-commit action of the
server (wagtail-localize publishing a translation, e-mails) would wait for a commit that never
comes, so a published translation stayed a draft on SQLite and not on PostgreSQL.
"""

import os
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.db import connections
from django.test.testcases import LiveServerThread

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("KOMM_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="session")
def site_url(django_db_setup, django_db_blocker):
    django_db_blocker.unblock()
    shared = {
        alias: connections[alias]
        for alias in connections
        if connections[alias].vendor == "sqlite" and connections[alias].is_in_memory_db()
    }
    for connection in shared.values():
        connection.inc_thread_sharing()
    server = LiveServerThread("127.0.0.1", StaticFilesHandler, connections_override=shared)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    yield f"http://127.0.0.1:{server.port}"
    server.terminate()
    for connection in shared.values():
        connection.dec_thread_sharing()
    django_db_blocker.restore()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make install-browser`.")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
            ],
        )
        yield chromium
        chromium.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


def make_page(request, browser, site_url, locale="pl-PL", width=1280):
    context = browser.new_context(
        base_url=site_url,
        locale=locale,
        extra_http_headers={"Accept-Language": locale},
        viewport={"width": width, "height": 900},
    )
    page = context.new_page()
    page.set_default_timeout(15000)
    opened = getattr(request.node, "pages_opened", 0) + 1
    request.node.pages_opened = opened

    def keep_evidence():
        report = getattr(request.node, "report_call", None)
        if report is not None and report.failed:
            ARTIFACTS.mkdir(exist_ok=True)
            name = re.sub(r"[^\w.-]+", "_", request.node.nodeid)[-116:]
            if opened > 1:
                name += f"-{opened}"
            page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
            (ARTIFACTS / f"{name}.html").write_text(page.content())
        context.close()

    request.addfinalizer(keep_evidence)
    return page


@pytest.fixture
def page(request, browser, site_url):
    return make_page(request, browser, site_url)


@pytest.fixture
def new_page(request, browser, site_url):
    """Open further pages with their own language and width."""
    return lambda **options: make_page(request, browser, site_url, **options)


def check_accessibility(page):
    """axe-core in the page: no violation of impact serious or critical. It is evaluated by
    Playwright rather than added as a <script>, which the site's Content-Security-Policy
    rightly refuses."""
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.evaluate(AXE.read_text())
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], f"{page.url}: " + "; ".join(serious)


def check_no_horizontal_scroll(page):
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px"


# Boxes of what people read or press; two of them may touch (1 px tolerance) or nest, never
# cross. An inline element broken over lines is compared line by line (getClientRects), so a
# wrapped link does not claim the whole width of both lines.
OVERLAPS_JS = """
() => {
    const selector =
        'a, button, input, select, textarea, label, h1, h2, h3, h4, h5, h6, p, li, img';
    const tolerance = 1;
    const hidden = (element) => {
        if (element.closest('.skip-link')) return true;
        const shown = {opacityProperty: true, visibilityProperty: true};
        if (!element.checkVisibility(shown)) return true;
        for (let node = element; node; node = node.parentElement) {
            const style = getComputedStyle(node);
            const clipped = style.clip === 'rect(0px, 0px, 0px, 0px)';
            if (clipped || style.clipPath === 'inset(50%)') return true;
        }
        return false;
    };
    const describe = (element) => {
        const text = (element.innerText || element.alt || element.value || '').trim().slice(0, 40);
        const id = element.id ? '#' + element.id : '';
        const classes = element.classList.length ? '.' + [...element.classList].join('.') : '';
        return `<${element.tagName.toLowerCase()}${id}${classes}> "${text}"`;
    };
    const boxes = [];
    for (const element of document.body.querySelectorAll(selector)) {
        const whole = element.getBoundingClientRect();
        if (whole.width <= tolerance || whole.height <= tolerance || hidden(element)) continue;
        const parts = [...element.getClientRects()].filter(r => r.width > 0 && r.height > 0);
        boxes.push({element, whole, parts});
    }
    const inside = (a, b) => a.left >= b.left - tolerance && a.right <= b.right + tolerance
        && a.top >= b.top - tolerance && a.bottom <= b.bottom + tolerance;
    const cross = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance
        && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance;
    const found = [];
    for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i], b = boxes[j];
            if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
            if (inside(a.whole, b.whole) || inside(b.whole, a.whole)) continue;
            if (a.parts.some(p => b.parts.some(q => cross(p, q)))) {
                found.push(`${describe(a.element)} and ${describe(b.element)}`);
            }
        }
    }
    return found;
}
"""


def check_nothing_overlaps(page):
    overlaps = page.evaluate(OVERLAPS_JS)
    assert overlaps == [], f"{page.url} at {page.viewport_size['width']}px: " + "; ".join(
        overlaps[:10]
    )
