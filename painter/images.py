"""Pictures as arrays of numbers: photos, channels, random paintings, pixel strips.

Every picture here is an integer array with values 0..255: shape (H, W) for
grayscale and (H, W, 3) for colour. Functions that prepare pictures for the
screen enlarge them by repeating pixels (nearest neighbour), so each pixel
stays a crisp square instead of being blurred by the browser.
"""

from __future__ import annotations

import numpy as np

__all__ = [
    "PHOTOS",
    "PHOTO_HEIGHT",
    "PHOTO_WIDTH",
    "blank_sheet",
    "channels",
    "crisp",
    "gallery",
    "grayscale",
    "grid_shape",
    "jpeg_bytes",
    "photo",
    "png_bytes",
    "random_pictures",
    "shrink",
    "to_pixels",
    "works_strip",
]

#: Photos that ship with scikit-learn (no download needed).
PHOTOS = ("china.jpg", "flower.jpg")
#: Their size in pixels (both the same).
PHOTO_WIDTH, PHOTO_HEIGHT = 640, 427

#: ITU-R BT.601 luma weights: how bright each channel looks to the eye.
LUMA = np.array([0.299, 0.587, 0.114])

#: Colour of the frame drawn around each small work.
FRAME = (150, 150, 150)
#: zlib level for PNGs: the app's pictures (flat pixel art, or pure noise) come out barely
#: larger at level 1 than at the default 6, in half the time.
PNG_COMPRESSION = 1


def photo(name: str) -> np.ndarray:
    """A colour photo shipped with scikit-learn.

    Returns
    -------
    picture : ndarray of shape (427, 640, 3), dtype uint8
    """
    if name not in PHOTOS:
        raise ValueError(f"unknown photo {name!r}; choose one of {PHOTOS}")
    from sklearn.datasets import load_sample_image

    return load_sample_image(name)


def grayscale(picture: np.ndarray) -> np.ndarray:
    """Weighted sum of the three channels, rounded: shape (H, W), dtype uint8."""
    picture = np.asarray(picture)
    if picture.ndim == 2:
        return picture.astype(np.uint8)
    return to_pixels(picture[..., :3] @ LUMA)


