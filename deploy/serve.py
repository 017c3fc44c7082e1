"""Serve painter for a class: `streamlit run app.py`, warmed before it says it is ready.

    python deploy/serve.py [any `streamlit run` option ...]

Streamlit keeps its caches (``st.cache_data`` / ``st.cache_resource``) per
process, so a fresh replica would make its first visitors wait for the fits
(about 5 s for the first home page, 4.5 s for the digits page). This launcher
starts exactly the server `streamlit run app.py` starts and, in a background
thread, opens every page in every language once, through the server's own
websocket, as a browser tab would: every model and figure a page shows at its
default settings is then in the shared caches. The server accepts visitors from
the first second; nothing waits for the warm-up except readiness:

``/_stcore/health`` answers 503 "warming up" to probes (Kubernetes, Docker's
``HEALTHCHECK``, a load balancer) until the warm-up is done, so a balancer never
sends a student to a cold replica. A browser's own ping (it carries a
``Referer`` or ``Sec-Fetch-Site`` header; probes send neither) is answered as
usual, so a visitor who reaches a warming replica directly is not held back.

`streamlit run app.py` and Community Cloud are untouched: they never import this.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import socket
import sys
import threading
import time
from pathlib import Path

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as `python deploy/serve.py`: the pages' package lives in the root
    sys.path.insert(0, str(ROOT))

#: Set once every page has been opened in every language (or the warm-up gave up).
READY = threading.Event()
#: The warm-up stops trying after this long; readiness then answers anyway.
WARM_UP_LIMIT = 300.0
LANGUAGES = ("en", "ja")

_LOGGER = logging.getLogger("painter.serve")


class Visitor:
    """One browser tab's worth of Streamlit's protocol over a websocket: rerun requests in, deltas out."""

    def __init__(self, ws):
        self.ws = ws

    async def run(
        self, page: str, widgets=(), query: str = "lang=en", timeout: float = 120, fragment: str = ""
    ) -> tuple[float, dict]:
        """Ask for a (re)run of ``page``; return seconds until it finished and what it showed.

        ``shown`` holds ``exceptions`` (count), ``figures`` (SHA-1 of each Plotly spec),
        ``images`` (media URLs), ``metrics`` (label -> value), ``widgets`` (id -> kind) and
        ``fragments`` (id -> seconds: the fragments that ask the browser to rerun them every so
        often). ``fragment`` reruns only that fragment, as a browser's timer does.
        """
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
        shown = {"widgets": {}, "exceptions": 0, "figures": [], "images": [], "metrics": {}, "fragments": {}}
        while True:
            forward = ForwardMsg()
            forward.ParseFromString(await asyncio.wait_for(self.ws.recv(), timeout=timeout))
            kind = forward.WhichOneof("type")
            if kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
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
                elif which is not None and hasattr(getattr(element, which), "id"):
                    shown["widgets"][getattr(element, which).id] = which
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
    """Every page's URL path, the home page as ``""``."""
    from app_pages import story

    return [entry.url_path for entry in story()]


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


def warm_up_in_background() -> None:
    """Start the warm-up thread once the server's configuration is known."""
    from streamlit import config

    address = config.get_option("server.address") or "127.0.0.1"
    if address.startswith("unix://"):
        READY.set()  # nothing to dial; serve as `streamlit run` would
        return
    host = "127.0.0.1" if address in ("0.0.0.0", "::", "") else address
    port = int(config.get_option("server.port"))
    base = config.get_option("server.baseUrlPath") or ""

    def warm() -> None:
        try:
            _wait_for_port(host, port, 60)
            exceptions, seconds = asyncio.run(asyncio.wait_for(visit_every_page(host, port, base), WARM_UP_LIMIT))
            _LOGGER.warning("painter: warm in %.1f s (%d exceptions on the pages)", seconds, exceptions)
            # --- step 7a and step 8's schools beyond their default views (issue 21): one call, here only ---
            from painter.warmup import warm_learned

            warm_learned()
        except Exception as error:  # a replica that cannot warm still serves, as a cold one
            _LOGGER.warning("painter: warm-up failed (%r); serving cold", error)
        finally:
            READY.set()

    threading.Thread(target=warm, name="painter-warm-up", daemon=True).start()


def _from_a_browser(request) -> bool:
    return "referer" in request.headers or "sec-fetch-site" in request.headers


def _gate_health() -> None:
    """Make ``/_stcore/health`` answer 503 to probes until the warm-up is done, and start the warm-up."""
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route
    from streamlit.web.server.starlette import starlette_app

    original = starlette_app.create_health_routes

    def create_health_routes(runtime, base_url):
        routes = original(runtime, base_url)
        warm_up_in_background()
        gated = []
        for route in routes:
            if isinstance(route, Route) and "GET" in (route.methods or ()):
                served = route.endpoint

                async def endpoint(request, served=served):
                    if READY.is_set() or _from_a_browser(request):
                        return await served(request)
                    return PlainTextResponse("warming up", status_code=503, headers={"Cache-Control": "no-cache"})

                route = Route(route.path, endpoint, methods=sorted(route.methods))
            gated.append(route)
        return gated

    starlette_app.create_health_routes = create_health_routes


def main(argv: list[str]) -> None:
    """Run ``streamlit run app.py *argv`` in this process, with the warm-up and the readiness gate."""
    from streamlit.web import cli

    _gate_health()
    sys.argv = ["streamlit", "run", str(ROOT / "app.py"), *argv]
    cli.main()


if __name__ == "__main__":
    main(sys.argv[1:])
