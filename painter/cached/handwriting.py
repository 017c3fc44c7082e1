"""The cached pieces of step 6a (your handwriting), one style model per ``dims`` for the whole server, and of
step 8's "same noise, ten prompts".

Thin wrappers around :mod:`painter.handwriting`, as :mod:`painter.cached` is for the other pages: keys are
small values (``dims``, a digit, a seed, a picture's 64 bytes), every cache is bounded, and what is shared
is read-only. A visitor's picture travels as its 64 bytes (``picture.tobytes()``), so a redraw that gives
the same 8×8 picture is served from the cache.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import streamlit as st

from painter import cached as _cached
from painter import digits as _digits
from painter import figures, images
from painter import handwriting as _handwriting
from painter import shared_noise as _shared_noise
from painter.frozen_figure import FrozenFigure, freeze

#: Scale of the pictures the page shows: the visitor's 8×8 picture, and the rows of ten digits.
RESULT_SCALE = 16
ROW_SCALE = 6
#: Pictures of one style with the model's own noise, and the seed of the random style and the noise.
VARIATIONS = 8
SEED = 0


def _frozen(array: np.ndarray) -> np.ndarray:
    array.setflags(write=False)
    return array


def _picture(picture: bytes) -> np.ndarray:
    return np.frombuffer(picture, dtype=np.uint8)


@st.cache_resource(max_entries=1, show_spinner=False)
def data() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(train, train labels, held out, held-out labels), split as on page 5a, read-only."""
    return tuple(_frozen(np.ascontiguousarray(a)) for a in _handwriting.labelled_split())


@st.cache_resource(max_entries=16, show_spinner=False)
def model(dims: int) -> _handwriting.HandwritingModel:
    """The style model with ``dims`` style numbers, fitted once per server (read-only: it seals itself)."""
    train, labels, _, _ = data()
    return _handwriting.fit(train, labels, dims=dims)


@st.cache_data(max_entries=16, show_spinner=False)
def carry_over(dims: int) -> dict[str, np.ndarray]:
    """How much ink and slant the held-out digits' styles carry to the other digits, against a random style."""
    _, _, held_out, held_labels = data()
    return _handwriting.carry_over(model(dims), held_out, held_labels, np.random.default_rng(SEED))


@st.cache_data(max_entries=16, show_spinner=False)
def direction_names(dims: int) -> tuple[str | None, ...]:
    """The names of the first three style directions, where the data shows them."""
    return _handwriting.direction_names(model(dims))


@st.cache_data(max_entries=64, show_spinner=False)
def held_out(index: int) -> tuple[bytes, int]:
    """Held-out digit ``index``: its 64 grey levels as bytes, and its label."""
    _, _, pictures, labels = data()
    return images.to_pixels(pictures[index]).tobytes(), int(labels[index])


def _rows(pictures: np.ndarray) -> np.ndarray:
    """Rows of pictures (rows, n, 64) tiled into one sheet, a row each (H, W, 3) uint8."""
    return _digits.tile(pictures.reshape(-1, _digits.N_PIXELS), per_row=pictures.shape[1], scale=ROW_SCALE)


@st.cache_resource(max_entries=16, show_spinner=False)
def random_digits(dims: int, seed: int = SEED) -> np.ndarray:
    """The ten digits in one random style (``z ~ N(0, I)``): shape (10, 64) uint8, read-only."""
    z = np.random.default_rng(seed).standard_normal(dims)
    return _frozen(_handwriting.every_digit(model(dims), z))


@st.cache_resource(max_entries=1, show_spinner=False)
def real_digits() -> np.ndarray:
    """The first real training digit of each class, 0–9: shape (10, 64), read-only."""
    train, labels, _, _ = data()
    return _frozen(np.stack([train[np.argmax(labels == d)] for d in _handwriting.DIGITS]))


@st.cache_data(max_entries=64, show_spinner=False)
def strips_png(dims: int, digit: int) -> bytes:
    """``digit`` along each of the first three style directions from −2 to +2, a row of five each, as PNG."""
    fitted = model(dims)
    shown = range(min(len(_handwriting.DIRECTION_NAMES), dims))
    return images.png_bytes(_rows(np.stack([_handwriting.direction_strip(fitted, k, digit) for k in shown])))


# --- what one rerun asks for, in three calls: looking a cached value up costs more than most of what it holds ---


