"""A bounded load run against one local server: many sessions walking every page.

Each simulated visitor is a websocket client speaking Streamlit's own protocol
(the messages a browser tab sends): it opens each page, then moves that page's
main control, and waits for the script to finish. Only 127.0.0.1 is contacted,
and the run stops by itself after ``--seconds``.

Reports errors, p50/p95 page-load and control-to-new-figure times, pages served
per second, the server's memory, and whether every session saw the same
pictures for the same seed. ``--arrive N`` instead measures N sessions opening
the learn page at the same moment.

``--deploy`` runs ``deploy/run-local 1`` and ``deploy/run-local 2`` side by side
and, through nginx, gives the same load to each in interleaved rounds (pages per
second, p50/p95, the ratio), compares one replica reached through nginx with the
same replica reached directly, and lets ``--herd N`` new sessions open the learn
page within one second on each. ``--sweep 5,10,20`` gives one warm replica more
and more sessions: the per-replica figures the README's replica guide rests on.
``--cold`` starts a fresh bare ``streamlit run app.py``, opens its first page (which
starts the app's warm-up), then times the first visit of every other page until its
main figure (the registry's ``Page.main_figure``) arrives: going on at once, and
going on once the warm-up is done.

    .venv/bin/python bench/bench_load.py --sessions 30 --seconds 60
    .venv/bin/python bench/bench_load.py --arrive 20 --server-arg=--runner.postScriptGC=false
    .venv/bin/python bench/bench_load.py --deploy --sessions 20 --seconds 30 --herd 30
    .venv/bin/python bench/bench_load.py --sweep 5,10,20,40 --seconds 30
    .venv/bin/python bench/bench_load.py --cold [--rounds 3] [--pause 5]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import queue
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from painter.warmup import Visitor, connect  # noqa: E402
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


def slider_state(widget_id: str, value: float):
    from streamlit.proto.WidgetStates_pb2 import WidgetState

    state = WidgetState(id=widget_id)
    state.double_array_value.data.append(value)
    return state


def number_state(widget_id: str, value: float):
    from streamlit.proto.WidgetStates_pb2 import WidgetState

    return WidgetState(id=widget_id, double_value=value)


async def walk(port: int, deadline: float, stats: dict) -> None:
    try:
        async with connect("127.0.0.1", port) as ws:
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
        async with connect("127.0.0.1", port) as ws:
            seconds, _ = await Visitor(ws).run("learn")
            return seconds

    return await asyncio.gather(*(one() for _ in range(n)))


async def isolation(port: int) -> bool:
    """Visitor A adds a school of works on page 5b; visitor B must still see only the contest's works."""
    from streamlit.proto.WidgetStates_pb2 import WidgetState

    from painter.i18n import translate

    async with connect("127.0.0.1", port) as a_ws, connect("127.0.0.1", port) as b_ws:
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


def load(port: int, sessions: int, seconds: float) -> dict:
    """``sessions`` visitors walking every page on ``port`` for ``seconds``; their timings and errors."""
    stats = {"loads": [], "moves": [], "errors": 0, "failures": [], "learn_figures": set()}
    start = time.time()

    async def everyone():
        await asyncio.gather(*(walk(port, start + seconds, stats) for _ in range(sessions)))

    asyncio.run(everyone())
    stats["elapsed"] = time.time() - start
    stats["served"] = len(stats["loads"]) + len(stats["moves"])
    return stats


def _every(stats: dict) -> list[float]:
    return stats["loads"] + stats["moves"]


def summary(stats: dict) -> str:
    every = _every(stats)
    return (
        f"{stats['served'] / stats['elapsed']:5.1f} pages/s, p50 {percentile(every, 50):.2f} s, "
        f"p95 {percentile(every, 95):.2f} s, errors {stats['errors']}"
    )


