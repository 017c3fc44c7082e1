"""Fixtures the test files share (pytest loads this file itself: import helpers from tests.apptest,
never from here). The app served on 127.0.0.1 and Debian's Chromium for the real-browser tests."""

import pytest

from painter import warmup
from tests.browser import CHROMIUM, CHROMIUM_ARGS, free_port, start_server, stop_server

warmup.one_thread_each()  # the tests' own maths on the threads the app gives it


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


#: Markers of the long tests, heaviest kind first.
HEAVY = ("deploy", "browser", "slow")


def pytest_collection_modifyitems(items):
    """Run the modules with the long tests first, each module's own order kept.

    With ``-n 2`` (pytest-xdist hands out whole modules, in this order) the long server and
    browser modules start at once, and the many short modules fill both workers at the end,
    rather than one long module running alone while the other worker idles.
    """

    def rank(item) -> int:
        marks = {mark.name for mark in item.iter_markers()}
        return min((HEAVY.index(name) for name in marks if name in HEAVY), default=len(HEAVY))

    module_rank: dict[str, int] = {}
    for item in items:
        module_rank[item.module.__name__] = min(module_rank.get(item.module.__name__, len(HEAVY)), rank(item))
    items.sort(key=lambda item: module_rank[item.module.__name__])
