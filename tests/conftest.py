"""Fixtures shared by the real-browser tests (``test_browser.py``, ``test_phone.py``)."""

from __future__ import annotations

import pytest

from tests.browser import CHROMIUM, CHROMIUM_ARGS, free_port, start_server, stop_server


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