async def herd(port: int, n: int, page: str = "learn") -> tuple[float, int]:
    """N new sessions open ``page`` within one second; seconds until the last has its figure, and failures."""

    async def one(delay: float) -> tuple[float, bool]:
        await asyncio.sleep(delay)
        async with connect("127.0.0.1", port) as ws:
            _, shown = await Visitor(ws).run(page)
            return time.perf_counter(), bool(shown["figures"]) and not shown["exceptions"]

    start = time.perf_counter()
    done = await asyncio.gather(*(one(i / n) for i in range(n)), return_exceptions=True)
    finished = [d for d in done if isinstance(d, tuple)]
    failures = sum(1 for d in done if not isinstance(d, tuple) or not d[1])
    return max(t for t, _ in finished) - start if finished else float("nan"), failures


async def connection_cost(direct: int, proxied: int, n: int = 50) -> tuple[float, float]:
    """Median seconds to open a session and have a light page, on ``direct`` and on ``proxied``, interleaved.

    (Timing single HTTP requests instead would mostly time TCP's 40 ms delayed acknowledgement, which
    lands on one path or the other with how each side splits its writes; websockets set TCP_NODELAY.)
    """
    times = {direct: [], proxied: []}
    for _ in range(n):
        for port, spent in times.items():
            start = time.perf_counter()
            async with connect("127.0.0.1", port) as ws:
                await Visitor(ws).run("count")
            spent.append(time.perf_counter() - start)
    return statistics.median(times[direct]), statistics.median(times[proxied])


class Deployment:
    """``deploy/run-local REPLICAS PORT`` in the background: its nginx port and its replicas' ports and pids."""

    def __init__(self, replicas: int):
        self.port = free_port()
        self.proc = subprocess.Popen(
            [str(ROOT / "deploy" / "run-local"), str(replicas), str(self.port)],
            cwd=ROOT,
            # the Python that runs this benchmark, not whatever .venv the checkout has
            env=dict(os.environ, PAINTER_PYTHON=os.environ.get("PAINTER_PYTHON") or sys.executable),
            stdout=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        first = self.proc.stdout.readline()
        while first.startswith("run-local: rooms "):  # where two replicas or more keep their rooms
            first = self.proc.stdout.readline()
        self.replica_ports = [int(p) for p in re.findall(r"\d+", first.split("[", 1)[1])] if "[" in first else []
        line = self.proc.stdout.readline()  # "serving ..." once every replica is warm (or run-local gave up)
        if "serving" not in line:
            self.stop()
            raise RuntimeError(f"deploy/run-local {replicas}: {first}{line}")
        self.pids = [pid for pid in _children(self.proc.pid) if "serve.py" in _cmdline(pid)]

    def memory_mb(self) -> list[float]:
        return [rss_mb(pid) for pid in self.pids]

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=40)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


def deploy_bench(sessions: int, seconds: float, herd_size: int, rounds: int = 2) -> None:
    """Through nginx: 1 against 2 replicas under the same load, proxy against direct, and the thundering herd."""
    one, two = Deployment(1), Deployment(2)
    try:
        print(
            f"through nginx (deploy/run-local), {sessions} walking sessions, {rounds} interleaved rounds of "
            f"{seconds:.0f} s each; load generator on the same machine"
        )
        results = {1: [], 2: []}
        for _ in range(rounds):
            for replicas, deployment in ((1, one), (2, two)):
                stats = load(deployment.port, sessions, seconds)
                results[replicas].append(stats)
                print(f"  {replicas} replica(s): {summary(stats)}")
        rate = {r: sum(s["served"] for s in runs) / sum(s["elapsed"] for s in runs) for r, runs in results.items()}
        print(f"  pages/s, 2 replicas / 1 replica: {rate[2] / rate[1]:.2f}")
        print(
            f"  memory per replica after the load: 1 replica {one.memory_mb()[0]:.0f} MB; "
            f"2 replicas {', '.join(f'{m:.0f}' for m in two.memory_mb())} MB"
        )

        light = 4
        direct, proxied = [], []
        for _ in range(6):  # the same replica, with and without nginx in between, interleaved
            direct.append(percentile(_every(load(one.replica_ports[0], light, seconds / 6)), 50))
            proxied.append(percentile(_every(load(one.port, light, seconds / 6)), 50))
        ratios = sorted(p / d for p, d in zip(proxied, direct, strict=True))
        print(
            f"  proxy cost, {light} sessions on one replica, 6 interleaved rounds: page p50 direct "
            f"{statistics.median(direct) * 1000:.0f} ms, through nginx {statistics.median(proxied) * 1000:.0f} ms, "
            f"ratio {statistics.median(ratios):.2f} (rounds {ratios[0]:.2f}-{ratios[-1]:.2f})"
        )
        d, p = asyncio.run(connection_cost(one.replica_ports[0], one.port))
        print(
            f"  a new session (websocket opened, count page shown), 50 each, interleaved: median direct "
            f"{d * 1000:.1f} ms, through nginx {p * 1000:.1f} ms ({(p - d) * 1000:+.1f} ms)"
        )

        for replicas, deployment in ((1, one), (2, two)):
            last, failures = asyncio.run(herd(deployment.port, herd_size))
            print(
                f"  herd: {herd_size} sessions open the learn page within 1 s, {replicas} replica(s): "
                f"the last has its figure after {last:.2f} s ({failures} failures)"
            )
    finally:
        one.stop()
        two.stop()


