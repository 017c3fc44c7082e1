"""Every page on a phone held upright, offline: a real server, Chromium at 390×844 with touch and a phone's user agent.

One server and one browser for the module, one browser context per language
(reused page to page, as a student walks the story). Every request that
leaves 127.0.0.1 is aborted and counted: the app must work without the
internet, and none may even be tried. Screenshots land in ``screenshots/``
as ``phone.<page>.<lang>.png``.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from app_pages import page_title, story
from tests.browser import ROOT, key_selector, playwright_or_skip, settle, wait_for_main_figure

sync_api = playwright_or_skip()
pytestmark = pytest.mark.browser

SHOTS = ROOT / "screenshots"
WIDTH, HEIGHT = 390, 844
PHONE_UA = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
)


def _local(url: str) -> bool:
    if url.startswith(("data:", "blob:", "about:")):
        return True
    host = url.split("/")[2].rsplit(":", 1)[0] if "://" in url else ""
    return host == "127.0.0.1"


@pytest.fixture(scope="module")
def phones(browser):
    """A phone per language, with every request that leaves 127.0.0.1 aborted and written down."""
    made = {}

    def phone(lang: str):
        if lang not in made:
            context = browser.new_context(
                viewport={"width": WIDTH, "height": HEIGHT},
                is_mobile=True,
                has_touch=True,
                user_agent=PHONE_UA,
                locale="ja-JP" if lang == "ja" else "en-US",
            )
            left: list[str] = []

            def guard(route):
                if _local(route.request.url):
                    route.continue_()
                else:
                    left.append(route.request.url)
                    route.abort()

            context.route("**/*", guard)
            made[lang] = (context.new_page(), left)
        return made[lang]

    yield phone
    for page, _ in made.values():
        page.context.close()


def _measure(page, selector: str | None) -> dict:
    """Sideways scrolling, texts (a chart's too) past the edge, sliders under buttons, and the main figure's box.

    Sideways scrolling is tried, not inferred: the document and Streamlit's
    scrolling main area are asked to scroll right, and how far they went is read back.
    """
    return page.evaluate(
        """(selector) => {
            const main = document.querySelector('[data-testid="stMain"]');
            const top = main.scrollTop;
            window.scrollTo(200, window.scrollY);
            main.scrollLeft = 200;
            const sideways = Math.max(window.scrollX, main.scrollLeft);
            window.scrollTo(0, window.scrollY);
            main.scrollLeft = 0;
            const texts = main.querySelectorAll('p, h1, h2, h3, h4, h5, li, td, th, label, code, .katex');
            const wide = [...texts].filter((el) => {
                const box = el.getBoundingClientRect();
                return box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1);
            }).map((el) => el.tagName + ': ' + el.textContent.slice(0, 40));
            const chartTexts = [...main.querySelectorAll('.js-plotly-plot text')].filter((el) => {
                const box = el.getBoundingClientRect();
                return el.textContent.trim() && box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1);
            }).map((el) => 'chart text: ' + el.textContent.slice(0, 40));
            // an animation's slider must not run under its play and pause buttons (a finger would hit both)
            const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            const hidden = [...main.querySelectorAll('.js-plotly-plot')].filter((plot) => {
                const rail = plot.querySelector('.slider-rail-rect');
                const buttons = [...plot.querySelectorAll('.updatemenu-button')];
                return rail && buttons.some((b) => overlaps(b.getBoundingClientRect(), rail.getBoundingClientRect()));
            }).length;
            // the main figure (Page.main_figure): a chart's plot area, or the container of its pictures
            const figure = selector
                ? document.querySelector(selector + ' .nsewdrag') || document.querySelector(selector)
                : null;
            const box = figure ? figure.getBoundingClientRect() : null;
            return {
                sideways: sideways,
                wideTexts: [...wide, ...chartTexts].slice(0, 5),
                slidersUnderButtons: hidden,
                figureWidth: box ? box.width : null,
                figureTop: box ? box.top + top : null,
            };
        }""",
        selector,
    )


def _wait_for_figure(page, entry, selector: str, timeout: float = 60.0) -> None:
    """Wait until the main figure is drawn at its final size (Plotly sizes itself after the first paint)."""
    wait_for_main_figure(page, entry, timeout)
    deadline, last = time.time() + timeout, None
    while time.time() < deadline:
        width = _measure(page, selector)["figureWidth"]
        if width and width == last:
            return
        last = width
        page.wait_for_timeout(150)


def _laid_out(page, selector: str | None, timeout: float = 10.0) -> dict:
    """The page measured once no text runs past the edge and no slider sits under buttons, or at the timeout.

    Plotly draws a chart, then widens its margins for long tick labels and redraws:
    a single look could catch the first drawing.
    """
    deadline = time.time() + timeout
    while True:
        measured = _measure(page, selector)
        if (not measured["wideTexts"] and not measured["slidersUnderButtons"]) or time.time() > deadline:
            return measured
        page.wait_for_timeout(200)


def _whole_page_screenshot(page, path: Path) -> None:
    """Streamlit's main area scrolls inside itself: stretch the viewport to its height, shoot, restore."""
    height = page.evaluate("() => document.querySelector('[data-testid=stMain]').scrollHeight")
    page.set_viewport_size({"width": WIDTH, "height": min(int(height) + 40, 12_000)})
    page.wait_for_timeout(500)  # let Plotly redraw at the new size (a shot, not an assertion, waits on it)
    page.screenshot(path=str(path))
    page.set_viewport_size({"width": WIDTH, "height": HEIGHT})


