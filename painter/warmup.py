"""Make a fresh server process warm: heavy imports once, then every page's default view in the background.

Three things happen once per process:

- :func:`one_thread_each` gives NumPy's and SciPy's BLAS and scikit-learn's OpenMP one thread
  each. A server runs each session's script in a thread of its own, so the parallelism is
  already there; the maths of one page is small (64×64 matrices, a few thousand rows), and
  two BLAS threads on two cores that other sessions use too only wait for each other.
  Measured (a fresh process under AppTest): the first visit of step 5a took 12 s with two
  BLAS threads and 0.8 s with one.
- :func:`warm_up` sets that, imports the heavy libraries and takes them out of the garbage
  collector's sight. Streamlit runs a full garbage collection after every script
  run (``runner.postScriptGC``); with NumPy, SciPy, scikit-learn and Plotly
  loaded that full pass walks hundreds of thousands of long-lived objects and,
  measured under load here, took about half of the server's time.
  ``gc.freeze()`` after the imports moves those objects to a permanent
  generation, so the collection after each run only looks at what the run
  itself created.
- :func:`start_in_background` starts one thread that opens every page in every
  language once, through the server's own websocket, as a browser tab would
  (:class:`Visitor`), then computes what step 7a and step 8 show beyond their
  default views (:func:`warm_learned`). Every model, draw and figure a page shows
  at its default settings is then in the shared caches, made by the page's own
  code: nothing here lists what a page calls, so a page that changes what it
  caches is warmed as it is. ``app.py`` starts it on its first run (a bare
  ``streamlit run app.py``, Community Cloud); ``deploy/serve.py`` starts it as
  the server starts and answers readiness probes once :data:`DONE` is set.

Nothing is started under AppTest (the tests would pay for every fit), without
a Streamlit server, or with ``PAINTER_WARM_UP=0`` in the environment (:data:`WARM_UP_ENV`: the browser
tests' servers, whose pages are what is tested, not how warm they are; :data:`DONE` is set at once).
Only :func:`warm_up` runs in the caller's thread; everything
Streamlit is imported when needed, so this module imports without Streamlit.
"""

from __future__ import annotations

import asyncio
import gc
import hashlib
import logging
import os
import socket
import threading
import time
from collections.abc import Iterable

__all__ = [
    "DONE",
    "LANGUAGES",
    "THREAD_NAME",
    "WARM_UP_ENV",
    "WARM_UP_LIMIT",
    "Visitor",
    "connect",
    "one_thread_each",
    "page_names",
    "server_address",
    "start_in_background",
    "under_app_test",
    "visit_every_page",
    "warm_learned",
    "warm_server",
    "warm_up",
]

#: Set once the background warm-up has opened every page (or gave up): the process is warm.
DONE = threading.Event()
#: The warm-up stops visiting pages after this many seconds; :data:`DONE` is set anyway.
WARM_UP_LIMIT = 300.0
#: Every page is opened once in each language, in this order (a figure's labels are part of its cache key).
LANGUAGES = ("en", "ja")
#: The environment variable that turns the background warm-up off when it is ``0``.
WARM_UP_ENV = "PAINTER_WARM_UP"
#: The background thread's name (a test looks for it).
THREAD_NAME = "painter-warm-up"

_LOGGER = logging.getLogger("painter.warmup")
_lock = threading.Lock()
_frozen = False
_started = False


def one_thread_each() -> None:
    """One thread for every BLAS and OpenMP pool, for the rest of the process (unless the environment names
    a number itself).

    OpenMP's thread count is a setting of each thread, read from ``OMP_NUM_THREADS`` when scikit-learn
    loads it: importing :mod:`painter` sets that. BLAS's is one for the whole process, set here once
    NumPy and SciPy are loaded (Streamlit has loaded NumPy before the app's first line).
    """
    import numpy  # noqa: F401
    import scipy.linalg  # noqa: F401
    import sklearn.mixture  # noqa: F401
    from threadpoolctl import threadpool_limits

    if "OPENBLAS_NUM_THREADS" not in os.environ:
        threadpool_limits(limits=1, user_api="blas")


