"""Cached data: the sample photos, the contest's works, the 8×8 digits and distances between them."""

from __future__ import annotations

import numpy as np
import streamlit as st

from painter import contest, counting, images, neighbours
from painter import digits as _digits
from painter.readonly import frozen

__all__ = [
    "decimal_expansion",
    "digits_held_out_distances",
    "digits_split",
    "grayscale_photo",
    "photo",
    "photo_layers",
    "prompt_data",
    "prompt_held_out_distance",
    "shrunk_photo",
    "unseen_works_distances",
    "works",
    "works_strip_png",
]


@st.cache_resource(max_entries=4, show_spinner=False)
def photo(name: str) -> np.ndarray:
    """A sample photo, shape (H, W, 3) uint8, read-only."""
    return frozen(np.array(images.photo(name)))


@st.cache_resource(max_entries=4, show_spinner=False)
def grayscale_photo(name: str) -> np.ndarray:
    """The same photo in grayscale, shape (H, W) uint8, read-only."""
    return frozen(images.grayscale(photo(name)))


@st.cache_resource(max_entries=64, show_spinner=False)
def shrunk_photo(name: str, size: int, colour: bool) -> np.ndarray:
    """The photo averaged down to ``size``×``size`` pixels (:func:`painter.images.shrink`), read-only.

    Averaging a whole photo takes a few milliseconds, more than the rest of the untrained page.
    """
    return frozen(images.shrink(photo(name) if colour else grayscale_photo(name), size, size))


@st.cache_resource(max_entries=4, show_spinner=False)
def photo_layers(name: str) -> tuple[bytes, ...]:
    """The photo, its grayscale and its red, green and blue channels, each encoded as JPEG once."""
    picture = photo(name)
    return tuple(images.jpeg_bytes(layer) for layer in (picture, grayscale_photo(name), *images.channels(picture)))


@st.cache_data(max_entries=2, show_spinner=False)
def decimal_expansion(n_values: int) -> str:
    """The full decimal expansion of 256**n_values (megabytes: only two are kept)."""
    return counting.count_decimal(n_values)


@st.cache_resource(max_entries=8, show_spinner=False)
def works(n: int = contest.ARTISTS, seed: int = contest.SEED) -> np.ndarray:
    """The contest's works, shape (n, 2) int64, read-only."""
    return frozen(contest.paintings(n, seed))


@st.cache_data(max_entries=64, show_spinner=False)
def works_strip_png(works: np.ndarray, scale: int = 24, per_row: int = 12) -> bytes:
    """2-pixel works as crisp 1×2 pictures (:func:`painter.images.works_strip`), as PNG bytes.

    Keyed by the works' values (a few dozen numbers, cheap to hash), so a rerun
    that shows the same works sends the same file without encoding it again.
    """
    return images.png_bytes(images.works_strip(works, scale=scale, per_row=per_row))


@st.cache_data(max_entries=2, show_spinner=False)
def unseen_works_distances(seed: int = 1) -> np.ndarray:
    """Distances from a fresh contest (another 300 artists) to the nearest of the shared contest's works."""
    return neighbours.nearest(contest.paintings(contest.ARTISTS, seed), works())[1]


@st.cache_resource(max_entries=2, show_spinner=False)
def digits_split(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """The 8×8 digits as (training pictures, held-out pictures), rows of 64 values 0–255, read-only."""
    train, held_out = _digits.split(_digits.load(), seed)
    return frozen(train), frozen(held_out)


@st.cache_data(max_entries=2, show_spinner=False)
def digits_held_out_distances(seed: int = 0) -> np.ndarray:
    """Each held-out digit's distance to its nearest training digit (the "real, unseen" reference)."""
    train, held_out = digits_split(seed)
    return neighbours.nearest(held_out, train)[1]


@st.cache_resource(max_entries=2, show_spinner=False)
def prompt_data(seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The digits with labels: (train, train labels, held out, held-out labels), split as on page 5a, read-only."""
    return tuple(frozen(np.ascontiguousarray(a)) for a in _digits.labelled_split(seed))


@st.cache_data(max_entries=2, show_spinner=False)
def prompt_held_out_distance(seed: int = 0) -> float:
    """The median distance from a held-out real digit to its nearest training digit (the reference)."""
    train, _, held_out, _ = prompt_data(seed)
    return float(np.median(neighbours.nearest(held_out, train)[1]))
