"""A visitor's own set of 2-pixel works: add one, or reshape the contest with a preset.

Every function takes the current works and returns a *new* array (int64,
shape (n, 2), values 0..255): the caller's array, and the shared contest
works it may have started from, are never changed. Presets are deterministic,
so the same clicks give the same works.
"""

from __future__ import annotations

import hashlib

import numpy as np

from painter.contest import SCHOOLS

__all__ = ["MAX_WORKS", "PRESETS", "add_work", "apply_preset", "works_digest"]

#: The presets offered, in the order shown.
PRESETS = ("fourth", "move", "thin", "empty", "reset")

#: The most works a visitor may hold: enough to reshape the plane, bounded so memory stays bounded.
MAX_WORKS = 2000

#: Where the fourth school appears: the dark corner no artist uses yet.
FOURTH_SCHOOL = ((50.0, 45.0), ((200.0, 60.0), (60.0, 150.0)), 60)
#: The school that "move" shifts, and by how much (its scenes get much darker).
MOVED_SCHOOL, MOVE_BY = 0, (0.0, -125.0)
#: The school that "thin" thins out, and the share of its works kept.
THINNED_SCHOOL, THIN_KEEP = 1, 1 / 6


def _as_works(works) -> np.ndarray:
    return np.asarray(works, dtype=float).reshape(-1, 2)


def _pixels(works) -> np.ndarray:
    return np.clip(np.rint(_as_works(works)), 0, 255).astype(np.int64)


def _school(works: np.ndarray) -> np.ndarray:
    """The index of the contest school whose centre is nearest each work."""
    centres = np.array([mean for _, mean, _ in SCHOOLS])
    return np.argmin(((works[:, None, :] - centres[None, :, :]) ** 2).sum(axis=-1), axis=1)


def add_work(works, x1: float, x2: float) -> np.ndarray:
    """``works`` with one more work (x1, x2), rounded and clipped to whole pixel values 0..255.

    At ``MAX_WORKS`` works nothing more is added.
    """
    if len(works) >= MAX_WORKS:
        return _pixels(works)
    return np.concatenate([_pixels(works), _pixels([[x1, x2]])])


def apply_preset(works, name: str, contest) -> np.ndarray:
    """The works after a preset.

    Parameters
    ----------
    works : array-like of shape (n, 2)
        The visitor's current works.
    name : {"fourth", "move", "thin", "empty", "reset"}
        ``fourth`` adds a school of 60 works in the empty dark corner; ``move``
        shifts the works of the first school (pixel 2 much darker); ``thin``
        keeps one in six of the second school's works; ``empty`` removes every
        work; ``reset`` goes back to ``contest``.
    contest : array-like of shape (m, 2)
        The contest's works, used by ``reset``.

    Returns
    -------
    works : ndarray of shape (n', 2), dtype int64
    """
    current = _pixels(works)
    if name == "fourth":
        mean, cov, count = FOURTH_SCHOOL
        school = _pixels(np.random.default_rng(4).multivariate_normal(mean, cov, count))
        return np.concatenate([current, school])[:MAX_WORKS]
    if name == "move":
        moved = current.astype(float)
        moved[_school(moved) == MOVED_SCHOOL] += MOVE_BY
        return _pixels(moved)
    if name == "thin":
        in_school = np.flatnonzero(_school(current.astype(float)) == THINNED_SCHOOL)
        dropped = in_school[np.arange(len(in_school)) % round(1 / THIN_KEEP) != 0]
        return np.delete(current, dropped, axis=0)
    if name == "empty":
        return current[:0]
    if name == "reset":
        return _pixels(contest)
    raise ValueError(f"preset must be one of {PRESETS}, got {name!r}")


def works_digest(works) -> str:
    """A short fingerprint of a set of works: equal works, equal digest (a cache key)."""
    pixels = _pixels(works)
    return hashlib.sha256(pixels.tobytes() + str(pixels.shape).encode()).hexdigest()[:32]
