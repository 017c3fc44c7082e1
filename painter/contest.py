"""The 2-pixel painting contest: 300 artists, each painting a 1×2 picture.

Every work is two grey values ``(x1, x2)`` in 0..255, so the whole space of
2-pixel pictures is the 256×256 plane. The artists' works are not spread over
it: they gather in three clusters (three schools of painting). Pixel 1 is
read as the *style* of a work and pixel 2 as its *scene*; two schools overlap
in style, so some styles allow two quite different scenes.
"""

from __future__ import annotations

import numpy as np

__all__ = ["ARTISTS", "SCHOOLS", "SEED", "occupied_fraction", "paintings", "works_csv"]

#: The number of artists in the contest every page shows.
ARTISTS = 300
#: The seed of the contest every page shows (other seeds are other contests).
SEED = 0

#: The three schools: share of the artists, mean (style, scene), covariance.
SCHOOLS: tuple[tuple[float, tuple[float, float], tuple[tuple[float, float], tuple[float, float]]], ...] = (
    (0.34, (62.0, 182.0), ((260.0, 140.0), (140.0, 420.0))),
    (0.36, (142.0, 72.0), ((420.0, -160.0), (-160.0, 300.0))),
    (0.30, (196.0, 186.0), ((300.0, 60.0), (60.0, 260.0))),
)


def paintings(n: int = ARTISTS, seed: int = 0) -> np.ndarray:
    """The contest's works: ``n`` 2-pixel pictures from three schools.

    Parameters
    ----------
    n : int, default=300
        Number of artists (one work each).
    seed : int, default=0
        Seed of the contest; the same seed always gives the same works.

    Returns
    -------
    works : ndarray of shape (n, 2), dtype int64
        Column 0 is pixel 1 (style), column 1 pixel 2 (scene); every value
        is an integer in 0..255. Rows are in random artist order, not grouped
        by school.
    """
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 0:
        raise ValueError(f"n must be a non-negative integer, got {n!r}")
    rng = np.random.default_rng(seed)
    shares = np.array([share for share, _, _ in SCHOOLS])
    counts = np.floor(shares * n).astype(int)
    counts[: n - counts.sum()] += 1  # hand out the remainder so counts sum to n
    works = [
        rng.multivariate_normal(mean, cov, size=count) for count, (_, mean, cov) in zip(counts, SCHOOLS, strict=True)
    ]
    works = np.concatenate(works) if works else np.empty((0, 2))
    works = np.clip(np.rint(works), 0, 255).astype(np.int64)
    return works[rng.permutation(n)]


def occupied_fraction(works, tile: int = 16) -> float:
    """Share of the 256×256 plane's ``tile``×``tile`` squares that hold at least one work.

    A rough measure of how little of the space of all 2-pixel pictures the
    artists actually use.
    """
    works = np.asarray(works, dtype=int).reshape(-1, 2)
    if len(works) == 0:
        return 0.0
    cells = np.clip(works, 0, 255) // tile
    n_tiles = (256 // tile) ** 2
    return len(np.unique(cells[:, 0] * 256 + cells[:, 1])) / n_tiles


def works_csv(works) -> str:
    """The works as CSV text, one artist per row: ``artist,pixel1,pixel2`` (artists counted from 1)."""
    rows = [f"{i},{int(x1)},{int(x2)}" for i, (x1, x2) in enumerate(np.asarray(works).reshape(-1, 2), start=1)]
    return "\n".join(["artist,pixel1,pixel2", *rows]) + "\n"