def channels(picture: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The red, green and blue layers of a colour picture, each (H, W) uint8."""
    picture = np.asarray(picture, dtype=np.uint8)
    return picture[..., 0], picture[..., 1], picture[..., 2]


def to_pixels(values) -> np.ndarray:
    """Round real values and clip them to valid pixels (uint8, 0..255); pixels already are (returned as they are)."""
    if isinstance(values, np.ndarray) and values.dtype == np.uint8:
        return values
    return np.clip(np.rint(np.asarray(values, dtype=float)), 0, 255).astype(np.uint8)


def crisp(picture: np.ndarray, scale: int) -> np.ndarray:
    """Enlarge a picture ``scale`` times by repeating every pixel (no blur)."""
    if scale < 1:
        raise ValueError("scale must be at least 1")
    picture = np.asarray(picture)
    return picture.repeat(scale, axis=0).repeat(scale, axis=1)


def random_pictures(count: int, height: int, width: int, colour: bool, rng: np.random.Generator) -> np.ndarray:
    """What an untrained AI paints: every value drawn uniformly from 0..255.

    Returns
    -------
    pictures : ndarray of shape (count, height, width) or (count, height, width, 3), dtype uint8
    """
    shape = (count, height, width, 3) if colour else (count, height, width)
    return rng.integers(0, 256, size=shape, dtype=np.uint8)


def works_strip(works, scale: int = 24, gap: int = 8, border: int = 2, per_row: int = 12) -> np.ndarray:
    """Lay 2-pixel works out as crisp 1×2 pictures, each in a thin frame, in rows.

    Parameters
    ----------
    works : array-like of shape (n, 2)
        Pixel values; real values are rounded and clipped first.
    scale : int, default=24
        Size in screen pixels of one picture pixel.
    gap : int, default=8
        White screen pixels between two framed works (and between rows).
    border : int, default=2
        Width of the mid-grey frame, so that black and white works both stand
        out from the page.
    per_row : int, default=12
        Works per row, so that the strip fits a page at its natural size
        (a strip shrunk by the browser would blur its pixels).

    Returns
    -------
    strip : ndarray of shape (rows * (scale + 2*border + gap) - gap, columns * (2*scale + 2*border + gap) - gap, 3)
        dtype uint8, with ``columns = min(n, per_row)`` and ``rows = ceil(n / per_row)``.
    """
    works = to_pixels(works).reshape(-1, 2)
    cell_w, cell_h = 2 * scale + 2 * border, scale + 2 * border
    columns, rows = grid_shape(len(works), per_row)
    # one cell per work (its frame, its two squares, the white gap after it), then the cells laid out in rows
    cells = np.full((rows * columns, cell_h + gap, cell_w + gap, 3), 255, dtype=np.uint8)
    framed = cells[: len(works)]
    framed[:, :cell_h, :cell_w] = FRAME
    framed[:, border : border + scale, border : border + scale] = works[:, 0, None, None, None]
    framed[:, border : border + scale, border + scale : border + 2 * scale] = works[:, 1, None, None, None]
    strip = cells.reshape(rows, columns, cell_h + gap, cell_w + gap, 3).swapaxes(1, 2)
    strip = strip.reshape(rows * (cell_h + gap), columns * (cell_w + gap), 3)
    return np.ascontiguousarray(strip[: strip.shape[0] - gap, : strip.shape[1] - gap])


def shrink(picture: np.ndarray, height: int, width: int) -> np.ndarray:
    """Resize a picture to ``height``×``width`` by averaging the block behind each new pixel.

    Used to show a real photo at the tiny sizes the untrained AI paints, so
    the two can be compared pixel for pixel.
    """
    picture = np.asarray(picture, dtype=float)
    rows = np.linspace(0, picture.shape[0], height + 1).astype(int)
    cols = np.linspace(0, picture.shape[1], width + 1).astype(int)
    # sum over row blocks, then column blocks, then divide by each block's area
    summed = np.add.reduceat(np.add.reduceat(picture, rows[:-1], axis=0), cols[:-1], axis=1)
    area = np.outer(np.diff(rows), np.diff(cols))
    if picture.ndim == 3:
        area = area[..., None]
    return to_pixels(summed / area)


def png_bytes(picture: np.ndarray) -> bytes:
    """A picture (H, W) or (H, W, 3) of pixel values as PNG file bytes: lossless.

    A colour picture whose three channels are equal everywhere (a strip of
    grey works, for example) is stored as one grey channel: the same pixels,
    a third of the data to compress, so about three times faster and smaller.
    """
    picture = to_pixels(picture)
    grey = picture.ndim == 3 and picture.shape[-1] == 3
    grey = grey and all(np.array_equal(picture[..., 0], picture[..., c]) for c in (1, 2))
    if grey:
        picture = picture[..., 0]
    return _file_bytes(picture, "PNG", compress_level=PNG_COMPRESSION)


def jpeg_bytes(picture: np.ndarray, quality: int = 95) -> bytes:
    """A photo (H, W) or (H, W, 3) as JPEG file bytes: a tenth of the PNG's size, for display only."""
    return _file_bytes(picture, "JPEG", quality=quality)


def _file_bytes(picture: np.ndarray, file_format: str, **options) -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(to_pixels(picture)).save(buffer, format=file_format, **options)
    return buffer.getvalue()


def gallery(pictures: np.ndarray, scale: int = 4, gap: int = 4, per_row: int = 6) -> np.ndarray:
    """Pictures of one size laid out in rows, each enlarged ``scale`` times, on white.

    Parameters
    ----------
    pictures : ndarray of shape (n, H, W) or (n, H, W, 3)
    scale, gap, per_row : int
        Enlargement, white space between pictures, pictures per row.

    Returns
    -------
    sheet : ndarray of shape (rows*(H*scale+gap)-gap, cols*(W*scale+gap)-gap[, 3]), dtype uint8
    """
    pictures = to_pixels(pictures)
    n, h, w = pictures.shape[:3]
    cell_h, cell_w = h * scale, w * scale
    sheet, corners = blank_sheet(n, cell_h, cell_w, per_row=per_row, gap=gap, channels=pictures.shape[3:])
    for (y, x), picture in zip(corners, pictures, strict=True):
        sheet[y : y + cell_h, x : x + cell_w] = crisp(picture, scale)
    return sheet


def grid_shape(n: int, per_row: int) -> tuple[int, int]:
    """(columns, rows) of ``n`` cells laid out ``per_row`` to a row: at least one of each."""
    return max(min(n, per_row), 1), max(-(-n // per_row), 1)


def blank_sheet(
    n: int, cell_h: int, cell_w: int, *, per_row: int, gap: int, channels: tuple = ()
) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """A white sheet for ``n`` cells in rows, ``gap`` apart, and the top-left corner of each cell.

    Returns
    -------
    sheet : ndarray of shape (rows*(cell_h+gap)-gap, columns*(cell_w+gap)-gap, *channels), dtype uint8
    corners : list of (y, x)
        One per cell, row by row.
    """
    columns, rows = grid_shape(n, per_row)
    sheet = np.full((rows * (cell_h + gap) - gap, columns * (cell_w + gap) - gap, *channels), 255, np.uint8)
    return sheet, [((i // per_row) * (cell_h + gap), (i % per_row) * (cell_w + gap)) for i in range(n)]
