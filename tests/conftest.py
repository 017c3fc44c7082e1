"""Fixtures the test files share (pytest loads this file itself: import helpers from tests.apptest,
never from here). The app served on 127.0.0.1 and Debian's Chromium for the real-browser tests."""

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
