"""Shared helpers for the real-browser tests and the load benchmark.

Starts `streamlit run app.py` on a free loopback port and drives Debian's
Chromium through Playwright (no browser is ever downloaded).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from painter.warmup import WARM_UP_ENV

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


def playwright_or_skip():
    """Playwright's sync API, or skip the calling test module when Chromium is missing (fail in CI)."""
    import pytest

    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing; .ci/run installs Debian's chromium", pytrace=False)
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)", allow_module_level=True)
    return pytest.importorskip("playwright.sync_api")


def free_port() -> int:
    """A free loopback port, or the one named by ``PAINTER_TEST_PORT`` (to keep to a port range)."""
    if os.environ.get("PAINTER_TEST_PORT"):
        return int(os.environ["PAINTER_TEST_PORT"])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, *extra: str, warm: bool = False) -> subprocess.Popen:
    """Run the app headless on 127.0.0.1:port and wait until it accepts connections.

    Without its background warm-up unless ``warm``: a test opens the pages it tests, and the warm-up
    (every page in both languages, and more) would only compete with it for the cores.
    """
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "app.py"),
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
            *extra,
        ],
        cwd=ROOT,
        env={**os.environ, WARM_UP_ENV: "1" if warm else "0"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc
        except OSError:
            time.sleep(0.2)
    stop_server(proc)
    raise RuntimeError("the app did not start within 60 s")


def stop_server(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(proc.pid, signal.SIGKILL)


def settle(page, timeout: float = 45.0) -> None:
    """Wait until the page's title is drawn and Streamlit has finished running its script."""
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=timeout * 1000)
    deadline = time.time() + timeout
    quiet_since = None
    while time.time() < deadline:
        running = page.locator('[data-testid="stStatusWidget"]').count() > 0
        if running:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.time()
        elif time.time() - quiet_since > 0.4:
            return
        time.sleep(0.1)
    raise TimeoutError("the page kept running")


def wait_for_change(read, before, timeout: float = 20.0, interval: float = 0.2):
    """Poll ``read()`` until it differs from ``before``; return the new value (or the last one read)."""
    deadline = time.time() + timeout
    value = read()
    while value == before and time.time() < deadline:
        time.sleep(interval)
        value = read()
    return value


#: Drawn: a chart's plot area, or a picture inside the figure's container.
DRAWN = ".js-plotly-plot .main-svg, [data-testid='stImage'] img"


def key_selector(key: str) -> str:
    """The element Streamlit draws for the user key ``key`` (it carries the class ``st-key-<key>``)."""
    return f".st-key-{key}"


def main_figure(page, entry):
    """The page's main figure, as its registry entry names it (``Page.main_figure``)."""
    return page.locator(key_selector(entry.main_figure)).first


def wait_for_main_figure(page, entry, timeout: float = 60.0) -> None:
    """Wait until the page's main figure is drawn: a chart's plot, or its first picture."""
    main_figure(page, entry).locator(DRAWN).first.wait_for(state="visible", timeout=timeout * 1000)


def move_main_control(page, entry) -> None:
    """Move the page's main control (``Page.main``) one step, as a visitor would: a slider by the
    keyboard, a number input by its + button, a row of buttons to its next choice, a switch by a click."""
    param = entry.param(entry.main)
    control = page.locator(key_selector(param.key)).first
    if param.kind == "choice" or (param.kind == "int" and param.choices):
        control.get_by_role("radio").nth(1).click()
    elif param.kind == "bool":
        control.get_by_role("checkbox").click()
    elif control.locator('[data-testid="stSlider"]').count():
        control.locator("input").first.focus()
        page.keyboard.press("ArrowRight")
    else:
        control.locator('[data-testid="stNumberInputStepUp"]').click()
