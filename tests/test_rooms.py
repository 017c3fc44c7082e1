"""Rooms of the class contest against SQLite and a real PostgreSQL: concurrent students lose and double
nothing, caps hold, and forged keys, hostile codes and bad values are refused with the data intact."""

from __future__ import annotations

import multiprocessing
import threading

import numpy as np
import pytest
import sqlalchemy as sa

from painter import rooms
from painter.rooms import RoomError, Store
from tests.postgres import postgres_url  # noqa: F401 -- the session's server

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(params=BACKENDS)
def url(request, tmp_path):
    """An empty rooms database on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'rooms.sqlite3'}"
    address = request.getfixturevalue("postgres_url")
    store = Store(address)
    with store.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM painter_works"))
        conn.execute(sa.text("DELETE FROM painter_rooms"))
    store.dispose()
    return address


@pytest.fixture
def store(url):
    made = Store(url)
    yield made
    made.dispose()


def students(n: int, prefix: str = "student") -> list[str]:
    return [f"{prefix}-{i:04d}" for i in range(n)]


# --- rooms, codes, keys -----------------------------------------------------------------


def test_a_room_has_a_readable_code_and_a_long_key(store):
    made = [store.create_room() for _ in range(20)]
    for room in made:
        assert 4 <= len(room.code) <= 12
        assert set(room.code) <= set(rooms.ALPHABET)
        assert not set(room.code) & set("0O1I")
        assert len(room.teacher_key) >= 16
    assert len({room.code for room in made}) == 20
    assert len({room.teacher_key for room in made}) == 20
    assert store.works(made[0].code).shape == (0, 2)


def test_the_database_keeps_no_teacher_key(store, url):
    room = store.create_room()
    with store.engine.connect() as conn:
        stored = " ".join(str(value) for row in conn.execute(sa.text("SELECT * FROM painter_rooms")) for value in row)
    assert room.teacher_key not in stored


def test_codes_are_read_as_typed():
    assert rooms.normal_code("  abcd23 ") == "ABCD23"
    for bad in ("AB0D", "ABCI", "abc", "A" * 13, "AB-CD", "", None, 1234):
        with pytest.raises(RoomError, match="malformed"):
            rooms.normal_code(bad)


# --- works -----------------------------------------------------------------------------


def test_works_come_back_as_integers_oldest_first(store):
    room = store.create_room()
    sent = [(10, 200), (255, 0), (0, 255), (128, 128)]
    ids = [store.add_work(room.code, f"student-{i:04d}", x1, x2) for i, (x1, x2) in enumerate(sent)]
    assert ids == sorted(ids) and len(set(ids)) == 4
    works = store.works(room.code)
    assert works.dtype.kind == "i" and works.shape == (4, 2)
    np.testing.assert_array_equal(works, sent)
    snapshot = store.snapshot(room.code.lower())
    assert list(snapshot.ids) == ids
    assert snapshot.students == tuple(f"student-{i:04d}" for i in range(4))
    np.testing.assert_array_equal(snapshot.mine("student-0001"), [False, True, False, False])


@pytest.mark.parametrize("value", [12, 12.0, np.int64(7), np.uint8(255), np.float32(3.0), 0])
def test_whole_numbers_are_taken(store, value):
    room = store.create_room()
    store.add_work(room.code, "student-0001", value, value)
    np.testing.assert_array_equal(store.works(room.code), [[int(value), int(value)]])


BAD_VALUES = [1.5, float("nan"), float("inf"), -1, 256, 10**30, "12", "", None, True, False, [1], np.float64(2.5)]


@pytest.mark.parametrize("value", BAD_VALUES, ids=repr)
def test_bad_values_are_refused_with_the_data_intact(store, value):
    room = store.create_room()
    store.add_work(room.code, "student-0001", 1, 2)
    for x1, x2 in ((value, 3), (3, value)):
        with pytest.raises(RoomError, match="value"):
            store.add_work(room.code, "student-0002", x1, x2)
    np.testing.assert_array_equal(store.works(room.code), [[1, 2]])


HOSTILE_CODES = [
    "'; DROP TABLE painter_works; --",
    "ABCD' OR '1'='1",
    "<script>alert(1)</script>",
    "<b>ABCD</b>",
    "A" * 10_000,
    "ABCD\x00EF",
    "\x00",
    "",
    "ABC",
    None,
    42,
    b"ABCD",
]


@pytest.mark.parametrize("code", HOSTILE_CODES, ids=lambda c: repr(c)[:30])
def test_hostile_codes_are_refused_with_the_data_intact(store, code):
    room = store.create_room()
    work = store.add_work(room.code, "student-0001", 5, 6)
    for action in (
        lambda: store.add_work(code, "student-0002", 1, 1),
        lambda: store.works(code),
        lambda: store.snapshot(code),
        lambda: store.remove_work(code, room.teacher_key, work),
        lambda: store.remove_own(code, "student-0001", work),
        lambda: store.lock_room(code, room.teacher_key),
        lambda: store.close_room(code, room.teacher_key),
        lambda: store.export_csv(code, room.teacher_key),
        lambda: store.check_teacher(code, room.teacher_key),
    ):
        with pytest.raises(RoomError, match="malformed"):
            action()
    np.testing.assert_array_equal(store.works(room.code), [[5, 6]])
    assert not store.snapshot(room.code).locked


def test_an_unknown_code_is_refused(store):
    room = store.create_room()
    unknown = "ABCDEF" if room.code != "ABCDEF" else "ABCDEG"
    for action in (lambda: store.add_work(unknown, "student-0001", 1, 1), lambda: store.works(unknown)):
        with pytest.raises(RoomError, match="unknown"):
            action()


@pytest.mark.parametrize("student", ["", "short", "a b c d e f", "x" * 10_000, "abc\x00defgh", None, 7, "<script>x"])
def test_malformed_student_ids_are_refused(store, student):
    room = store.create_room()
    with pytest.raises(RoomError, match="student"):
        store.add_work(room.code, student, 1, 1)
    assert store.works(room.code).shape == (0, 2)


# --- the teacher's key -----------------------------------------------------------------


def forged_keys(room: rooms.Room, other: rooms.Room) -> list:
    key = room.teacher_key
    return [
        other.teacher_key,
        key[:-1] + ("A" if key[-1] != "A" else "B"),
        key + "x",
        key[:16],
        key.upper() if key.upper() != key else key.lower(),
        "",
        None,
        12345678901234567890,
        key + "\x00",
        "k" * 10_000,
        "' OR '1'='1' --------",
    ]


def test_forged_keys_are_refused_with_the_data_intact(store):
    room, other = store.create_room(), store.create_room()
    work = store.add_work(room.code, "student-0001", 9, 9)
    for key in forged_keys(room, other):
        for action in (
            lambda key=key: store.remove_work(room.code, key, work),
            lambda key=key: store.lock_room(room.code, key),
            lambda key=key: store.close_room(room.code, key),
            lambda key=key: store.export_csv(room.code, key),
            lambda key=key: store.check_teacher(room.code, key),
        ):
            with pytest.raises(RoomError, match="key"):
                action()
    snapshot = store.snapshot(room.code)
    np.testing.assert_array_equal(snapshot.works, [[9, 9]])
    assert not snapshot.locked
    store.check_teacher(room.code, room.teacher_key)  # the real key still opens it


def test_the_teacher_removes_locks_exports_and_closes(store):
    room = store.create_room()
    first = store.add_work(room.code, "student-0001", 1, 2)
    store.add_work(room.code, "student-0002", 3, 4)
    store.add_work(room.code, "student-0001", 5, 6)
    store.remove_work(room.code, room.teacher_key, first)
    np.testing.assert_array_equal(store.works(room.code), [[3, 4], [5, 6]])
    with pytest.raises(RoomError, match="work"):
        store.remove_work(room.code, room.teacher_key, first)  # gone already
    with pytest.raises(RoomError, match="work"):
        store.remove_work(room.code, room.teacher_key, True)
    assert store.export_csv(room.code, room.teacher_key).splitlines() == [
        "work,student,x1,x2",
        f"{first + 1},1,3,4",
        f"{first + 2},2,5,6",
    ]
    store.lock_room(room.code, room.teacher_key)
    with pytest.raises(RoomError, match="locked"):
        store.add_work(room.code, "student-0003", 7, 8)
    store.lock_room(room.code, room.teacher_key, locked=False)
    store.add_work(room.code, "student-0003", 7, 8)
    store.close_room(room.code, room.teacher_key)
    for action in (
        lambda: store.works(room.code),
        lambda: store.add_work(room.code, "student-0004", 1, 1),
        lambda: store.close_room(room.code, room.teacher_key),
    ):
        with pytest.raises(RoomError, match="closed"):
            action()


def test_a_student_removes_only_their_own_work(store):
    room = store.create_room()
    mine = store.add_work(room.code, "student-0001", 1, 1)
    theirs = store.add_work(room.code, "student-0002", 2, 2)
    with pytest.raises(RoomError, match="work"):
        store.remove_own(room.code, "student-0001", theirs)
    store.remove_own(room.code, "student-0001", mine)
    np.testing.assert_array_equal(store.works(room.code), [[2, 2]])
    ids, works = store.student_works(room.code, "student-0002")
    assert list(ids) == [theirs]
    np.testing.assert_array_equal(works, [[2, 2]])


# --- caps and time ---------------------------------------------------------------------


def test_caps_hold(store, monkeypatch):
    monkeypatch.setattr(rooms, "MAX_WORKS_PER_ROOM", 5)
    room = store.create_room()
    for _ in range(rooms.MAX_WORKS_PER_STUDENT):
        store.add_work(room.code, "student-0001", 1, 1)
    with pytest.raises(RoomError, match="student_full"):
        store.add_work(room.code, "student-0001", 1, 1)
    store.add_work(room.code, "student-0002", 2, 2)
    store.add_work(room.code, "student-0003", 3, 3)
    with pytest.raises(RoomError, match="full"):
        store.add_work(room.code, "student-0004", 4, 4)
    assert len(store.works(room.code)) == 5


def test_open_rooms_are_bounded(store, monkeypatch):
    monkeypatch.setattr(rooms, "MAX_OPEN_ROOMS", 3)
    made = [store.create_room() for _ in range(3)]
    with pytest.raises(RoomError, match="too_many_rooms"):
        store.create_room()
    store.close_room(made[0].code, made[0].teacher_key)
    store.create_room()


def test_rooms_expire_after_a_day_without_activity(url):
    now = [1_000_000.0]
    store = Store(url, clock=lambda: now[0])
    try:
        quiet, busy = store.create_room(), store.create_room()
        now[0] += rooms.EXPIRY_SECONDS - 60
        store.add_work(busy.code, "student-0001", 1, 1)  # activity keeps a room
        now[0] += 120
        with pytest.raises(RoomError, match="unknown"):
            store.works(quiet.code)
        with pytest.raises(RoomError, match="unknown"):
            store.add_work(quiet.code, "student-0001", 1, 1)
        assert len(store.works(busy.code)) == 1
        store.create_room()  # sweeps the expired room away
        with store.engine.connect() as conn:
            codes = {row.code for row in conn.execute(sa.text("SELECT code FROM painter_rooms"))}
        assert quiet.code not in codes and busy.code in codes
    finally:
        store.dispose()


def test_a_new_store_on_the_same_url_sees_everything(store, url):
    room = store.create_room()
    for i, name in enumerate(students(10)):
        store.add_work(room.code, name, i, 255 - i)
    store.lock_room(room.code, room.teacher_key)
    again = Store(url)
    try:
        snapshot = again.snapshot(room.code)
        np.testing.assert_array_equal(snapshot.works, [[i, 255 - i] for i in range(10)])
        assert snapshot.students == tuple(students(10)) and snapshot.locked
        again.check_teacher(room.code, room.teacher_key)
    finally:
        again.dispose()


# --- two processes at once -------------------------------------------------------------


def _send(url: str, code: str, jobs: list[tuple[str, int, int]], start, results) -> None:
    """One process: a few threads sending ``jobs`` (student, x1, x2) as soon as ``start`` opens."""
    store = Store(url)
    outcomes: list = []
    lock = threading.Lock()

    def worker(part):
        for student, x1, x2 in part:
            try:
                outcome = ("ok", store.add_work(code, student, x1, x2))
            except RoomError as error:
                outcome = ("refused", error.reason)
            with lock:
                outcomes.append((student, x1, x2, *outcome))

    start.wait()
    threads = [threading.Thread(target=worker, args=(jobs[i::4],)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    store.dispose()
    results.put(outcomes)


def _at_once(url: str, code: str, *job_lists) -> list:
    context = multiprocessing.get_context("fork")  # the children see the test's patched caps
    start, results = context.Event(), context.Queue()
    procs = [context.Process(target=_send, args=(url, code, jobs, start, results)) for jobs in job_lists]
    for proc in procs:
        proc.start()
    start.set()
    outcomes = [row for _ in procs for row in results.get(timeout=120)]
    for proc in procs:
        proc.join(timeout=30)
        assert proc.exitcode == 0
    return outcomes


def test_300_students_in_two_processes_lose_and_double_nothing(store, url):
    room = store.create_room()
    everyone = [(name, i % 256, (7 * i) % 256) for i, name in enumerate(students(300))]
    outcomes = _at_once(url, room.code, everyone[::2], everyone[1::2])
    assert all(row[3] == "ok" for row in outcomes), [row for row in outcomes if row[3] != "ok"][:5]
    snapshot = store.snapshot(room.code)
    assert len(snapshot.ids) == 300 and len(set(snapshot.ids.tolist())) == 300
    stored = sorted(zip(snapshot.students, map(tuple, snapshot.works.tolist()), strict=True))
    assert stored == sorted((name, (x1, x2)) for name, x1, x2 in everyone)
    assert sorted(snapshot.ids.tolist()) == sorted(row[4] for row in outcomes)


def test_caps_hold_with_two_processes_at_once(store, url, monkeypatch):
    monkeypatch.setattr(rooms, "MAX_WORKS_PER_ROOM", 40)
    room = store.create_room()
    # the same 6 students try 5 works each from both processes; 40 more students one each
    greedy = [(name, j, j) for name in students(6, "greedy") for j in range(5)]
    crowd = [(name, 1, 2) for name in students(40, "crowd")]
    outcomes = _at_once(url, room.code, greedy + crowd[::2], greedy + crowd[1::2])
    snapshot = store.snapshot(room.code)
    assert len(snapshot.ids) == 40
    counts = {name: snapshot.students.count(name) for name in set(snapshot.students)}
    assert max(counts.values()) <= rooms.MAX_WORKS_PER_STUDENT
    accepted = [row for row in outcomes if row[3] == "ok"]
    assert len(accepted) == 40
    assert {row[4] for row in outcomes if row[3] == "refused"} <= {"full", "student_full"}


# --- limits and defaults ---------------------------------------------------------------


def test_a_limit_is_a_sliding_window():
    limit = rooms.Limit(3, 1.0)
    times: tuple[float, ...] = ()
    verdicts = []
    for now in (0.0, 0.1, 0.2, 0.3, 0.9, 1.05, 1.15, 1.25, 1.3):
        allowed, times = limit.check(times, now)
        verdicts.append(allowed)
    assert verdicts == [True, True, True, False, False, True, True, True, False]
    assert limit.check((5.0, 5.0, 5.0), 4.0)[0]  # times from a future clock do not count


def test_limits_are_a_few_per_second_and_a_few_per_minute():
    assert 1 <= rooms.SEND_LIMIT.count <= 5 and rooms.SEND_LIMIT.seconds == 1.0
    assert 1 <= rooms.WRONG_CODE_LIMIT.count <= 10 and rooms.WRONG_CODE_LIMIT.seconds == 60.0


def test_the_default_is_a_sqlite_file_in_the_data_folder(monkeypatch, tmp_path):
    monkeypatch.delenv(rooms.URL_ENV, raising=False)
    monkeypatch.setenv(rooms.DATA_DIR_ENV, str(tmp_path / "elsewhere"))
    url = rooms.default_url()
    assert url == f"sqlite:///{tmp_path / 'elsewhere' / 'rooms.sqlite3'}"
    store = Store(url)
    try:
        room = store.create_room()
        store.add_work(room.code, "student-0001", 1, 2)
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == rooms.BUSY_TIMEOUT_MS
    finally:
        store.dispose()
    assert (tmp_path / "elsewhere" / "rooms.sqlite3").exists()
    monkeypatch.setenv(rooms.URL_ENV, "postgresql+psycopg://u:p@127.0.0.1:1/db")
    assert rooms.default_url() == "postgresql+psycopg://u:p@127.0.0.1:1/db"


def test_a_new_student_id_is_random_and_valid(store):
    ids = {rooms.new_student() for _ in range(100)}
    assert len(ids) == 100
    room = store.create_room()
    store.add_work(room.code, next(iter(ids)), 1, 1)
