"""The rules of a class contest room, without a database: what a code, a key, a student id and a work may be.

A room code is short and can be read aloud (no 0/O, no 1/I); a teacher key and a student id are
URL-safe random tokens; a work is two whole grey levels 0–255. Everything a visitor sends is
checked here before it reaches :class:`painter.rooms.Store`, and every refusal is a
:class:`RoomError` whose ``reason`` names a catalogue text (``classroom.error.<reason>``).
The rate limits a session keeps (:data:`SEND_LIMIT`, :data:`WRONG_CODE_LIMIT`) are here too.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import numbers
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlencode

import numpy as np
import segno

__all__ = [
    "ALPHABET",
    "CODE_LENGTH",
    "REASONS",
    "SEND_LIMIT",
    "WRONG_CODE_LIMIT",
    "Limit",
    "RoomError",
    "checked_key",
    "checked_student",
    "checked_work_id",
    "grey_level",
    "join_link",
    "key_digest",
    "new_student",
    "normal_code",
    "qr_png",
    "read_link",
    "valid_key",
    "valid_student",
    "works_csv",
]

#: Letters and digits a person can read aloud and type without confusion (no 0/O, no 1/I).
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
CODE_PATTERN = re.compile(rf"[{ALPHABET}]{{4,12}}")
#: A teacher key and a student id: URL-safe random tokens (``secrets.token_urlsafe``).
KEY_PATTERN = re.compile(r"[A-Za-z0-9_-]{16,128}")
STUDENT_PATTERN = re.compile(r"[A-Za-z0-9_-]{8,64}")


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


def normal_code(code) -> str:
    """A room code as typed (any case, spaces around) made canonical; :class:`RoomError` if it cannot be one."""
    if not isinstance(code, str):
        raise RoomError("malformed")
    code = code.strip().upper()
    if not CODE_PATTERN.fullmatch(code):
        raise RoomError("malformed")
    return code


def checked_key(key) -> str:
    """``key`` if it has the shape of a teacher key; :class:`RoomError` (``key``) otherwise."""
    if not isinstance(key, str) or not KEY_PATTERN.fullmatch(key):
        raise RoomError("key")
    return key


def checked_student(student) -> str:
    """``student`` if it has the shape of a student id; :class:`RoomError` (``student``) otherwise."""
    if not isinstance(student, str) or not STUDENT_PATTERN.fullmatch(student):
        raise RoomError("student")
    return student


def grey_level(value) -> int:
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


def checked_work_id(work_id) -> int:
    """A work's id as an int (never a bool); :class:`RoomError` (``work``) otherwise."""
    if isinstance(work_id, bool | np.bool_) or not isinstance(work_id, numbers.Integral):
        raise RoomError("work")
    return int(work_id)


def key_digest(key: str) -> str:
    """What the database keeps of a teacher key: its SHA-256, so a copy of the database opens no room."""
    return hashlib.sha256(key.encode()).hexdigest()


def valid_key(text) -> bool:
    """Whether ``text`` has the shape of a teacher key (it may still open nothing)."""
    return isinstance(text, str) and KEY_PATTERN.fullmatch(text) is not None


def valid_student(text) -> bool:
    """Whether ``text`` has the shape of a student id."""
    return isinstance(text, str) and STUDENT_PATTERN.fullmatch(text) is not None


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
    checks = {"room": normal_code, "teacher": checked_key, "student": checked_student}
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


def works_csv(snapshot) -> str:
    """A room's works as CSV: ``work,student,x1,x2``; students numbered 1, 2, … in order of their first work.

    ``snapshot`` is a :class:`painter.rooms.Snapshot` (its ``ids``, ``students`` and ``works``).
    """
    numbers_of: dict[str, int] = {}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["work", "student", "x1", "x2"])
    for work_id, student, (x1, x2) in zip(snapshot.ids, snapshot.students, snapshot.works, strict=True):
        number = numbers_of.setdefault(student, len(numbers_of) + 1)
        writer.writerow([int(work_id), number, int(x1), int(x2)])
    return out.getvalue()
