"""Helpers the test files share: open a page of the app under AppTest and read what it shows;
the app served on 127.0.0.1 and Debian's Chromium for the real-browser tests."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.browser import CHROMIUM, CHROMIUM_ARGS, free_port, start_server, stop_server

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("en", "ja")


def open_page(path: str | None = None, lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    if lang != "en":
        at.button_group(key="lang").set_value(lang).run()
    if path:
        at.switch_page(path).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def rerun(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    return "\n".join(e.value for kind in (at.markdown, at.caption, at.subheader, at.title) for e in kind)


def chart_specs(at: AppTest) -> list[str]:
    return [chart.proto.spec for chart in at.get("plotly_chart")]


def image_urls(at: AppTest) -> list[str]:
    return [img.url for element in at.get("image") for img in element.proto.imgs]


@pytest.fixture(scope="module")
def app_url():
    """The app served on 127.0.0.1 for one test module."""
    port = free_port()
    proc = start_server(port)
    yield f"http://127.0.0.1:{port}"
    stop_server(proc)


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium, headless, for one test module (the module skips itself without it)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
