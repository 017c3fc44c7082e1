"""The warm-up (painter/warmup.py): nothing starts under AppTest; a bare server makes every page's default view.

After a bare ``streamlit run app.py`` and its first page, the warm-up thread that
``app.py`` started opens every page in every language and computes what steps 7a
and 8 show beyond their defaults. Then every page's default view, in both
languages, finds all it needs in the caches: visiting every page again adds no
cache entry (Streamlit's own ``/_stcore/metrics``: bytes per ``st.cache_data``
function, entries per ``st.cache_resource`` function).
"""

from __future__ import annotations

import asyncio
import json
import os
import queue
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request

import pytest

from painter import warmup
from tests.apptest import ROOT, open_page
from tests.browser import free_port, stop_server

#: Seconds the warm-up may take on a busy 2-core machine (it gives up by itself after WARM_UP_LIMIT).
WARM_LIMIT = warmup.WARM_UP_LIMIT + 120


def _warm_up_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == warmup.THREAD_NAME]


def test_nothing_starts_under_apptest():
    open_page()
    open_page("app_pages/learn.py", "ja")
    assert _warm_up_threads() == []
    assert not warmup.DONE.is_set()


def test_nothing_starts_without_a_server():
    assert warmup.start_in_background() is None
    assert _warm_up_threads() == []


@pytest.mark.parametrize("setting", ["0", "1"])
def test_painter_warm_up_0_starts_no_thread_and_is_done_at_once(monkeypatch, setting):
    """A server whose environment says PAINTER_WARM_UP=0 (the browser tests' servers) starts no warm-up."""
    from streamlit import runtime

    monkeypatch.setenv(warmup.WARM_UP_ENV, setting)
    monkeypatch.setattr(runtime, "exists", lambda: True)
    monkeypatch.setattr(warmup, "under_app_test", lambda: False)
    monkeypatch.setattr(warmup, "server_address", lambda: ("127.0.0.1", free_port(), ""))
    monkeypatch.setattr(warmup, "_started", False)
    monkeypatch.setattr(warmup, "DONE", threading.Event())
    started: list[tuple] = []
    monkeypatch.setattr(warmup.threading, "Thread", lambda **kwargs: started.append(kwargs) or _NotStarted())
    thread = warmup.start_in_background()
    assert (thread is None, warmup.DONE.is_set(), len(started)) == (
        (True, True, 0) if setting == "0" else (False, False, 1)
    )


class _NotStarted:
    """Stands in for the warm-up thread, so that no real warm-up dials a server that is not there."""

    def start(self) -> None:
        pass


def test_the_address_to_dial_follows_the_servers_options(monkeypatch):
    from streamlit import config

    options = {"server.address": "0.0.0.0", "server.port": 8501, "server.baseUrlPath": "painter"}
    monkeypatch.setattr(config, "get_option", lambda name: options[name])
    assert warmup.server_address() == ("127.0.0.1", 8501, "painter")
    options["server.address"] = "unix:///tmp/painter.sock"
    assert warmup.server_address() is None


def _cache_sizes(port: int) -> dict[str, float]:
    """Each cached function's size from the server's metrics: bytes (cache_data) or entries (cache_resource)."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/metrics", timeout=10) as response:
        text = response.read().decode()
    sizes = {}
    for line in text.splitlines():
        match = re.match(r"cache_memory_bytes\{(.*)\} (\S+)", line)
        if match:
            sizes[match.group(1)] = float(match.group(2))
    return sizes


def _options(port: int) -> list[str]:
    return ["--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]


def _lines(stream, into: queue.Queue) -> None:
    for line in stream:
        into.put(line)


#: In a fresh process, as a server starts (scikit-learn not yet loaded): the threads of every BLAS pool
#: before app.py's first run, and of every BLAS and OpenMP pool after it.
POOLS_AROUND_A_RUN = """
import json
import numpy, scipy.linalg
from streamlit.testing.v1 import AppTest
from threadpoolctl import threadpool_info
before = [pool["num_threads"] for pool in threadpool_info()]
AppTest.from_file("app.py", default_timeout=120).run()
print(json.dumps([before, [pool["num_threads"] for pool in threadpool_info()]]))
"""


def test_the_app_gives_every_blas_and_openmp_pool_one_thread():
    """A session's maths runs in its script thread: two BLAS threads each made step 5a's first visit 15x slower."""
    env = {name: value for name, value in os.environ.items() if not name.endswith("_NUM_THREADS")}  # as a server
    result = subprocess.run(
        [sys.executable, "-c", POOLS_AROUND_A_RUN], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr[-2000:]
    before, after = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(after) >= 3 and set(after) == {1}  # NumPy's and SciPy's BLAS, scikit-learn's OpenMP
    if (os.cpu_count() or 1) > 1:
        assert max(before) > 1  # the libraries' own default, which the app changes


def test_the_warm_up_opens_the_pages_with_a_slow_first_visit_first_and_every_page_once():
    from app_pages import story

    names = warmup.page_names()
    slow = sorted((entry for entry in story() if entry.first_visit), key=lambda entry: -entry.first_visit)
    assert len(slow) >= 2 and names[: len(slow)] == [entry.url_path for entry in slow]
    assert slow[0].first_visit > slow[-1].first_visit
    assert sorted(names) == sorted(entry.url_path for entry in story())


@pytest.mark.slow
@pytest.mark.deploy  # a real server and its whole warm-up: in the lane of the other server tests
def test_a_bare_server_warms_every_pages_default_view_after_its_first_page():
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true", *_options(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    log: queue.Queue = queue.Queue()
    threading.Thread(target=_lines, args=(proc.stdout, log), daemon=True).start()
    seen = []
    try:
        deadline = time.time() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.time() < deadline, "the server did not start"
                time.sleep(0.2)

        async def first_page():
            async with warmup.connect("127.0.0.1", port) as ws:
                return await warmup.Visitor(ws).run("")

        _, shown = asyncio.run(first_page())
        assert shown["exceptions"] == 0
        deadline = time.time() + WARM_LIMIT
        while not any("painter: warm-up done" in line for line in seen):
            assert time.time() < deadline, "".join(seen)
            try:
                seen.append(log.get(timeout=max(0.1, deadline - time.time())))
            except queue.Empty:
                continue
        assert "(0 exceptions on the pages)" in "".join(seen)
        before = _cache_sizes(port)
        assert any("painter.cached" in name or "digits_model" in name for name in before), before
        exceptions, _ = asyncio.run(warmup.visit_every_page("127.0.0.1", port))
        assert exceptions == 0
        assert _cache_sizes(port) == before  # nothing was missing: no page computed anything new
    finally:
        stop_server(proc)
    while not log.empty():
        seen.append(log.get())
    assert not [line for line in seen if "ScriptRunContext" in line or "Traceback" in line], "".join(seen)