def warm_up() -> None:
    """One thread per pool (:func:`one_thread_each`), every heavy module the pages use imported, then the
    heap frozen, once (idempotent)."""
    global _frozen
    if _frozen:
        return
    one_thread_each()
    import plotly.graph_objects  # noqa: F401

    from painter import cached, figures  # noqa: F401

    gc.collect()
    gc.freeze()
    _frozen = True


def warm_learned() -> None:
    """What step 7a and step 8's schools show beyond their default views, computed once per process.

    Called after every page has been opened (which trains the default network of step 7a):
    the memorise chart's eight networks, the schools, the compressions. The cached functions
    run outside a script run here; Streamlit's caches are shared by the whole process, so
    every session finds the results.
    """
    from painter import cached, compress, guidance, learned

    for size in learned.HALVES_SIZES:
        cached.learned_halves(size, 0)
    for school in range(guidance.SCHOOLS):
        cached.schools_guided(school)
    for k in compress.DIMS:
        cached.compression(k)


class Visitor:
    """One browser tab's worth of Streamlit's protocol over a websocket: rerun requests in, deltas out."""

    def __init__(self, ws) -> None:
        self.ws = ws

    async def run(
        self, page: str, widgets: Iterable = (), query: str = "lang=en", timeout: float = 120, fragment: str = ""
    ) -> tuple:
        """Ask for a (re)run of ``page``; return seconds until it finished and what it showed.

        Parameters
        ----------
        page : str
            The page's URL path (``""`` for the first page).
        widgets : iterable of WidgetState
            The widget values the run starts from (a moved control), none for a first visit.
        query : str
            The query string the run sees (the language, the settings of a link).
        timeout : float
            Seconds to wait for any one message from the server.
        fragment : str
            Rerun only this fragment, as a browser's timer does (``st.fragment(run_every=...)``).

        Returns
        -------
        seconds : float
            From the request to the script's end.
        shown : dict
            ``exceptions`` (count), ``figures`` (SHA-1 of each Plotly spec), ``images`` (media
            URLs), ``metrics`` (label -> value), ``widgets`` (id -> kind) and ``elements``
            (id of each element or block that has one -> seconds from the request until it came), and
            ``fragments`` (id -> seconds: the fragments that ask the browser to rerun them every so often).
        """
        from streamlit.proto.BackMsg_pb2 import BackMsg
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        msg = BackMsg()
        msg.rerun_script.query_string = query
        msg.rerun_script.page_name = page
        if fragment:
            msg.rerun_script.fragment_id = fragment
            msg.rerun_script.is_auto_rerun = True
        for widget in widgets:
            msg.rerun_script.widget_states.widgets.append(widget)
        start = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        shown = {
            "widgets": {},
            "exceptions": 0,
            "figures": [],
            "images": [],
            "metrics": {},
            "elements": {},
            "fragments": {},
        }
        while True:
            forward = ForwardMsg()
            forward.ParseFromString(await asyncio.wait_for(self.ws.recv(), timeout=timeout))
            kind = forward.WhichOneof("type")
            if kind == "delta" and forward.delta.WhichOneof("type") == "add_block":
                block_id = getattr(forward.delta.add_block, "id", "")
                if block_id:
                    shown["elements"][block_id] = time.perf_counter() - start
            elif kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
                element = forward.delta.new_element
                which = element.WhichOneof("type")
                if which == "exception":
                    shown["exceptions"] += 1
                elif which == "plotly_chart":
                    shown["figures"].append(hashlib.sha1(element.plotly_chart.spec.encode()).hexdigest())
                elif which == "metric":
                    shown["metrics"][element.metric.label] = element.metric.body
                elif which == "imgs":
                    shown["images"].extend(img.url for img in element.imgs.imgs)
                if which is not None and getattr(getattr(element, which), "id", ""):
                    element_id = getattr(element, which).id
                    shown["elements"][element_id] = time.perf_counter() - start
                    if which not in ("plotly_chart", "imgs", "metric"):
                        shown["widgets"][element_id] = which
            elif kind == "auto_rerun":
                shown["fragments"][forward.auto_rerun.fragment_id] = forward.auto_rerun.interval
            elif kind == "script_finished":
                return time.perf_counter() - start, shown


