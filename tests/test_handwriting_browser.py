"""Step 6a in a real browser: a digit drawn on the pad with the mouse, and with a finger on a phone.

Each drawing is one stroke of pointer events on the pad; the test then waits (by polling, never by a
fixed pause) until the 8×8 picture and the ten written digits have changed. On the phone the stroke is a
real touch drag (CDP touch events, which Chromium turns into pointer events), and the page must not
scroll while the finger draws.
"""

from __future__ import annotations

from itertools import pairwise

import pytest

from tests.browser import playwright_or_skip, settle, wait_for_change
from tests.test_phone import PHONE_UA

sync_api = playwright_or_skip()

#: A 7, as fractions of the pad: along the top, then down and to the left.
SEVEN = [(0.2, 0.2), (0.5, 0.2), (0.8, 0.2), (0.7, 0.45), (0.6, 0.65), (0.5, 0.85)]
STEPS = 6  # moves between two points of the stroke


def _points(box: dict) -> list[tuple[float, float]]:
    path = []
    for (x0, y0), (x1, y1) in pairwise(SEVEN):
        for i in range(STEPS):
            f = i / STEPS
            path.append((x0 + (x1 - x0) * f, y0 + (y1 - y0) * f))
    path.append(SEVEN[-1])
    return [(box["x"] + fx * box["width"], box["y"] + fy * box["height"]) for fx, fy in path]


def _shown(page) -> tuple[str, str]:
    """The 8×8 picture's address and the ten written digits' (the first row of the main figure)."""
    seen = page.locator(".st-key-handwriting_seen img").first.get_attribute("src")
    written = page.locator(".st-key-handwriting_written img").first.get_attribute("src")
    return seen, written


def _both_changed(page, before: tuple[str, str]) -> bool:
    """Wait until the 8×8 picture and the ten written digits have both changed (they arrive one by one)."""
    return wait_for_change(lambda: all(a != b for a, b in zip(_shown(page), before, strict=True)), False)


def _pad(page):
    pad = page.locator("canvas.cells")
    pad.wait_for(state="visible", timeout=60_000)
    pad.scroll_into_view_if_needed()
    return pad


def _scrolled(page) -> tuple[float, float]:
    return page.evaluate(
        "() => [window.scrollY, (document.querySelector('[data-testid=\"stMain\"]') || {}).scrollTop || 0]"
    )


@pytest.mark.browser
def test_a_digit_drawn_with_the_mouse_is_read_and_written_ten_times(browser, app_url):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    try:
        page.goto(f"{app_url}/handwriting?lang=en")
        settle(page)
        before = _shown(page)
        box = _pad(page).bounding_box()
        points = _points(box)
        page.mouse.move(*points[0])
        page.mouse.down()
        for point in points[1:]:
            page.mouse.move(*point)
        page.mouse.up()
        assert _both_changed(page, before)
        settle(page)
        shown = page.inner_text('[data-testid="stMain"]')
        assert "reads your drawing as a 7" in shown, shown[:3000]
        assert page.locator('[data-testid="stException"]').count() == 0
    finally:
        context.close()


@pytest.mark.browser
def test_a_finger_draws_on_the_pad_without_scrolling_the_page(browser, app_url):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True, user_agent=PHONE_UA
    )
    page = context.new_page()
    try:
        page.goto(f"{app_url}/handwriting?lang=ja")
        settle(page)
        before = _shown(page)
        box = _pad(page).bounding_box()
        scrolled = _scrolled(page)
        points = _points(box)
        cdp = context.new_cdp_session(page)

        def touch(kind: str, point=None) -> None:
            touches = [] if point is None else [{"x": point[0], "y": point[1], "id": 1}]
            cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": touches})

        touch("touchStart", points[0])
        for point in points[1:]:
            touch("touchMove", point)
        assert _scrolled(page) == scrolled  # the finger drew; the page stayed where it was
        touch("touchEnd")
        assert _both_changed(page, before)
        settle(page)
        assert page.locator('[data-testid="stException"]').count() == 0
    finally:
        context.close()
