"""Step 7a in a real browser: the arrows follow σ, and the memorise section draws its chart."""

from __future__ import annotations

import pytest

from painter.i18n import translate
from tests.browser import playwright_or_skip, settle, wait_for_change

sync_api = playwright_or_skip()


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_step_7a_arrows_follow_sigma_and_the_memorise_chart_shows(browser, app_url, lang):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    try:
        page.goto(f"{app_url}/learned?lang={lang}")
        settle(page)
        plot = page.locator(".js-plotly-plot").first
        plot.wait_for(state="visible", timeout=60_000)
        before = plot.inner_html()
        page.locator('[data-testid="stSlider"] input').nth(1).focus()  # σ of the arrows
        page.keyboard.press("ArrowRight")
        assert wait_for_change(lambda: page.locator(".js-plotly-plot").first.inner_html(), before) != before
        settle(page)
        page.get_by_text(translate(lang, "learned.section.memorise"), exact=True).click()
        page.get_by_text(translate(lang, "learned.halves_title"), exact=True).wait_for(timeout=120_000)
        page.locator(".js-plotly-plot").nth(1).wait_for(state="visible", timeout=120_000)
        settle(page)
        assert page.locator('[data-testid="stException"]').count() == 0
        assert "Traceback" not in page.inner_text("body")
    finally:
        context.close()