def visit(phones, app_url: str, entry, lang: str, shoot: bool = True) -> tuple[dict, list[str]]:
    page, left = phones(lang)
    before = len(left)
    key = entry.key
    # not "load": under a busy machine a page's last resources can keep it from firing for long
    page.goto(f"{app_url}/{entry.url_path}?lang={lang}", wait_until="commit", timeout=60_000)
    settle(page, timeout=120)
    assert page.locator("h1").first.inner_text().strip() == page_title(key, lang)
    selector = key_selector(entry.main_figure) if entry.main_figure else None
    if selector:
        _wait_for_figure(page, entry, selector)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert "Traceback" not in page.inner_text("body")
    figures = page.evaluate("() => document.querySelectorAll('.js-plotly-plot').length")
    if figures:  # every chart fully drawn before anything is counted or shot
        page.locator(".js-plotly-plot .main-svg").last.wait_for(state="attached", timeout=20_000)
    measured = _laid_out(page, selector)
    if shoot:
        SHOTS.mkdir(exist_ok=True)
        _whole_page_screenshot(page, SHOTS / f"phone.{key}.{lang}.png")
    return measured, left[before:]


def _check(measured: dict, left: list[str], entry) -> None:
    assert not left, f"requests that tried to leave the machine: {left[:3]}"
    assert measured["sideways"] == 0, measured
    assert not measured["wideTexts"], measured
    assert measured["slidersUnderButtons"] == 0, measured
    if entry.main_figure:
        assert measured["figureWidth"] >= 300, measured
        assert measured["figureTop"] <= 1.5 * HEIGHT, measured


#: Rounds of the walk in one session (one server, one browser): PHONE_ROUNDS=20 to trust a change.
ROUNDS = range(int(os.environ.get("PHONE_ROUNDS") or 1))


@pytest.mark.parametrize("round_", ROUNDS)
@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("entry", story(), ids=lambda entry: entry.key)
def test_every_page_fits_a_phone_offline(phones, app_url, entry, lang, round_):
    measured, left = visit(phones, app_url, entry, lang)
    _check(measured, left, entry)


@pytest.mark.parametrize("round_", ROUNDS)
def test_a_finger_dragged_over_a_chart_scrolls_the_page(phones, app_url, round_):
    """plotly.js #2844: on a touch screen a drag over a chart must move the page, not zoom the chart."""
    page, _ = phones("en")
    visit(phones, app_url, next(entry for entry in story() if entry.key == "learn"), "en", shoot=False)
    plot = page.locator(".js-plotly-plot .nsewdrag").first
    plot.scroll_into_view_if_needed()
    box = plot.bounding_box()
    scroller = "document.querySelector('[data-testid=\"stMain\"]')"
    ranges_before = page.evaluate("() => JSON.stringify(document.querySelector('.js-plotly-plot').layout.xaxis.range)")
    top_before = page.evaluate(f"() => {scroller}.scrollTop")
    session = page.context.new_cdp_session(page)
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] * 0.8
    session.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
    for step in range(1, 11):
        session.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": y - 25 * step}]})
    session.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    deadline = time.time() + 5
    while time.time() < deadline and page.evaluate(f"() => {scroller}.scrollTop") == top_before:
        page.wait_for_timeout(100)
    assert page.evaluate(f"() => {scroller}.scrollTop") > top_before
    assert page.evaluate("() => JSON.stringify(document.querySelector('.js-plotly-plot').layout.xaxis.range)") == (
        ranges_before
    )
    assert page.locator(".js-plotly-plot .modebar-container").first.is_hidden()