class BareServer:
    """A fresh ``streamlit run app.py`` on 127.0.0.1 (what Community Cloud runs), its log read as it comes."""

    def __init__(self) -> None:
        self.port = free_port()
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                str(ROOT / "app.py"),
                "--server.headless",
                "true",
                "--server.port",
                str(self.port),
                "--server.address",
                "127.0.0.1",
                "--browser.gatherUsageStats",
                "false",
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: [self.lines.put(line) for line in self.proc.stdout], daemon=True).start()
        deadline = time.time() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                break
            except OSError:
                if time.time() > deadline:
                    self.stop()
                    raise RuntimeError("streamlit run app.py did not start") from None
                time.sleep(0.1)

    def wait_for(self, text: str, limit: float = 400.0) -> float:
        """Seconds until the server's log says ``text`` (NaN after ``limit``)."""
        start = time.perf_counter()
        while time.perf_counter() - start < limit:
            try:
                if text in self.lines.get(timeout=1.0):
                    return time.perf_counter() - start
            except queue.Empty:
                continue
        return float("nan")

    def stop(self) -> None:
        stop_server(self.proc)


def first_visits(port: int, before_the_rest) -> dict[str, tuple[float, float]]:
    """One session: the first page, then ``before_the_rest()``, then every other page once, in story order.

    Returns page key -> (seconds until its main figure arrived, seconds until its script finished);
    a page without a declared main figure (the overview) counts its whole run.
    """
    from app_pages import story

    async def walk() -> dict[str, tuple[float, float]]:
        timings = {}
        async with connect("127.0.0.1", port) as ws:
            visitor = Visitor(ws)
            for i, entry in enumerate(story()):
                seconds, shown = await visitor.run(entry.url_path)
                if shown["exceptions"]:
                    raise RuntimeError(f"{entry.key}: {shown['exceptions']} exceptions")
                figure = seconds
                if entry.main_figure:
                    found = [t for key, t in shown["elements"].items() if key.endswith(f"-{entry.main_figure}")]
                    figure = found[0] if found else float("nan")
                timings[entry.key] = (figure, seconds)
                if i == 0:  # in a thread: the session's loop keeps answering the server's keepalive pings
                    await asyncio.to_thread(before_the_rest)
        return timings

    return asyncio.run(walk())


