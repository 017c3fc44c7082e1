"""A visitor's drawing or photo made into an 8×8 digit exactly as scikit-learn's digits were made.

The data set's digits were drawn on 32×32 bitmaps, their ink's bounding box scaled to fill the
frame, and the ink counted in non-overlapping 4×4 blocks (0–16 a block). :func:`from_drawing`
does the same to the drawing pad's cells, :func:`from_photo` to a thresholded photo; both give
the app's 0–255 grey levels (×255/16). Also what a picture's strokes measure (ink, slant, width),
the statistics a style carries. Pure: no Streamlit.
"""

from __future__ import annotations

import numpy as np

from painter import digits as _digits
from painter.images import to_pixels

__all__ = [
    "BLOCK",
    "DESCRIBED",
    "DIRECTION_NAMES",
    "FRAME",
    "PHOTO_INK_SHARE",
    "STATISTICS",
    "from_drawing",
    "from_photo",
    "ink",
    "slant",
    "width",
]

#: The drawing's side in cells: the data set's digits were drawn on 32×32 bitmaps.
FRAME = 32
#: Side of the blocks whose ink is counted (32 / 4 = 8 pixels a side, 0–16 ink cells each).
BLOCK = FRAME // _digits.SIDE
#: The share of a photo's cell that must be ink for the cell to count as inked.
PHOTO_INK_SHARE = 0.1


def from_drawing(ink_cells) -> np.ndarray:
    """A drawing on the 32×32 pad as an 8×8 picture, made as the data set's digits were made.

    The ink's bounding box is scaled (aspect kept, nearest cell) so that its
    longer side fills the 32-cell frame and centred along the shorter; then the
    ink in each non-overlapping 4×4 block is counted (0–16) and turned into the
    app's grey levels (× 255 / 16). A drawing whose ink already spans the whole
    frame is only counted.

    Parameters
    ----------
    ink_cells : array-like of shape (32, 32)
        Booleans, or ink 0–1 per cell.

    Returns
    -------
    picture : ndarray of shape (64,), dtype uint8
        All 0 for an empty drawing.

    Raises
    ------
    ValueError
        For another shape, non-finite values or values outside 0–1.
    """
    try:
        cells = np.asarray(ink_cells, dtype=float)
    except (TypeError, ValueError):
        raise ValueError("a drawing must be 32×32 numbers") from None
    if cells.shape != (FRAME, FRAME):
        raise ValueError(f"a drawing must have shape ({FRAME}, {FRAME}), got {cells.shape}")
    if not np.isfinite(cells).all() or (cells < 0).any() or (cells > 1).any():
        raise ValueError("a drawing's ink must be 0–1 in every cell")
    inked_rows, inked_columns = np.nonzero(cells > 0)
    if len(inked_rows) == 0:
        return np.zeros(_digits.N_PIXELS, dtype=np.uint8)
    top, left = inked_rows.min(), inked_columns.min()
    height, width = inked_rows.max() - top + 1, inked_columns.max() - left + 1
    scale = FRAME / max(height, width)
    framed = np.zeros((FRAME, FRAME))
    new_height, new_width = round(height * scale), round(width * scale)
    row0, column0 = (FRAME - new_height) // 2, (FRAME - new_width) // 2
    source_rows = top + np.minimum(((np.arange(new_height) + 0.5) / scale).astype(int), height - 1)
    source_columns = left + np.minimum(((np.arange(new_width) + 0.5) / scale).astype(int), width - 1)
    framed[row0 : row0 + new_height, column0 : column0 + new_width] = cells[np.ix_(source_rows, source_columns)]
    counts = framed.reshape(_digits.SIDE, BLOCK, _digits.SIDE, BLOCK).sum(axis=(1, 3))
    return to_pixels(counts.ravel() * (255.0 / (BLOCK * BLOCK)))


