"""The class contest in a real browser, through ``deploy/run-local 2`` (two replicas, one PostgreSQL).

A teacher opens a room on the board; three students (one on a 390×844 touch phone) join by the
student link, on both replicas, and each sends a work; each work reaches the teacher's board without
a reload of the board; once enough works are in, "Learn from the class" draws the fit; a student's
reload keeps them the same student. Every wait is for a condition, with a timeout generous enough
for a busy 2-core machine; nothing sleeps for a fixed time.

Needs Debian's nginx, Chromium and postgresql: skipped without them on a developer's machine,
failed in CI (``.ci/run`` installs all three).
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import numpy as np
import pytest

from painter import rooms
from painter.i18n import translate
from tests.browser import key_selector, playwright_or_skip, settle
from tests.postgres import postgres
from tests.test_deploy import RunLocal, _children, _cookies_on_each_replica, _need_nginx_and_chromium

sync_api = playwright_or_skip()
pytestmark = [pytest.mark.browser, pytest.mark.deploy]

#: Seconds a condition may take on a busy machine (the board's tick is 2 s).
ARRIVAL = 30.0
RERUN = 60.0
PHONE_UA = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
)
#: Each browser student's work, set with the sliders' Home and End keys: distinct corners of the plane.
CORNERS = [(0, 255), (255, 0), (255, 255)]
#: Works the board needs before it learns (app_pages/classroom.py's MIN_TO_LEARN), read from the page's
#: source: importing a page file would run it.
MIN_TO_LEARN = int(
    re.search(r"^MIN_TO_LEARN = (\d+)$", (Path(__file__).parents[1] / "app_pages/classroom.py").read_text(), re.M)[1]
)
#: The board's plot's traces as [name, type, [[x, y], ...]], as Plotly drew them (its decoded copy on the plot's div).
BOARD_TRACES = f"""() => {{
    const plot = document.querySelector('{key_selector("classroom_board")} .js-plotly-plot');
    if (!plot || !plot._fullData) return null;
    return plot._fullData.map(t => [t.name || '', t.type || 'scatter',
                               Array.from(t.x || [], (x, i) => [Math.round(x), Math.round(t.y[i])])]);
}}"""


def _rooms_url(run: RunLocal) -> str:
    """The database every replica was pointed at (read from a replica's environment)."""
    for pid in _children(run.proc.pid):
        if b"serve.py" not in Path(f"/proc/{pid}/cmdline").read_bytes():
            continue
        environ = dict(item.split(b"=", 1) for item in Path(f"/proc/{pid}/environ").read_bytes().split(b"\0") if item)
        return environ[rooms.URL_ENV.encode()].decode()
    raise AssertionError("no replica found")


@pytest.fixture(scope="module")
def deployment():
    """``deploy/run-local 2 PORT`` with PostgreSQL: its address, a cookie for each replica, its database."""
    _need_nginx_and_chromium()
    if postgres.bin_dir() is None:
        message = "Debian's postgresql is not installed (apt-get install postgresql)"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    run = RunLocal(2, warm=False)  # the lesson, not the warm-up (tests/test_deploy.py waits for that)
    try:
        access_log = run.wait_until_serving()
        run.base = f"http://127.0.0.1:{run.port}"
        run.cookies = _cookies_on_each_replica(run.base, access_log, 2)
        run.rooms_url = _rooms_url(run)
        assert run.rooms_url.startswith("postgresql+psycopg://")
        yield run
    finally:
        run.stop()


def _visitor(browser, deployment, replica: int, *, phone: bool = False):
    """A new browser tab held on one replica (nginx's affinity cookie); a touch phone if ``phone``."""
    if phone:
        context = browser.new_context(
            viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, user_agent=PHONE_UA
        )
    else:
        context = browser.new_context(viewport={"width": 1280, "height": 1000})
    context.add_cookies([{"name": "painter_affinity", "value": deployment.cookies[replica], "url": deployment.base}])
    return context.new_page()


def _wait(condition, timeout: float, what: str):
    """Poll ``condition()`` until it returns something true; return it, or fail saying ``what``."""
    deadline = time.time() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.time() > deadline:
            raise AssertionError(f"not within {timeout:.0f} s: {what}")
        time.sleep(0.2)


def _board_works(teacher, lang: str = "en") -> set[tuple[int, int]]:
    """The class's works the board shows (its own trace, not the 300 artists' nor new works)."""
    traces = teacher.evaluate(BOARD_TRACES) or []
    name = translate(lang, "classroom.fig.class")
    return {tuple(point) for trace, _, points in traces if trace == name for point in points}


def _count(teacher) -> int | None:
    """The board's "works received" metric, as a number."""
    value = teacher.locator('[data-testid="stMetricValue"]').nth(1).inner_text(timeout=5_000)
    return int(value.replace(",", "")) if value.strip().isdigit() else None


def _no_traceback(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0
    assert "Traceback" not in page.inner_text("body")


def _paint(page, x1_key: str, x2_key: str) -> None:
    """Set the two sliders with the keyboard (Home is 0, End is 255), each time until the server has drawn
    the new preview (so the value is the server's before Send is pressed).

    A key pressed while the page is busy can be lost (the slider never moves): the slider's own value
    tells, and the key is pressed again, at most ``PRESSES`` times.
    """
    preview = page.locator('[data-testid="stMain"] [data-testid="stImage"] img').first
    for index, key in enumerate((x1_key, x2_key)):
        target = "0" if key == "Home" else "255"
        thumb = page.locator('[data-testid="stSlider"] input').nth(index)
        before = preview.get_attribute("src")
        for press in range(PRESSES):
            settle(page, timeout=RERUN)
            thumb.focus()
            page.keyboard.press(key)
            try:
                _wait(
                    lambda thumb=thumb, target=target: thumb.input_value() == target,
                    RERUN / PRESSES,
                    f"slider at {target}",
                )
                break
            except AssertionError:
                if press == PRESSES - 1:
                    raise
        _wait(lambda before=before: preview.get_attribute("src") != before, RERUN, f"the preview after {key}")
        settle(page, timeout=RERUN)


#: Times a slider's key is pressed before the test gives up on it.
PRESSES = 3


def _sent_text(lang: str, n: int) -> str:
    return translate(lang, "classroom.sent_count", n=n, most=rooms.MAX_WORKS_PER_STUDENT).replace("**", "")


#: Rounds of the whole lesson against one deployment (a new room each): CLASSROOM_ROUNDS=20 to trust a change.
ROUNDS = range(int(os.environ.get("CLASSROOM_ROUNDS") or 1))


@pytest.mark.slow
@pytest.mark.parametrize("round_", ROUNDS)
def test_a_class_paints_on_two_replicas_and_the_board_learns_live(browser, deployment, round_):
    lang = "en"
    pages = []
    try:
        # --- the teacher opens a room on the board ---
        teacher = _visitor(browser, deployment, 0)
        pages.append(teacher)
        teacher.goto(f"{deployment.base}/classroom?lang={lang}")
        settle(teacher, timeout=RERUN)
        teacher.locator(f"{key_selector('classroom_open')} button").click()
        join = teacher.locator('[data-testid="stCode"] code').first
        join.wait_for(timeout=RERUN * 1000)
        link = join.inner_text().strip()
        code = re.search(r"room=([A-Z0-9]+)", link)[1]
        assert link.startswith(f"{deployment.base}/classroom?") and "teacher" not in link
        settle(teacher, timeout=RERUN)
        assert "teacher=" in teacher.url  # the board's own link carries the key
        teacher.locator(f"{key_selector('classroom_board')} .js-plotly-plot").wait_for(timeout=RERUN * 1000)
        teacher.evaluate("() => { window.__same_board = true; }")  # gone if the board ever reloads

        # --- three students join by the link, on both replicas, one on a phone, and each sends a work ---
        students = []
        for i, (x1, x2) in enumerate(CORNERS):
            student = _visitor(browser, deployment, (i + 1) % 2, phone=i == 2)
            pages.append(student)
            student.goto(link)
            settle(student, timeout=RERUN)
            send = student.locator(f"{key_selector('classroom_send')} button")
            send.wait_for(timeout=RERUN * 1000)
            _paint(student, "Home" if x1 == 0 else "End", "Home" if x2 == 0 else "End")
            if i == 2:
                send.tap()
            else:
                send.click()
            student.get_by_text(translate(lang, "classroom.sent")).wait_for(timeout=RERUN * 1000)
            student.get_by_text(_sent_text(lang, 1)).wait_for(timeout=RERUN * 1000)
            sent_at = time.time()
            _wait(lambda x=(x1, x2): x in _board_works(teacher), ARRIVAL, f"student {i}'s work {x1, x2} on the board")
            print(f"student {i}'s work on the board {time.time() - sent_at:.1f} s after it was sent")
            assert _wait(lambda n=i + 1: _count(teacher) == n, ARRIVAL, f"the board counting {i + 1} works")
            students.append((student, re.search(r"student=([\w-]+)", student.url)[1]))
        assert teacher.evaluate("() => window.__same_board === true"), "the board reloaded"
        assert len({student_id for _, student_id in students}) == 3

        # --- too few works: the board says so; then more works (through the same database) and it learns ---
        learn = teacher.locator(f"{key_selector('classroom_learn')} button")
        learn.click()
        teacher.get_by_text(translate(lang, "classroom.too_few", need=MIN_TO_LEARN)).wait_for(timeout=RERUN * 1000)
        db = rooms.Store(deployment.rooms_url)
        try:
            rng = np.random.default_rng(20)
            centres = np.array([[60, 190], [190, 70], [128, 128]])
            more = 0
            while len(CORNERS) + more < 2 * MIN_TO_LEARN:
                for _ in range(rooms.MAX_WORKS_PER_STUDENT):
                    x1, x2 = np.clip(centres[more % 3] + rng.normal(0, 12, 2), 0, 255).round().astype(int)
                    db.add_work(code, f"browser-test-{more // 3:04d}", int(x1), int(x2))
                    more += 1
            total = len(db.works(code))
        finally:
            db.dispose()
        assert _wait(lambda: _count(teacher) == total, ARRIVAL, f"the board counting {total} works")
        learn.click()
        title = translate(lang, "classroom.learned_title", n=total)
        teacher.get_by_text(title).wait_for(timeout=RERUN * 1000)
        contours = _wait(
            lambda: [t for t in teacher.evaluate(BOARD_TRACES) or [] if t[1] == "contour"],
            ARRIVAL,
            "the learned density's contours on the board",
        )
        assert len(contours) == 1
        assert {(x1, x2) for x1, x2 in CORNERS} <= _board_works(teacher)  # the class's works stay on the board
        assert teacher.evaluate("() => window.__same_board === true"), "the board reloaded"
        _no_traceback(teacher)

        # --- a student's reload keeps their identity: their work is still theirs ---
        student, student_id = students[0]
        student.reload()
        settle(student, timeout=RERUN)
        student.get_by_text(_sent_text(lang, 1)).wait_for(timeout=RERUN * 1000)
        assert re.search(r"student=([\w-]+)", student.url)[1] == student_id
        x1, x2 = CORNERS[0]
        take_back = translate(lang, "classroom.take_back", x1=x1, x2=x2)
        student.get_by_role("button", name=take_back).wait_for(timeout=RERUN * 1000)  # drawn after the count
        settle(student, timeout=RERUN)
        assert student.get_by_role("button", name=take_back).count() == 1
        theirs = translate(lang, "classroom.fig.mine")
        ringed = _wait(
            lambda: [
                points
                for name, _, points in student.evaluate(BOARD_TRACES.replace("classroom_board", "classroom_student"))
                or []
                if name == theirs
            ],
            ARRIVAL,
            "the student's own works ringed after the reload",
        )
        assert ringed == [[[x1, x2]]]
        for page in pages:
            _no_traceback(page)
    except Exception:
        shots = Path(__file__).parents[1] / "screenshots"
        shots.mkdir(exist_ok=True)
        for i, page in enumerate(pages):
            if not page.is_closed():
                page.screenshot(path=str(shots / f"classroom-browser-{round_}-{i}.png"), full_page=True)
        raise
    finally:
        for page in pages:
            page.context.close()