def connect(host: str, port: int, base: str = ""):
    """A websocket to a Streamlit server's ``/_stcore/stream`` (under ``base``, its ``server.baseUrlPath``)."""
    from websockets.asyncio.client import connect as ws_connect

    prefix = f"/{base.strip('/')}" if base.strip("/") else ""
    url = f"ws://{host}:{port}{prefix}/_stcore/stream"
    return ws_connect(url, subprotocols=["streamlit"], origin=f"http://{host}:{port}", max_size=None)


def page_names() -> list[str]:
    """Every page's URL path, the first page as ``""`` (read from the registry): the pages with a slow
    first visit (``Page.first_visit``) first, the longest first, so that a visitor who goes on at once
    waits least; the others in story order."""
    from app_pages import story

    pages = sorted(story(), key=lambda entry: -entry.first_visit)  # stable: story order otherwise
    return [entry.url_path for entry in pages]


async def visit_every_page(host: str, port: int, base: str = "") -> tuple[int, float]:
    """Open every page in every language once, one session per language; return (exceptions, seconds)."""
    start = time.perf_counter()
    exceptions = 0
    for lang in LANGUAGES:
        async with connect(host, port, base) as ws:
            visitor = Visitor(ws)
            for page in page_names():
                _, shown = await visitor.run(page, query=f"lang={lang}")
                exceptions += shown["exceptions"]
    return exceptions, time.perf_counter() - start


def _wait_for_port(host: str, port: int, limit: float) -> None:
    deadline = time.time() + limit
    while True:
        try:
            socket.create_connection((host, port), timeout=1).close()
            return
        except OSError:
            if time.time() > deadline:
                raise
            time.sleep(0.2)


def warm_server(host: str, port: int, base: str = "") -> None:
    """Warm the server on ``host:port`` (this process): every page in every language, then :func:`warm_learned`.

    Never raises: a process that cannot warm still serves, as a cold one. :data:`DONE` is set at the end.
    """
    start = time.perf_counter()
    try:
        _wait_for_port(host, port, 60)
        exceptions, seconds = asyncio.run(asyncio.wait_for(visit_every_page(host, port, base), WARM_UP_LIMIT))
        _LOGGER.warning("painter: warm in %.1f s (%d exceptions on the pages)", seconds, exceptions)
        warm_learned()
        _LOGGER.warning("painter: warm-up done in %.1f s", time.perf_counter() - start)
    except Exception as error:
        _LOGGER.warning("painter: warm-up failed (%r); serving cold", error)
    finally:
        DONE.set()


def under_app_test() -> bool:
    """Whether this run is one of AppTest's (which sets ``global.appTest`` while a script runs)."""
    from streamlit import config

    return bool(config.get_option("global.appTest"))


def server_address() -> tuple[str, int, str] | None:
    """Where this process's server can be dialled, as (host, port, base URL path); None on a Unix socket."""
    from streamlit import config

    address = config.get_option("server.address") or "127.0.0.1"
    if address.startswith("unix://"):
        return None
    host = "127.0.0.1" if address in ("0.0.0.0", "::", "") else address
    return host, int(config.get_option("server.port")), config.get_option("server.baseUrlPath") or ""


def start_in_background() -> threading.Thread | None:
    """Start this process's warm-up thread, once; later calls (every script run) return None at once.

    Nothing starts under AppTest or without a Streamlit server (``python app.py``); on a Unix
    socket there is nothing to dial, and with :data:`WARM_UP_ENV` ``=0`` nothing is wanted: then
    :data:`DONE` is set at once.

    Returns
    -------
    threading.Thread or None
        The thread started by this call, or None.
    """
    global _started
    if _started:  # every run after the first: nothing to look up
        return None
    from streamlit import runtime

    if under_app_test() or not runtime.exists():
        return None
    with _lock:
        if _started:
            return None
        _started = True
    address = server_address()
    if address is None or os.environ.get(WARM_UP_ENV) == "0":
        DONE.set()
        return None
    thread = threading.Thread(target=warm_server, args=address, name=THREAD_NAME, daemon=True)
    thread.start()
    return thread