def cold(rounds: int = 1, pause: float = 0.0) -> None:
    """Each page's first visit on a fresh `streamlit run app.py`, after its first page: at once, and once warm.

    *At once*: the visitor goes on to each page as soon as the one before has finished (after
    ``pause`` seconds on the first page), racing the warm-up that the first page started. *Warm*:
    a second fresh server, whose visitor goes on once the server's log says the warm-up is done.
    Each a fresh process; ``rounds`` of each, interleaved.
    """
    results: dict[str, list[dict]] = {"at once": [], "warm": []}
    warm_times = []
    for _ in range(rounds):
        for case in results:
            server = BareServer()
            try:
                if case == "at once":
                    timings = first_visits(server.port, lambda: time.sleep(pause))
                else:
                    timings = first_visits(server.port, lambda s=server: warm_times.append(s.wait_for("warm-up done")))
                results[case].append(timings)
            finally:
                server.stop()
    load1, _, _ = os.getloadavg()
    print(
        f"first visit of each page on a fresh `streamlit run app.py` ({os.cpu_count()} cores, load average "
        f"{load1:.2f} at the end), one session: seconds until the page's main figure (its script's end)"
    )
    print(f"  the warm-up was done {statistics.median(warm_times):.1f} s after the first page (median)")
    print(f"  {'page':10s} {'at once' + (f' (+{pause:g} s)' if pause else ''):>18s} {'warm':>18s}")
    for page in results["at once"][0]:
        cells = []
        for case in results:
            figure = max(run[page][0] for run in results[case])
            finished = max(run[page][1] for run in results[case])
            cells.append(f"{figure:7.2f} ({finished:5.2f})")
        print(f"  {page:10s} {cells[0]:>18s} {cells[1]:>18s}")
    for case, runs in results.items():
        worst = max(max(run[page][0] for page in run if page != "home") for run in runs)
        print(f"  {case}: slowest first visit after the first page {worst:.2f} s (max over {rounds} round(s))")


def sweep(counts: list[int], seconds: float) -> None:
    """One warm replica (deploy/serve.py, no proxy) under 1..N walking sessions: the per-replica figures."""
    deployment = Deployment(1)
    try:
        port = deployment.replica_ports[0]
        print(f"one replica, direct, {seconds:.0f} s per point (sessions walk without pause)")
        for n in counts:
            stats = load(port, n, seconds)
            print(f"  {n:3d} sessions: {summary(stats)}, memory {deployment.memory_mb()[0]:.0f} MB")
    finally:
        deployment.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--arrive", type=int, default=0, help="measure N simultaneous arrivals instead")
    parser.add_argument("--server-arg", action="append", default=[], help="extra `streamlit run` option")
    parser.add_argument("--deploy", action="store_true", help="through nginx: 1 vs 2 replicas, proxy cost, herd")
    parser.add_argument("--herd", type=int, default=30, help="sessions arriving within one second (--deploy)")
    parser.add_argument("--sweep", default="", help="comma-separated session counts against one warm replica")
    parser.add_argument("--cold", action="store_true", help="first visits of every page on a fresh bare server")
    parser.add_argument("--rounds", type=int, default=1, help="fresh servers per case (--cold)")
    parser.add_argument("--pause", type=float, default=0.0, help="seconds on the first page before going on (--cold)")
    args = parser.parse_args()
    sessions, seconds = min(args.sessions, 100), min(args.seconds, 600.0)  # bounded whatever is asked
    if args.deploy:
        deploy_bench(sessions, seconds, min(args.herd, 100))
        return
    if args.cold:
        cold(min(args.rounds, 10), min(args.pause, 120.0))
        return
    if args.sweep:
        sweep([min(int(n), 100) for n in args.sweep.split(",")][:8], seconds)
        return

    port = free_port()
    server = start_server(port, *args.server_arg, warm=True)
    try:
        asyncio.run(arrive(port, 1))  # import and fit once, as the first visitor would
        if args.arrive:
            times = asyncio.run(arrive(port, min(args.arrive, 100)))
            print(
                f"{len(times)} sessions arriving at once {' '.join(args.server_arg)}: "
                f"all done in {max(times):.2f} s (median {statistics.median(times):.2f} s)"
            )
            return
        stats = load(port, sessions, seconds)
        elapsed, served = stats["elapsed"], stats["served"]
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
