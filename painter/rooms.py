"""The class contest: rooms where students send 2-pixel works to their teacher's board.

A room has a short code a person can read aloud (no 0/O, no 1/I) and a secret
teacher key; students send works (two integers 0–255) under an anonymous random
id; the teacher may remove a work, lock the room, export it and close it. Rooms
live in a database named by a SQLAlchemy URL: a SQLite file for one process
(the default, see :func:`default_url`), PostgreSQL for several replicas. The
same code runs on both.

Every cap is enforced inside one transaction that first takes the room's lock
(``BEGIN IMMEDIATE`` on SQLite, ``SELECT … FOR UPDATE`` on the room's row in
PostgreSQL), so two processes adding at once can neither pass a cap nor lose a
work. Every refusal is a :class:`RoomError` (a ``ValueError``) whose ``reason``
names a catalogue text (``classroom.error.<reason>``), so a page can say it in
the visitor's language. Nothing here imports Streamlit.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import math
import numbers
import os
import re
import secrets
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import numpy as np
import segno
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, ProgrammingError

__all__ = [
    "ALPHABET",
    "CODE_LENGTH",
    "DATA_DIR_ENV",
    "EXPIRY_SECONDS",
    "MAX_OPEN_ROOMS",
    "MAX_WORKS_PER_ROOM",
    "MAX_WORKS_PER_STUDENT",
    "URL_ENV",
    "Limit",
    "Room",
    "RoomError",
    "Snapshot",
    "Store",
    "default_url",
    "join_link",
    "new_student",
    "normal_code",
    "qr_png",
    "read_link",
    "valid_key",
    "valid_student",
    "works_csv",
]

#: Works one student may send to one room, and works one room holds.
MAX_WORKS_PER_STUDENT = 3
MAX_WORKS_PER_ROOM = 400
#: Rooms open at once on one database (a bound on what a stranger can make us store).
MAX_OPEN_ROOMS = 200
#: A room with no activity for this long is gone.
EXPIRY_SECONDS = 24 * 60 * 60

#: Letters and digits a person can read aloud and type without confusion (no 0/O, no 1/I).
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
_CODE = re.compile(rf"[{ALPHABET}]{{4,12}}")
#: A teacher key and a student id: URL-safe random tokens (``secrets.token_urlsafe``).
_KEY = re.compile(r"[A-Za-z0-9_-]{16,128}")
_STUDENT = re.compile(r"[A-Za-z0-9_-]{8,64}")

#: Where the embedded default keeps its SQLite file, and how to move it.
DATA_DIR_ENV = "PAINTER_DATA_DIR"
URL_ENV = "PAINTER_ROOMS_URL"
DEFAULT_DATA_DIR = Path(__file__).resolve().parents[1] / "data"

#: SQLite: how long a writer waits for another's lock, and how often a locked transaction is retried.
BUSY_TIMEOUT_MS = 5000
RETRIES = 8


#: Every reason a :class:`RoomError` may give (each a catalogue text ``classroom.error.<reason>``).
REASONS = (
    "unknown",
    "malformed",
    "closed",
    "locked",
    "full",
    "student_full",
    "key",
    "value",
    "student",
    "work",
    "too_many_rooms",
)


class RoomError(ValueError):
    """A refused room action; ``reason`` names why (``unknown``, ``malformed``, ``closed``, ``locked``,
    ``full``, ``student_full``, ``key``, ``value``, ``student``, ``work``, ``too_many_rooms``)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Room:
    """A new room: its code (for everyone) and its teacher key (for the teacher only)."""

    code: str
    teacher_key: str


@dataclass(frozen=True)
class Snapshot:
    """A room as the board and the students see it, read in one query.

    Attributes
    ----------
    code : str
    locked : bool
    ids : ndarray of shape (n,)
        The works' ids, oldest first.
    students : tuple of str
        Who sent each work (anonymous ids), in the same order.
    works : ndarray of shape (n, 2)
        The works (x1, x2) as integers, in the same order.
    """

    code: str
    locked: bool
    ids: np.ndarray
    students: tuple[str, ...]
    works: np.ndarray

    def mine(self, student: str) -> np.ndarray:
        """Which works ``student`` sent: a boolean mask of shape (n,)."""
        return np.array([s == student for s in self.students], dtype=bool)


