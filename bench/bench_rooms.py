"""The class contest under a class's load: N student sessions each send one work within a window.

Runs ``deploy/run-local 2`` (two replicas behind nginx, one throwaway PostgreSQL) on 127.0.0.1.
A teacher's room is opened through the Store on the replicas' database; a board session (a
websocket speaking Streamlit's protocol, as bench/bench_load.py's visitors do) opens the teacher's
link and then reruns the board's fragment on its own timer, as a browser does. N student sessions
(through nginx, so spread over both replicas) open the student link, then each sends one work
(distinct values) at its own moment within ``--window`` seconds.

Reports: works stored (counted by the Store), send -> stored (the work's own ``created`` time in the
database against the moment its session sent the click), send -> confirmed (the session's rerun
finished), and the board's lag (a work stored -> the first board tick whose count includes it).
Then, in this process, the board's cost per tick: SQL statements counted by an SQLAlchemy event
listener while the teacher's page (AppTest) reruns against rooms of 0 to 300 works.

    .venv/bin/python bench/bench_rooms.py                      # 300 sessions, 10 s window
    .venv/bin/python bench/bench_rooms.py --sessions 50 --window 5
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402
from streamlit.proto.WidgetStates_pb2 import WidgetState  # noqa: E402

from bench.bench_load import Deployment, percentile, slider_state  # noqa: E402
from deploy.serve import Visitor, connect  # noqa: E402
from painter import rooms  # noqa: E402
from painter.i18n import translate  # noqa: E402

#: Hard bounds, whatever is asked: sessions, the sending window, the whole load phase.
MOST_SESSIONS = 300
MOST_WINDOW = 30.0
LOAD_LIMIT = 240.0
#: Sessions opening their page at once (a class does not arrive within one millisecond either).
OPENING = 25
COUNT_LABEL = translate("en", "classroom.count")


def rooms_url(deployment: Deployment) -> str:
    """The database run-local pointed the replicas at (read from a replica's environment)."""
    environ = Path(f"/proc/{deployment.pids[0]}/environ").read_bytes().split(b"\0")
    return dict(item.decode().split("=", 1) for item in environ if b"=" in item)[rooms.URL_ENV]


def work_of(i: int) -> tuple[int, int]:
    """Session ``i``'s work: distinct for every session, so each stored work names its sender."""
    return i % 256, 40 + i // 256


def _widget(shown: dict, key: str) -> str:
    return next(w for w in shown["widgets"] if w.endswith(key))


async def student(port: int, code: str, i: int, offset: float, opened: asyncio.Semaphore, go: asyncio.Event, out):
    """One student: open the room's link, wait for the window, send one work ``offset`` s into it."""
    try:
        async with connect("127.0.0.1", port) as ws:
            visitor = Visitor(ws)
            query = f"room={code}&lang=en"
            async with opened:
                _, shown = await visitor.run("classroom", query=query)
            out["opened"] += 1
            x1, x2 = work_of(i)
            widgets = [
                slider_state(_widget(shown, "classroom_x1"), x1),
                slider_state(_widget(shown, "classroom_x2"), x2),
                WidgetState(id=_widget(shown, "classroom_send"), trigger_value=True),
            ]
            await go.wait()
            await asyncio.sleep(max(0.0, out["begin"] + offset - time.time()))
            sent = time.time()
            _, done = await visitor.run("classroom", widgets, query=query)
            out["sent"][(x1, x2)] = sent
            out["confirmed"].append(time.time() - sent)
            out["errors"] += done["exceptions"]
    except Exception as error:  # a dropped connection or a timeout is a failure of the run
        out["failures"].append(repr(error))


async def board(port: int, code: str, key: str, stop: asyncio.Event, ticks: list[tuple[float, int]]) -> None:
    """The teacher's board: open the teacher's link, then rerun its fragment on a timer, as the browser does."""
    async with connect("127.0.0.1", port) as ws:
        visitor = Visitor(ws)
        query = f"room={code}&teacher={key}&lang=en"
        _, shown = await visitor.run("classroom", query=query)
        ((fragment, interval),) = shown["fragments"].items()
        ticks.append((time.time(), int(shown["metrics"][COUNT_LABEL].replace(",", ""))))
        following = time.time() + interval
        while not stop.is_set():
            await asyncio.sleep(max(0.0, following - time.time()))
            following = max(following + interval, time.time())  # a late tick is not followed by a burst
            _, shown = await visitor.run("classroom", query=query, fragment=fragment)
            if COUNT_LABEL in shown["metrics"]:
                ticks.append((time.time(), int(shown["metrics"][COUNT_LABEL].replace(",", ""))))


async def load(port: int, url: str, sessions: int, window: float) -> dict:
    """Every session opens the student link, then all send within ``window`` s while the board ticks."""
    db = rooms.Store(url)
    room = db.create_room()
    out = {"opened": 0, "sent": {}, "confirmed": [], "errors": 0, "failures": [], "ticks": []}
    stop, go, opened = asyncio.Event(), asyncio.Event(), asyncio.Semaphore(OPENING)
    board_task = asyncio.create_task(board(port, room.code, room.teacher_key, stop, out["ticks"]))
    start = time.time()
    tasks = [
        asyncio.create_task(student(port, room.code, i, i * window / sessions, opened, go, out))
        for i in range(sessions)
    ]
    while out["opened"] + len(out["failures"]) < sessions and time.time() < start + LOAD_LIMIT / 2:
        await asyncio.sleep(0.1)
    out["open_seconds"] = time.time() - start
    out["begin"] = time.time() + 1.0
    go.set()
    await asyncio.wait(tasks, timeout=LOAD_LIMIT / 2)
    for task in tasks:
        task.cancel()
    deadline = time.time() + 30  # the board shows the last work within a few ticks, or we stop looking
    while time.time() < deadline and (not out["ticks"] or out["ticks"][-1][1] < len(out["sent"])):
        await asyncio.sleep(0.2)
    stop.set()
    await asyncio.wait_for(board_task, 60)
    with db.engine.connect() as conn:
        out["stored"] = conn.execute(
            sa.text("SELECT id, x1, x2, created FROM painter_works WHERE code = :code ORDER BY id"),
            {"code": room.code},
        ).all()
    out["counted"] = len(db.works(room.code))
    db.dispose()
    return out


def board_lags(stored, ticks: list[tuple[float, int]]) -> list[float]:
    """For each stored work (oldest first): seconds until the first board tick whose count includes it."""
    lags = []
    for rank, row in enumerate(stored, 1):
        shown = next((t for t, count in ticks if count >= rank and t >= row.created), None)
        lags.append(float("nan") if shown is None else shown - row.created)
    return lags


class StatementCounter:
    """Every SQL statement any engine in this process sends (an SQLAlchemy event on all engines)."""

    def __init__(self):
        self.count = 0
        sa.event.listen(sa.Engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args) -> None:
        self.count += 1

    def close(self) -> None:
        sa.event.remove(sa.Engine, "before_cursor_execute", self._seen)


def statements_per_tick(url: str, sizes=(0, 30, 100, 300)) -> list[tuple[int, int, int]]:
    """(works in the room, statements of one Store.snapshot, statements of one rerun of the teacher's page).

    On PostgreSQL each is one statement; SQLite adds the ``BEGIN`` that :mod:`painter.rooms` issues itself.
    """
    from streamlit.testing.v1 import AppTest

    before = os.environ.get(rooms.URL_ENV)
    os.environ[rooms.URL_ENV] = url  # the page's store() opens this database
    db = rooms.Store(url)
    room = db.create_room()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for name, value in {"lang": "en", "room": room.code, "teacher": room.teacher_key}.items():
        at.query_params[name] = value
    at.switch_page("app_pages/classroom.py").run()  # the first visit checks the key: not a tick
    counter = StatementCounter()
    rows = []
    try:
        added = 0
        for size in sizes:
            while added < size:
                db.add_work(room.code, f"bench-student-{added // 3:04d}", *work_of(added))
                added += 1
            counter.count = 0
            db.snapshot(room.code)
            snapshot = counter.count
            counter.count = 0
            at.run()
            assert not at.exception and at.metric[1].value == f"{size:,}", (at.exception, at.metric)
            rows.append((size, snapshot, counter.count))
    finally:
        counter.close()
        db.dispose()
        if before is None:
            os.environ.pop(rooms.URL_ENV, None)
        else:
            os.environ[rooms.URL_ENV] = before
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument("--window", type=float, default=10.0, help="seconds within which every session sends")
    args = parser.parse_args()
    sessions, window = max(1, min(args.sessions, MOST_SESSIONS)), max(1.0, min(args.window, MOST_WINDOW))
    deployment = Deployment(2)
    try:
        url = rooms_url(deployment)
        out = asyncio.run(asyncio.wait_for(load(deployment.port, url, sessions, window), LOAD_LIMIT + 120))
        per_tick = statements_per_tick(url)
    finally:
        deployment.stop()
    stored = out["stored"]
    to_stored = [row.created - out["sent"][(row.x1, row.x2)] for row in stored if (row.x1, row.x2) in out["sent"]]
    lags = board_lags(stored, out["ticks"])
    shown = [lag for lag in lags if lag == lag]
    print(
        f"deploy/run-local 2 (2 replicas behind nginx, PostgreSQL) on {os.cpu_count()} cores, load generator on "
        f"the same machine: {sessions} student sessions, each sends one work within {window:.0f} s"
    )
    print(f"  sessions with the student view open: {out['opened']} of {sessions} in {out['open_seconds']:.1f} s")
    rows = [
        ("works stored (Store)", f"{out['counted']} of {sessions}"),
        ("distinct senders stored", f"{len({(r.x1, r.x2) for r in stored} & set(out['sent']))}"),
        ("errors / failed sessions", f"{out['errors']} / {len(out['failures'])} {out['failures'][:2]}"),
        ("send -> stored p50 / p95", f"{percentile(to_stored, 50):.2f} s / {percentile(to_stored, 95):.2f} s"),
        (
            "send -> confirmed p50 / p95",
            f"{percentile(out['confirmed'], 50):.2f} s / {percentile(out['confirmed'], 95):.2f} s",
        ),
        (
            "board lag p50 / p95 / max",
            f"{percentile(shown, 50):.2f} s / {percentile(shown, 95):.2f} s / {max(shown, default=float('nan')):.2f} s"
            f" ({len(shown)} of {len(stored)} works shown; {len(out['ticks'])} ticks)",
        ),
    ]
    for name, value in rows:
        print(f"  {name:30s} {value}")
    print("  board's SQL statements per tick (event listener, this process): works / Store.snapshot / page rerun")
    for size, snapshot, page in per_tick:
        print(f"  {size:30d} {snapshot} / {page}")


if __name__ == "__main__":
    main()