@dataclass(frozen=True)
class Seen:
    """The visitor's 8×8 picture as shown, and what the model reads it as."""

    png: bytes
    reading: _handwriting.Reading


@dataclass(frozen=True)
class Yours:
    """Everything the page shows of the visitor's style: the style itself; one sheet (PNG) of the ten digits
    written in it above the same ten in a random style and real ones; the ten alone (pixels, for the export);
    pictures of their digit in it with the model's noise (PNG); and the reading's chart."""

    style: tuple[float, ...]
    sheet: bytes
    written: np.ndarray
    variations: bytes
    reading: FrozenFigure

    def row(self) -> np.ndarray:
        """The ten digits in the visitor's style as one row of pixels (H, W, 3): the file the page exports."""
        return _rows(self.written[None])


@dataclass(frozen=True)
class Shared:
    """What depends only on ``dims`` and the digit: the directions' names, their strips (PNG), and the
    carry-over measured (ink and slant with the held-out digits' own styles, then with a random style)."""

    names: tuple[str | None, ...]
    strips: bytes
    carried: tuple[tuple[float, ...], tuple[float, ...]]


@st.cache_resource(max_entries=64, show_spinner=False)
def seen(dims: int, picture: bytes) -> Seen:
    """The picture enlarged with crisp pixels (PNG), and what the model reads it as."""
    shown = images.png_bytes(_digits.tile([_picture(picture)], per_row=1, scale=RESULT_SCALE))
    return Seen(shown, _handwriting.read(model(dims), _picture(picture)))


@st.cache_resource(max_entries=64, show_spinner=False)
def yours(
    dims: int, picture: bytes, digit: int, offsets: tuple[float, ...], labels: tuple[tuple[str, str], ...]
) -> Yours:
    """The picture's style given ``digit``, moved by ``offsets`` along the first directions; the ten digits
    written in it (above :func:`random_digits` and :func:`real_digits`); :data:`VARIATIONS` pictures of
    ``digit`` in it with the model's own pixel noise; and the reading's chart with ``digit`` highlighted."""
    fitted = model(dims)
    z = _handwriting.moved(fitted, _handwriting.style_of(fitted, _picture(picture), digit), offsets)
    written = _handwriting.every_digit(fitted, z)
    noisy = _handwriting.variations(fitted, z, digit, VARIATIONS, np.random.default_rng(SEED))
    probabilities = seen(dims, picture).reading.probabilities
    return Yours(
        tuple(float(v) for v in z),
        images.png_bytes(_rows(np.stack([written, random_digits(dims), images.to_pixels(real_digits())]))),
        _frozen(written),
        images.png_bytes(_rows(noisy[None])),
        freeze(figures.reading_figure(probabilities, digit, labels=dict(labels))),
    )


@st.cache_resource(max_entries=64, show_spinner=False)
def shared(dims: int, digit: int) -> Shared:
    """:func:`direction_names`, :func:`strips_png` and :func:`carry_over` at once."""
    measured = carry_over(dims)
    return Shared(
        direction_names(dims),
        strips_png(dims, digit),
        tuple(tuple(float(r) for r in measured[kind]) for kind in ("yours", "random")),
    )


# --- step 8's "same noise, ten prompts": painter.shared_noise on step 8's model ---------------------------

#: Start noises shown as rows of ten (all :data:`painter.shared_noise.NOISES` are measured).
NOISE_ROWS = 4


@st.cache_resource(max_entries=16, show_spinner=False)
def shared_noise(seed: int, steps: int, guidance: float) -> _shared_noise.SharedNoise:
    """Start noises from ``seed``, each made into all ten digits by step 8's model, and what they carried."""
    noise = np.random.default_rng(seed).standard_normal((_shared_noise.NOISES, _digits.N_PIXELS))
    pictures = _shared_noise.ten_prompts(_cached.prompt_model(), noise, steps=steps, guidance=guidance)
    return _shared_noise.carried(pictures, np.random.default_rng(seed))


@st.cache_data(max_entries=16, show_spinner=False)
def shared_noise_png(seed: int, steps: int, guidance: float) -> bytes:
    """The first :data:`NOISE_ROWS` start noises of :func:`shared_noise`, one row of ten digits each, as PNG."""
    rows = shared_noise(seed, steps, guidance).pictures[:NOISE_ROWS]
    return images.png_bytes(_digits.tile(rows.reshape(-1, _digits.N_PIXELS), per_row=rows.shape[1], scale=ROW_SCALE))