def normal_code(code) -> str:
    """A room code as typed (any case, spaces around) made canonical; :class:`RoomError` if it cannot be one."""
    if not isinstance(code, str):
        raise RoomError("malformed")
    code = code.strip().upper()
    if not _CODE.fullmatch(code):
        raise RoomError("malformed")
    return code


def _checked_key(key) -> str:
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        raise RoomError("key")
    return key


def _checked_student(student) -> str:
    if not isinstance(student, str) or not _STUDENT.fullmatch(student):
        raise RoomError("student")
    return student


def _pixel(value) -> int:
    """A grey level 0–255 as an int: a whole number (a float without a fraction is one), never a bool."""
    if isinstance(value, bool | np.bool_) or not isinstance(value, numbers.Real):
        raise RoomError("value")
    if isinstance(value, numbers.Integral):
        number = int(value)
    else:
        as_float = float(value)
        if not math.isfinite(as_float) or not as_float.is_integer():
            raise RoomError("value")
        number = int(as_float)
    if not 0 <= number <= 255:
        raise RoomError("value")
    return number


def _work_id(work_id) -> int:
    if isinstance(work_id, bool | np.bool_) or not isinstance(work_id, numbers.Integral):
        raise RoomError("work")
    return int(work_id)


def _digest(key: str) -> str:
    """What the database keeps of a teacher key: its SHA-256, so a copy of the database opens no room."""
    return hashlib.sha256(key.encode()).hexdigest()


def valid_key(text) -> bool:
    """Whether ``text`` has the shape of a teacher key (it may still open nothing)."""
    return isinstance(text, str) and _KEY.fullmatch(text) is not None


def valid_student(text) -> bool:
    """Whether ``text`` has the shape of a student id."""
    return isinstance(text, str) and _STUDENT.fullmatch(text) is not None


def read_link(query: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """The room's values a link carries (``room``, ``teacher``, ``student``), each checked for its shape.

    Returns
    -------
    values : dict
        Name -> value for each value present and well formed (the room code made canonical).
    rejected : list of str
        The names present but malformed (to tell the visitor; their values are never shown).
    """
    values, rejected = {}, []
    checks = {"room": normal_code, "teacher": _checked_key, "student": _checked_student}
    for name, check in checks.items():
        if name not in query:
            continue
        try:
            values[name] = check(str(query[name]))
        except RoomError:
            rejected.append(name)
    return values, rejected


def join_link(base: str, code: str, lang: str) -> str:
    """The address a student opens to join room ``code`` (the page's own address ``base``)."""
    return f"{base}?{urlencode({'room': normal_code(code), 'lang': lang})}"


def qr_png(text: str, *, scale: int = 8) -> bytes:
    """``text`` as a QR code (PNG), made here in pure Python: nothing is fetched."""
    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind="png", scale=scale, border=2)
    return out.getvalue()


def new_student() -> str:
    """A fresh anonymous student id (random, URL-safe, 16 characters)."""
    return secrets.token_urlsafe(12)