def from_photo(grey, *, threshold: float | None = None) -> np.ndarray:
    """A photo of a handwritten digit (dark ink on light paper) as an 8×8 picture.

    The photo is thresholded at full size (darker than ``threshold``, by default
    halfway between its darkest and lightest grey, is ink), cropped to the ink and
    padded to a square, cut into 32×32 cells, each inked when at least
    :data:`PHOTO_INK_SHARE` of it is ink, and counted like a drawing (:func:`from_drawing`).

    Parameters
    ----------
    grey : array-like of shape (h, w) or (h, w, 3)
        Grey levels 0–255 (an uploaded photo's pixels; colour is averaged).
    threshold : float, optional

    Returns
    -------
    picture : ndarray of shape (64,), dtype uint8
        All 0 when the photo has no contrast.

    Raises
    ------
    ValueError
        For an array of another shape or non-finite values.
    """
    grey = np.asarray(grey, dtype=float)
    if grey.ndim == 3:
        grey = grey.mean(axis=2)
    if grey.ndim != 2 or min(grey.shape) < 1 or not np.isfinite(grey).all():
        raise ValueError("a photo must be a finite 2-D array of grey levels")
    low, high = grey.min(), grey.max()
    if high - low < 1:
        return np.zeros(_digits.N_PIXELS, dtype=np.uint8)
    inked = grey < (threshold if threshold is not None else (low + high) / 2)
    rows, columns = np.nonzero(inked)
    inked = inked[rows.min() : rows.max() + 1, columns.min() : columns.max() + 1]
    side = max(*inked.shape, FRAME)
    square = np.zeros((side, side))
    r0, c0 = (side - inked.shape[0]) // 2, (side - inked.shape[1]) // 2
    square[r0 : r0 + inked.shape[0], c0 : c0 + inked.shape[1]] = inked
    starts = (np.arange(FRAME) * side) // FRAME
    sizes = np.diff(np.append(starts, side))
    shares = np.add.reduceat(np.add.reduceat(square, starts, axis=0), starts, axis=1) / np.outer(sizes, sizes)
    return from_drawing(shares >= PHOTO_INK_SHARE)


# --- what a picture's strokes measure ------------------------------------------------

_ROWS, _COLUMNS = np.divmod(np.arange(_digits.N_PIXELS), _digits.SIDE)


def ink(pictures) -> np.ndarray:
    """The amount of ink: the sum of grey levels, shape (n,) (or a float for one picture)."""
    return np.asarray(pictures, dtype=float).sum(axis=-1)


def slant(pictures) -> np.ndarray:
    """The slant: the slope of the ink's column on its row (ink-weighted least squares).

    Positive when the ink leans left going down (a stroke like "/"), 0 upright;
    0 for a blank picture. Shape (n,) (or a float for one picture).
    """
    weights = np.asarray(pictures, dtype=float)
    total = np.maximum(weights.sum(axis=-1, keepdims=True), 1e-9)
    rows = _ROWS - (weights * _ROWS).sum(axis=-1, keepdims=True) / total
    columns = _COLUMNS - (weights * _COLUMNS).sum(axis=-1, keepdims=True) / total
    variance = (weights * rows * rows).sum(axis=-1)
    return np.where(variance > 1e-9, (weights * rows * columns).sum(axis=-1) / np.maximum(variance, 1e-9), 0.0)


def width(pictures) -> np.ndarray:
    """The width: the ink-weighted standard deviation of the ink's column, shape (n,) (0 when blank)."""
    weights = np.asarray(pictures, dtype=float)
    total = np.maximum(weights.sum(axis=-1, keepdims=True), 1e-9)
    columns = _COLUMNS - (weights * _COLUMNS).sum(axis=-1, keepdims=True) / total
    return np.sqrt((weights * columns * columns).sum(axis=-1) / total[..., 0])


#: The statistics carried over, in this order.
STATISTICS = ("ink", "slant")
#: The statistics a style direction may be named after, and the names.
DESCRIBED = ("ink", "slant", "width")
DIRECTION_NAMES = ("thickness", "slant", "width")
