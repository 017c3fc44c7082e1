"""Serve painter for a class: `streamlit run app.py`, warmed before it says it is ready.

    python deploy/serve.py [any `streamlit run` option ...]

Streamlit keeps its caches (``st.cache_data`` / ``st.cache_resource``) per
process, so a fresh replica would make its first visitors wait for the fits
(about 5 s for the first home page, 4.5 s for the digits page). This launcher
starts exactly the server `streamlit run app.py` starts and starts the app's own
warm-up (:mod:`painter.warmup`) as the server starts, before the first visitor:
in a background thread it opens every page in every language once, through the
server's own websocket, as a browser tab would, so every model and figure a page
shows at its default settings is then in the shared caches. The server accepts
visitors from the first second; nothing waits for the warm-up except readiness:

``/_stcore/health`` answers 503 "warming up" to probes (Kubernetes, Docker's
``HEALTHCHECK``, a load balancer) until the warm-up is done, so a balancer never
sends a student to a cold replica. A browser's own ping (it carries a
``Referer`` or ``Sec-Fetch-Site`` header; probes send neither) is answered as
usual, so a visitor who reaches a warming replica directly is not held back.

`streamlit run app.py` and Community Cloud never import this: there ``app.py``
starts the same warm-up on its first run (a first visitor's), without the gate.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as `python deploy/serve.py`: the pages' package lives in the root
    sys.path.insert(0, str(ROOT))

# The warm-up itself lives with the app (app.py starts it too); these names stay importable from here.
from painter.warmup import (  # noqa: E402
    DONE,
    LANGUAGES,
    WARM_UP_LIMIT,
    Visitor,
    connect,
    page_names,
    start_in_background,
    visit_every_page,
)

__all__ = ["LANGUAGES", "READY", "WARM_UP_LIMIT", "Visitor", "connect", "main", "page_names", "visit_every_page"]

#: Set once every page has been opened in every language (or the warm-up gave up): :data:`painter.warmup.DONE`.
READY = DONE


def warm_up_in_background() -> None:
    """Start the process's one warm-up (:func:`painter.warmup.start_in_background`) as the server starts.

    ``app.py`` asks for the same warm-up on its first run; whichever comes first starts it.
    """
    start_in_background()


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