def default_url() -> str:
    """The rooms database: ``$PAINTER_ROOMS_URL`` if set, else a SQLite file in the data folder.

    The data folder is ``data/`` beside the app, or ``$PAINTER_DATA_DIR``; it is
    made if missing.
    """
    if os.environ.get(URL_ENV):
        return os.environ[URL_ENV]
    folder = Path(os.environ.get(DATA_DIR_ENV) or DEFAULT_DATA_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    return sa.URL.create("sqlite", database=str(folder / "rooms.sqlite3")).render_as_string()


_metadata = sa.MetaData()
_rooms = sa.Table(
    "painter_rooms",
    _metadata,
    sa.Column("code", sa.String(12), primary_key=True),
    sa.Column("key_digest", sa.String(64), nullable=False),
    sa.Column("created", sa.Float, nullable=False),
    sa.Column("active", sa.Float, nullable=False),
    sa.Column("locked", sa.Boolean, nullable=False, default=False),
    sa.Column("closed", sa.Boolean, nullable=False, default=False),
)
_works = sa.Table(
    "painter_works",
    _metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("code", sa.String(12), sa.ForeignKey("painter_rooms.code", ondelete="CASCADE"), nullable=False),
    sa.Column("student", sa.String(64), nullable=False),
    sa.Column("x1", sa.SmallInteger, nullable=False),
    sa.Column("x2", sa.SmallInteger, nullable=False),
    sa.Column("created", sa.Float, nullable=False),
    sa.Index("painter_works_room", "code", "id"),
)


def _retryable(error: DBAPIError) -> bool:
    """A transaction lost to another writer (SQLite busy or locked; PostgreSQL serialisation or deadlock)."""
    if isinstance(error, OperationalError) and re.search(r"locked|busy", str(error.orig), re.I):
        return True
    return getattr(error.orig, "sqlstate", None) in ("40001", "40P01")


class Store:
    """The rooms in the database at ``url`` (a SQLAlchemy URL); its tables are made if missing.

    Parameters
    ----------
    url : str or sqlalchemy.URL
        ``sqlite:///FILE`` or ``postgresql+psycopg://USER:PASSWORD@HOST:PORT/DB``.
    clock : callable, optional
        Seconds since the epoch (``time.time``); tests pass their own to move time on.
    """

    def __init__(self, url, *, clock: Callable[[], float] = time.time):
        self.url = sa.make_url(url)
        self.clock = clock
        self._sqlite = self.url.get_backend_name() == "sqlite"
        if self._sqlite:
            self.engine = sa.create_engine(
                self.url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
            )
            sa.event.listen(self.engine, "connect", _sqlite_connect)
            sa.event.listen(self.engine, "begin", _sqlite_begin)
        else:
            self.engine = sa.create_engine(self.url, pool_pre_ping=True, pool_size=2, max_overflow=4)
        self._create_tables()

    def _create_tables(self) -> None:
        for attempt in range(RETRIES):
            try:
                _metadata.create_all(self.engine, checkfirst=True)
                return
            except (IntegrityError, ProgrammingError, OperationalError):
                # another process made them at the same moment (PostgreSQL), or held the lock (SQLite)
                if attempt == RETRIES - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))

    @contextmanager
    def _writing(self) -> Iterator[sa.Connection]:
        with self.engine.connect().execution_options(immediate=True) as conn, conn.begin():
            yield conn

    def _write(self, action: Callable[[sa.Connection], object]):
        """Run ``action(conn)`` in one write transaction, again if another writer won the lock."""
        for attempt in range(RETRIES):
            try:
                with self._writing() as conn:
                    return action(conn)
            except DBAPIError as error:
                if attempt == RETRIES - 1 or not _retryable(error):
                    raise
                time.sleep(0.02 * (attempt + 1) + secrets.randbelow(20) / 1000)
        raise AssertionError("unreachable")

    def _room(self, conn: sa.Connection, code: str, *, for_update: bool = True) -> sa.Row:
        """The open room ``code`` (locked for this transaction); refuses an unknown, closed or expired one."""
        query = sa.select(_rooms).where(_rooms.c.code == code)
        row = conn.execute(query.with_for_update() if for_update else query).one_or_none()
        if row is None or row.active < self.clock() - EXPIRY_SECONDS:
            raise RoomError("unknown")
        if row.closed:
            raise RoomError("closed")
        return row

    def _teacher_room(self, conn: sa.Connection, code: str, teacher_key, *, for_update: bool = True) -> sa.Row:
        key = _checked_key(teacher_key)
        row = self._room(conn, code, for_update=for_update)
        if not hmac.compare_digest(_digest(key), row.key_digest):
            raise RoomError("key")
        return row

    def _touch(self, conn: sa.Connection, code: str) -> None:
        conn.execute(sa.update(_rooms).where(_rooms.c.code == code).values(active=self.clock()))

    # --- the teacher ---------------------------------------------------------------

    def create_room(self) -> Room:
        """Open a new room: a fresh code and teacher key. Expired rooms are removed first.

        Raises :class:`RoomError` (``too_many_rooms``) when :data:`MAX_OPEN_ROOMS` are open.
        """
        key = secrets.token_urlsafe(24)

        def create(conn: sa.Connection) -> Room:
            if not self._sqlite:  # one creator at a time, so the bound holds across processes
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(20)"))
            now = self.clock()
            conn.execute(sa.delete(_rooms).where(_rooms.c.active < now - EXPIRY_SECONDS))
            open_rooms = conn.execute(
                sa.select(sa.func.count()).select_from(_rooms).where(_rooms.c.closed.is_(False))
            ).scalar_one()
            if open_rooms >= MAX_OPEN_ROOMS:
                raise RoomError("too_many_rooms")
            while True:
                code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
                if conn.execute(sa.select(_rooms.c.code).where(_rooms.c.code == code)).first() is None:
                    break
            conn.execute(
                sa.insert(_rooms).values(
                    code=code, key_digest=_digest(key), created=now, active=now, locked=False, closed=False
                )
            )
            return Room(code, key)

        return self._write(create)

    def check_teacher(self, code, teacher_key) -> None:
        """Nothing if ``teacher_key`` opens the open room ``code``; :class:`RoomError` otherwise."""
        code = normal_code(code)
        with self.engine.connect() as conn:
            self._teacher_room(conn, code, teacher_key, for_update=False)

    def remove_work(self, code, teacher_key, work_id) -> None:
        """Remove a work from the room (a prank, a mistake): the teacher's key is needed."""
        code, work_id = normal_code(code), _work_id(work_id)

        def remove(conn: sa.Connection) -> None:
            self._teacher_room(conn, code, teacher_key)
            deleted = conn.execute(sa.delete(_works).where(_works.c.code == code, _works.c.id == work_id))
            if deleted.rowcount != 1:
                raise RoomError("work")
            self._touch(conn, code)

        self._write(remove)

    def lock_room(self, code, teacher_key, locked: bool = True) -> None:
        """Stop (or, with ``locked=False``, resume) taking works."""
        code = normal_code(code)

        def lock(conn: sa.Connection) -> None:
            self._teacher_room(conn, code, teacher_key)
            conn.execute(
                sa.update(_rooms).where(_rooms.c.code == code).values(locked=bool(locked), active=self.clock())
            )

        self._write(lock)

    def close_room(self, code, teacher_key) -> None:
        """Close the room for good: its works are deleted, and the code opens nothing any more."""
        code = normal_code(code)

        def close(conn: sa.Connection) -> None:
            self._teacher_room(conn, code, teacher_key)
            conn.execute(sa.delete(_works).where(_works.c.code == code))
            conn.execute(sa.update(_rooms).where(_rooms.c.code == code).values(closed=True, active=self.clock()))

        self._write(close)

    def export_csv(self, code, teacher_key) -> str:
        """The room's works as CSV (:func:`works_csv`), for the teacher only."""
        self.check_teacher(code, teacher_key)
        return works_csv(self.snapshot(code))

    # --- the students --------------------------------------------------------------

    def add_work(self, code, student, x1, x2) -> int:
        """Add the work (x1, x2) by ``student`` to the room; returns its id.

        Refused (:class:`RoomError`) for a malformed, unknown, closed, locked or full
        room, a malformed student id, a value that is not an integer 0–255, or a
        student who has sent :data:`MAX_WORKS_PER_STUDENT` works already.
        """
        code, student = normal_code(code), _checked_student(student)
        x1, x2 = _pixel(x1), _pixel(x2)

        def add(conn: sa.Connection) -> int:
            row = self._room(conn, code)  # the room's lock: the counts below cannot change under us
            if row.locked:
                raise RoomError("locked")
            in_room, by_student = conn.execute(
                sa.select(
                    sa.func.count(),
                    sa.func.coalesce(sa.func.sum(sa.case((_works.c.student == student, 1), else_=0)), 0),
                ).where(_works.c.code == code)
            ).one()
            if in_room >= MAX_WORKS_PER_ROOM:
                raise RoomError("full")
            if by_student >= MAX_WORKS_PER_STUDENT:
                raise RoomError("student_full")
            now = self.clock()
            work_id = conn.execute(
                sa.insert(_works).values(code=code, student=student, x1=x1, x2=x2, created=now).returning(_works.c.id)
            ).scalar_one()
            self._touch(conn, code)
            return int(work_id)

        return self._write(add)

    def remove_own(self, code, student, work_id) -> None:
        """A student takes back one of their own works."""
        code, student, work_id = normal_code(code), _checked_student(student), _work_id(work_id)

        def remove(conn: sa.Connection) -> None:
            self._room(conn, code)
            deleted = conn.execute(
                sa.delete(_works).where(_works.c.code == code, _works.c.id == work_id, _works.c.student == student)
            )
            if deleted.rowcount != 1:
                raise RoomError("work")
            self._touch(conn, code)

        self._write(remove)

    # --- reading -------------------------------------------------------------------

    def snapshot(self, code) -> Snapshot:
        """The room and its works, oldest first, in one query (what the board reads every tick)."""
        code = normal_code(code)
        query = (
            sa.select(_rooms.c.active, _rooms.c.locked, _rooms.c.closed, *_works.c["id", "student", "x1", "x2"])
            .select_from(_rooms.outerjoin(_works, _works.c.code == _rooms.c.code))
            .where(_rooms.c.code == code)
            .order_by(_works.c.id)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        if not rows or rows[0].active < self.clock() - EXPIRY_SECONDS:
            raise RoomError("unknown")
        if rows[0].closed:
            raise RoomError("closed")
        kept = [row for row in rows if row.id is not None]
        return Snapshot(
            code=code,
            locked=bool(rows[0].locked),
            ids=np.array([row.id for row in kept], dtype=np.int64),
            students=tuple(row.student for row in kept),
            works=np.array([(row.x1, row.x2) for row in kept], dtype=np.int64).reshape(-1, 2),
        )

    def works(self, code) -> np.ndarray:
        """The room's works (x1, x2) as integers, shape (n, 2), oldest first."""
        return self.snapshot(code).works

    def student_works(self, code, student) -> tuple[np.ndarray, np.ndarray]:
        """One student's works in the room: (ids (m,), works (m, 2)), oldest first."""
        student = _checked_student(student)
        snapshot = self.snapshot(code)
        mine = snapshot.mine(student)
        return snapshot.ids[mine], snapshot.works[mine]

    def dispose(self) -> None:
        """Close the engine's pooled connections."""
        self.engine.dispose()


def _sqlite_connect(dbapi_connection, _record) -> None:
    # Transactions are begun by hand (below), so that a writer takes the lock up front.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never wait for the writer
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(conn: sa.Connection) -> None:
    # BEGIN IMMEDIATE takes the write lock before the first read, so a cap read inside the
    # transaction cannot change before its insert; a reader's plain BEGIN waits for nobody (WAL).
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("immediate") else "BEGIN")


