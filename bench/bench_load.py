"""A bounded load run against one local server: many sessions walking every page.

Each simulated visitor is a websocket client speaking Streamlit's own protocol
(the messages a browser tab sends): it opens each page, then moves that page's
main control, and waits for the script to finish. Only 127.0.0.1 is contacted,
and the run stops by itself after ``--seconds``.

Reports errors, p50/p95 page-load and control-to-new-figure times, pages served
per second, the server's memory, and whether every session saw the same
pictures for the same seed. ``--arrive N`` instead measures N sessions opening
the learn page at the same moment.

    .venv/bin/python bench/bench_load.py --sessions 30 --seconds 60
    .venv/bin/python bench/bench_load.py --arrive 20 --server-arg=--runner.postScriptGC=false
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streamlit.proto.BackMsg_pb2 import BackMsg  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402
from websockets.asyncio.client import connect  # noqa: E402

from tests.browser import free_port, start_server, stop_server  # noqa: E402

#: page url -> (widget key of its main control, two values to alternate between)
WALK = {
    "": None,
    "pixels": ("pixels_x", (100.0, 300.0)),
    "count": ("count_w", (1000.0, 1200.0)),
    "untrained": ("untrained_count", (10.0, 12.0)),
    "contest": ("contest_artist", (1.0, 2.0)),
    "learn": ("learn_n_new", (15.0, 16.0)),
    "digits": ("digits_seed", (0.0, 1.0)),
    "training": ("em_k", (3.0, 4.0)),
    "style": ("style_x1", (170.0, 160.0)),
    "diffusion": ("diffusion_points", (400.0, 450.0)),
}


class Visitor:
    """One browser tab's worth of protocol: rerun requests in, deltas out."""

    def __init__(self, ws):
        self.ws = ws

    async def run(self, page: str, widgets=()) -> tuple[float, dict]:
        """Ask for a (re)run of ``page``; return seconds until it finished and what it showed."""
        msg = BackMsg()
        msg.rerun_script.query_string = "lang=en"
        msg.rerun_script.page_name = page
        for widget in widgets:
            msg.rerun_script.widget_states.widgets.append(widget)
        start = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        shown = {"widgets": {}, "exceptions": 0, "figures": [], "images": [], "metrics": {}}
        while True:
            forward = ForwardMsg()
            forward.ParseFromString(await asyncio.wait_for(self.ws.recv(), timeout=120))
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
                    widget = getattr(element, which)
                    shown["widgets"][widget.id] = which
            elif kind == "script_finished":
                return time.perf_counter() - start, shown


def slider_state(widget_id: str, value: float):
    from streamlit.proto.WidgetStates_pb2 import WidgetState

    state = WidgetState(id=widget_id)
    state.double_array_value.data.append(value)
    return state


def number_state(widget_id: str, value: float):
    from streamlit.proto.WidgetStates_pb2 import WidgetState

    return WidgetState(id=widget_id, double_value=value)


async def walk(port: int, deadline: float, stats: dict) -> None:
    url = f"ws://127.0.0.1:{port}/_stcore/stream"
    try:
        async with connect(url, subprotocols=["streamlit"], origin=f"http://127.0.0.1:{port}", max_size=None) as ws:
            visitor = Visitor(ws)
            step = 0
            while time.time() < deadline:
                for page, control in WALK.items():
                    if time.time() >= deadline:
                        return
                    seconds, shown = await visitor.run(page)
                    stats["loads"].append(seconds)
                    stats["errors"] += shown["exceptions"]
                    if page == "learn" and step < len(WALK):  # the first visit: default settings, seed 0
                        stats["learn_figures"].add(shown["figures"][0] if shown["figures"] else None)
                    if control:
                        key, values = control
                        widget_id = next((w for w in shown["widgets"] if w.endswith(key)), None)
                        if widget_id is None:
                            stats["errors"] += 1
                            continue
                        kind = shown["widgets"][widget_id]
                        make = number_state if kind == "number_input" else slider_state
                        seconds, moved = await visitor.run(page, [make(widget_id, values[step % 2])])
                        stats["moves"].append(seconds)
                        stats["errors"] += moved["exceptions"]
                    step += 1
    except Exception as error:  # a dropped connection or a timeout is an error of the run
        stats["errors"] += 1
        stats["failures"].append(repr(error))


