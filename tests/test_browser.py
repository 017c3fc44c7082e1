"""The real app in a real browser: every page, both languages, and its main control.

Starts ``streamlit run app.py`` on a free 127.0.0.1 port and drives Debian's
Chromium with Playwright. Screenshots land in ``screenshots/`` (git-ignored).
Without Chromium these tests are skipped on a developer's machine and fail in
CI, where ``.ci/run`` installs it.
"""

from __future__ import annotations

import pytest

from app_pages import PAGES, nav_title, page_title
from painter.i18n import translate
from tests.browser import ROOT, playwright_or_skip, settle, wait_for_change

sync_api = playwright_or_skip()

SHOTS = ROOT / "screenshots"


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    yield context.new_page()
    context.close()


def _url(app_url: str, key: str, lang: str) -> str:
    return f"{app_url}/{'' if key == 'home' else key}?lang={lang}"


def _no_exception(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0
    assert "Traceback" not in page.inner_text("body")


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize(("key", "path", "icon"), PAGES, ids=[key for key, _, _ in PAGES])
def test_page_loads_with_its_main_figure(page, app_url, key, path, icon, lang):
    page.goto(_url(app_url, key, lang))
    settle(page)
    assert page.locator("h1").first.inner_text().strip() == page_title(key, lang)
    if key == "home":
        assert page.locator('[data-testid="stPageLink"]').count() == len(PAGES)  # a card per step, and "next"
    else:
        page.locator('.js-plotly-plot, [data-testid="stImage"]').first.wait_for(state="visible", timeout=20_000)
    _no_exception(page)
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{key}.{lang}.png"), full_page=True)


def _figure(page, index: int = 0) -> str:
    plot = page.locator(".js-plotly-plot").nth(index)
    plot.wait_for(state="visible", timeout=60_000)  # a loaded machine can take this long to draw a page
    return plot.inner_html()


def _nudge_slider(page, index: int) -> None:
    """Move the index-th slider on the page one step right, as a keyboard user would."""
    page.locator('[data-testid="stSlider"] input').nth(index).focus()
    page.keyboard.press("ArrowRight")


# page key -> (what to do, which figure to watch)
ACTIONS = {
    "pixels": (lambda p: _nudge_slider(p, 0), 1),  # the zoom box moves: the grid of numbers changes
    "contest": (lambda p: _nudge_slider(p, 0), 0),  # another artist is ringed
    "learn": (lambda p: _nudge_slider(p, 0), 0),  # one more component
    "style": (lambda p: _nudge_slider(p, 0), 0),  # another style
    "count": (lambda p: p.get_by_role("radio", name="2×2", exact=True).click(), 0),  # a preset size
    "training": (lambda p: _nudge_slider(p, 0), 0),  # EM with one more component
    "diffusion": (lambda p: _nudge_slider(p, 0), 0),  # more points flow from noise
    "prompt": (lambda p: _nudge_slider(p, 0), 0),  # more guidance: another path out of the same noise
    "learned": (lambda p: _nudge_slider(p, 1), 0),  # another σ: the arrows change
}


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("key", sorted(ACTIONS))
def test_main_control_changes_the_figure(page, app_url, key, lang):
    page.goto(_url(app_url, key, lang))
    settle(page)
    action, figure = ACTIONS[key]
    before = _figure(page, figure)
    action(page)
    assert wait_for_change(lambda: _figure(page, figure), before) != before
    settle(page)
    _no_exception(page)


def test_redraw_paints_new_noise(page, app_url):
    page.goto(_url(app_url, "untrained", "en"))
    settle(page)
    images = page.locator('[data-testid="stImage"] img')
    before = images.first.get_attribute("src")
    page.get_by_role("button", name=translate("en", "common.again")).click()
    assert wait_for_change(lambda: images.first.get_attribute("src"), before) != before
    _no_exception(page)


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


def test_digits_redraw_draws_new_digits(page, app_url):
    page.goto(_url(app_url, "digits", "en"))
    settle(page, timeout=120)  # the first visit fits the digits model
    drawn = page.locator('[data-testid="stImage"] img').nth(1)  # real, drawn, noise: the middle grid
    before = drawn.get_attribute("src")
    page.get_by_role("button", name=translate("en", "common.again")).click()
    assert wait_for_change(lambda: drawn.get_attribute("src"), before) != before
    _no_exception(page)


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