def works_csv(snapshot: Snapshot) -> str:
    """A room's works as CSV: ``work,student,x1,x2``; students numbered 1, 2, … in order of their first work."""
    numbers_of: dict[str, int] = {}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["work", "student", "x1", "x2"])
    for work_id, student, (x1, x2) in zip(snapshot.ids, snapshot.students, snapshot.works, strict=True):
        number = numbers_of.setdefault(student, len(numbers_of) + 1)
        writer.writerow([int(work_id), number, int(x1), int(x2)])
    return out.getvalue()


@dataclass(frozen=True)
class Limit:
    """At most ``count`` events in any ``seconds``: a sliding window, pure (the clock is an argument).

    A session keeps its own recent times (a tuple) and asks before each event::

        allowed, times = SEND_LIMIT.check(times, now)
    """

    count: int
    seconds: float

    def check(self, times: tuple[float, ...], now: float) -> tuple[bool, tuple[float, ...]]:
        """Whether one more event at ``now`` is allowed, and the times to keep (with it, if allowed)."""
        recent = tuple(t for t in times if now - self.seconds < t <= now)
        if len(recent) >= self.count:
            return False, recent
        return True, (*recent, now)


#: A session's sends (a few per second) and its wrong room codes (a few per minute).
SEND_LIMIT = Limit(3, 1.0)
WRONG_CODE_LIMIT = Limit(5, 60.0)