async def arrive(port: int, n: int) -> list[float]:
    """N sessions open the learn page at the same moment; each one's time to a finished page."""

    async def one() -> float:
        url = f"ws://127.0.0.1:{port}/_stcore/stream"
        async with connect(url, subprotocols=["streamlit"], origin=f"http://127.0.0.1:{port}", max_size=None) as ws:
            seconds, _ = await Visitor(ws).run("learn")
            return seconds

    return await asyncio.gather(*(one() for _ in range(n)))


async def isolation(port: int) -> bool:
    """Visitor A adds a school of works on page 5b; visitor B must still see only the contest's works."""
    from streamlit.proto.WidgetStates_pb2 import WidgetState

    from painter.i18n import translate

    url = f"ws://127.0.0.1:{port}/_stcore/stream"
    options = dict(subprotocols=["streamlit"], origin=f"http://127.0.0.1:{port}", max_size=None)
    async with connect(url, **options) as a_ws, connect(url, **options) as b_ws:
        a, b = Visitor(a_ws), Visitor(b_ws)

        async def own_section(visitor: Visitor, *more):
            _, shown = await visitor.run("training")
            section = next(w for w in shown["widgets"] if w.endswith("training_section"))
            state = WidgetState(id=section)
            state.string_array_value.data.append(translate("en", "training.section.own"))
            return state, await visitor.run("training", [state, *more])

        state, (_, shown) = await own_section(a)
        fourth = next(w for w in shown["widgets"] if w.endswith("own_preset_fourth"))
        _, after = await a.run("training", [state, WidgetState(id=fourth, trigger_value=True)])
        _, (_, other) = await own_section(b)
        label = translate("en", "training.own.count")
        return after["metrics"].get(label) != other["metrics"].get(label) == "300"


def rss_mb(pid: int) -> float:
    """Resident memory of the server process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else (values or [float("nan")])[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--arrive", type=int, default=0, help="measure N simultaneous arrivals instead")
    parser.add_argument("--server-arg", action="append", default=[], help="extra `streamlit run` option")
    args = parser.parse_args()
    sessions, seconds = min(args.sessions, 100), min(args.seconds, 600.0)  # bounded whatever is asked

    port = free_port()
    server = start_server(port, *args.server_arg)
    try:
        asyncio.run(arrive(port, 1))  # import and fit once, as the first visitor would
        if args.arrive:
            times = asyncio.run(arrive(port, min(args.arrive, 100)))
            print(
                f"{len(times)} sessions arriving at once {' '.join(args.server_arg)}: "
                f"all done in {max(times):.2f} s (median {statistics.median(times):.2f} s)"
            )
            return
        stats = {"loads": [], "moves": [], "errors": 0, "failures": [], "learn_figures": set()}
        start = time.time()

        async def everyone():
            await asyncio.gather(*(walk(port, start + seconds, stats) for _ in range(sessions)))

        asyncio.run(everyone())
        elapsed = time.time() - start
        served = len(stats["loads"]) + len(stats["moves"])
        print(f"{sessions} sessions for {elapsed:.0f} s {' '.join(args.server_arg)}")
        print(f"  errors: {stats['errors']} {stats['failures'][:3]}")
        print(
            f"  page loads: {len(stats['loads'])}, p50 {percentile(stats['loads'], 50):.2f} s, "
            f"p95 {percentile(stats['loads'], 95):.2f} s"
        )
        print(
            f"  control -> new figure: {len(stats['moves'])}, p50 {percentile(stats['moves'], 50):.2f} s, "
            f"p95 {percentile(stats['moves'], 95):.2f} s"
        )
        print(f"  pages served per second: {served / elapsed:.1f}")
        print(f"  server memory: {rss_mb(server.pid):.0f} MB")
        same = len(stats["learn_figures"]) == 1
        print(f"  same seed, same pictures in every session: {'yes' if same else 'NO'}")
        isolated = asyncio.run(isolation(port))
        print(f"  one session's added works never appear in another: {'yes' if isolated else 'NO'}")
    finally:
        stop_server(server)


if __name__ == "__main__":
    main()
