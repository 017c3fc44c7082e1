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

import hmac
import os
import re
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, ProgrammingError

from painter.room_rules import (
    ALPHABET,
    CODE_LENGTH,
    REASONS,
    SEND_LIMIT,
    WRONG_CODE_LIMIT,
    Limit,
    RoomError,
    checked_key,
    checked_student,
    checked_work_id,
    grey_level,
    join_link,
    key_digest,
    new_student,
    normal_code,
    qr_png,
    read_link,
    valid_key,
    valid_student,
    works_csv,
)

__all__ = [
    "ALPHABET",
    "CODE_LENGTH",
    "DATA_DIR_ENV",
    "EXPIRY_SECONDS",
    "MAX_OPEN_ROOMS",
    "MAX_WORKS_PER_ROOM",
    "MAX_WORKS_PER_STUDENT",
    "REASONS",
    "SEND_LIMIT",
    "URL_ENV",
    "WRONG_CODE_LIMIT",
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

#: Where the embedded default keeps its SQLite file, and how to move it.
DATA_DIR_ENV = "PAINTER_DATA_DIR"
URL_ENV = "PAINTER_ROOMS_URL"
DEFAULT_DATA_DIR = Path(__file__).resolve().parents[1] / "data"

#: SQLite: how long a writer waits for another's lock, and how often a locked transaction is retried.
BUSY_TIMEOUT_MS = 5000
RETRIES = 8


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
        key = checked_key(teacher_key)
        row = self._room(conn, code, for_update=for_update)
        if not hmac.compare_digest(key_digest(key), row.key_digest):
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
                    code=code, key_digest=key_digest(key), created=now, active=now, locked=False, closed=False
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
        code, work_id = normal_code(code), checked_work_id(work_id)

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
        code, student = normal_code(code), checked_student(student)
        x1, x2 = grey_level(x1), grey_level(x2)

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
        code, student, work_id = normal_code(code), checked_student(student), checked_work_id(work_id)

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
        student = checked_student(student)
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
