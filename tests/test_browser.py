"""The real app in a real browser: what only a browser shows.

Each story page once (languages by turns): its declared main control moved by hand redraws its
declared main figure. Then what AppTest cannot see: the language switch and the model's settings kept
across a real page change, an upload, a click on a chart, a slider's mark on a curve. The phone walk
(tests/test_phone.py) opens every page in both languages; AppTest (tests/test_app.py) checks every
page's texts and controls, the "draw again" buttons included.

Starts ``streamlit run app.py`` on a free 127.0.0.1 port and drives Debian's
Chromium with Playwright. Screenshots land in ``screenshots/`` (git-ignored).
Without Chromium these tests are skipped on a developer's machine and fail in
CI, where ``.ci/run`` installs it.
"""

from __future__ import annotations

import pytest

from app_pages import nav_title, page_title, story
from painter.i18n import translate
from tests.browser import (
    ROOT,
    key_selector,
    main_figure,
    move_main_control,
    playwright_or_skip,
    settle,
    wait_for_change,
    wait_for_main_figure,
)

sync_api = playwright_or_skip()
pytestmark = pytest.mark.browser

SHOTS = ROOT / "screenshots"


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    yield context.new_page()
    context.close()


def _url(app_url: str, key: str, lang: str) -> str:
    return f"{app_url}/{'' if key == story()[0].key else key}?lang={lang}"


def _no_exception(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0
    assert "Traceback" not in page.inner_text("body")


def _figure(page, index: int = 0) -> str:
    plot = page.locator(".js-plotly-plot").nth(index)
    plot.wait_for(state="visible", timeout=60_000)  # a loaded machine can take this long to draw a page
    return plot.inner_html()


def _nudge_slider(page, index: int) -> None:
    """Move the index-th slider on the page one step right, as a keyboard user would."""
    page.locator('[data-testid="stSlider"] input').nth(index).focus()
    page.keyboard.press("ArrowRight")


#: Every story page once, in English and Japanese by turns (the phone walk opens every page in both
#: languages and checks its title, main figure and layout there; AppTest checks every page's texts).
# a room page has no main control before a room is open (tests/test_classroom_page.py walks its views)
WALK = [(entry, ("en", "ja")[i % 2]) for i, entry in enumerate(e for e in story()[1:] if e.main)]


@pytest.mark.parametrize(("entry", "lang"), WALK, ids=[f"{entry.key}-{lang}" for entry, lang in WALK])
def test_main_control_changes_the_main_figure(page, app_url, entry, lang):
    """What only a desktop browser shows: the page's declared main control, moved by hand, redraws
    its declared main figure (both from the registry), with no exception; and a screenshot."""
    page.goto(_url(app_url, entry.key, lang))
    settle(page)
    wait_for_main_figure(page, entry)
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{entry.key}.{lang}.png"), full_page=True)
    before = main_figure(page, entry).inner_html()
    move_main_control(page, entry)
    assert wait_for_change(lambda: main_figure(page, entry).inner_html(), before) != before
    settle(page)
    _no_exception(page)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_sidebar_lists_every_step(page, app_url, lang):
    """Every page of the story is a link in the sidebar, none folded behind "View more" (Streamlit folds after ten)."""
    page.goto(_url(app_url, story()[0].key, lang))
    settle(page)
    nav = page.locator('[data-testid="stSidebarNav"]')
    for entry in story():
        nav.get_by_role("link", name=nav_title(entry.key, lang), exact=True).wait_for(state="visible", timeout=20_000)


def test_language_switch_is_kept_when_changing_page(page, app_url):
    page.goto(_url(app_url, "learn", "en"))
    settle(page)
    page.get_by_text(translate("ja", "app.language.ja"), exact=True).click()
    title = wait_for_change(lambda: page.locator("h1").first.inner_text().strip(), page_title("learn", "en"))
    assert title == page_title("learn", "ja")
    # The address is rewritten when the run ends (history.pushState); Playwright's
    # page.url can miss that, so ask the page itself.
    assert wait_for_change(lambda: "lang=ja" in page.evaluate("location.href"), False)
    page.get_by_role("link", name=nav_title("style", "ja")).click()
    title = wait_for_change(lambda: page.locator("h1").first.inner_text().strip(), page_title("learn", "ja"))
    assert title == page_title("style", "ja")


def test_model_settings_follow_the_visitor_to_the_style_page(page, app_url):
    page.goto(_url(app_url, "learn", "en"))
    settle(page)
    before = _figure(page)
    _nudge_slider(page, 0)  # 3 -> 4 components
    wait_for_change(lambda: _figure(page), before)
    settle(page)
    page.get_by_role("link", name=nav_title("style", "en")).click()
    note = translate("en", "style.model_note", k=4, cov=translate("en", "model.cov.full"))
    wait_for_change(lambda: note in page.inner_text("body"), False)
    assert note in page.inner_text("body")


def test_an_uploaded_picture_replaces_the_photo(page, app_url, tmp_path):
    import numpy as np
    from PIL import Image

    path = tmp_path / "mine.png"
    Image.fromarray(np.random.default_rng(0).integers(0, 256, (30, 40, 3), dtype=np.uint8)).save(path)
    page.goto(_url(app_url, "pixels", "ja"))
    settle(page)
    before = _figure(page, 0)
    page.locator('[data-testid="stMain"] summary').first.click()
    page.locator('input[type="file"]').set_input_files(str(path))
    assert wait_for_change(lambda: _figure(page, 0), before) != before
    settle(page)
    assert translate("ja", "pixels.upload.showing") in page.inner_text("body")
    _no_exception(page)


def test_clicking_the_plane_adds_a_work(page, app_url):
    page.goto(f"{app_url}/training?lang=en&training_section=own")
    settle(page)
    count = page.locator('[data-testid="stMetricValue"]').first
    assert count.inner_text() == "300"
    page.locator(".js-plotly-plot").first.scroll_into_view_if_needed()
    area = page.locator(".js-plotly-plot .nsewdrag").first.bounding_box()
    # the empty dark corner of the plane, where only the invisible click layer lies
    x, y = area["x"] + 0.1 * area["width"], area["y"] + 0.9 * area["height"]
    page.mouse.move(x, y)
    page.wait_for_timeout(300)  # let Plotly find the point under the mouse, as a hand would
    page.mouse.click(x, y)
    assert wait_for_change(count.inner_text, "300") == "301"
    _no_exception(page)


def test_guidance_slider_moves_the_mark_on_the_tradeoff_curves(page, app_url):
    page.goto(f"{app_url}/prompt?lang=en&prompt_section=tradeoff&prompt_guidance=2.0")
    settle(page, timeout=240)  # the first visit fits the digit models and computes the curves
    mark = translate("en", "prompt.fig.current")
    page.get_by_text(mark, exact=True).first.wait_for(state="visible", timeout=60_000)
    before = _figure(page)
    _nudge_slider(page, 0)  # guidance 2.0 -> 2.5
    assert wait_for_change(lambda: _figure(page), before, timeout=60) != before
    assert wait_for_change(lambda: "prompt_guidance=2.5" in page.evaluate("location.href"), False)
    settle(page)
    _no_exception(page)


#: The boxes of the elements a selector finds, as [left, top, width, height] in whole pixels.
BOXES = """selector => [...document.querySelectorAll(selector)].map(e => {
    const r = e.getBoundingClientRect();
    return [r.left, r.top, r.width, r.height].map(Math.round);
})"""


#: The labels of the main area's page links, and those of them that do not fit (their text clipped).
LINKS = "[data-testid='stMain'] [data-testid='stPageLink-NavLink']"
CUT_LINKS = """links => [...document.querySelectorAll(links)]
  .filter(link => [...link.querySelectorAll('span, p')].some(part => part.scrollWidth > part.clientWidth + 1))
  .map(link => link.innerText)"""
#: The overview's step cards: a column's block that holds a page link (the foot's links count as a row too).
CARDS = "[data-testid='stColumn'] [data-testid='stVerticalBlock']:has(> * > [data-testid='stPageLink'])"


@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
def test_pictures_and_cards_of_a_row_are_drawn_alike(browser, app_url, width):
    """What only a browser lays out: step 3's ten pictures at one size, with their captions level in each
    row, and the overview's step cards as tall as the others of their row (on a desktop and a phone)."""
    context = browser.new_context(viewport={"width": width, "height": 1000})
    page = context.new_page()
    gallery = key_selector(next(entry for entry in story() if entry.key == "untrained").main_figure)
    page.goto(_url(app_url, "untrained", "en"))
    settle(page)
    page.locator(f"{gallery} img").nth(9).wait_for(state="visible", timeout=60_000)
    pictures = page.evaluate(BOXES, f"{gallery} [data-testid='stImage'] img")
    captions = page.evaluate(BOXES, f"{gallery} [data-testid='stImageCaption']")
    assert len(pictures) == len(captions) == 10
    assert {(w, h) for _, _, w, h in pictures} == {(96, 96)}  # the PNG's own size: no caption stretches it
    for (_, top, _, _), (_, caption_top, _, _) in zip(pictures, captions, strict=True):
        assert caption_top - top == captions[0][1] - pictures[0][1]  # every caption just under its picture
    page.goto(_url(app_url, "home", "en"))
    settle(page)
    cards = page.evaluate(BOXES, CARDS)
    rows: dict[int, set[int]] = {}
    for _, top, _, height in cards:
        rows.setdefault(top, set()).add(height)
    assert sum(len(heights) for heights in rows.values()) == len(rows)  # one height per row
    assert len(rows) >= (len(story()) - 1) // 3  # (a phone stacks them: one card a row)
    for lang in ("en", "ja"):  # every card's link reads in full, in the longer language too
        page.goto(_url(app_url, "home", lang))
        settle(page)
        page.locator(LINKS).last.wait_for(state="visible", timeout=60_000)
        assert page.evaluate(CUT_LINKS, LINKS) == []
    context.close()
