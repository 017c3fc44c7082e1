"""A visitor's own picture, decoded safely into pixel values.

Everything here works on bytes in memory: nothing is written to disk, and
nothing from the file is ever shown as text or HTML. Whatever goes wrong is
reported as one :class:`UploadError` whose ``code`` names a message in the
catalogue (``upload.error.<code>``), never as the library's own message.

Limits: :data:`MAX_BYTES` per file and :data:`MAX_PIXELS` per picture,
checked from the header before any pixel is decoded. Pillow's own
decompression-bomb guard (``Image.MAX_IMAGE_PIXELS``) stays on as a second
line. Every mode is turned into 8-bit grayscale (H, W) or RGB (H, W, 3):
16- and 32-bit values are scaled down, transparency is laid over white,
palette, CMYK and the rest are converted to RGB; an animation gives its first
frame, and a camera's orientation tag is applied.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from painter.images import to_pixels

__all__ = ["ERROR_CODES", "FORMATS", "MAX_BYTES", "MAX_PIXELS", "Picture", "UploadError", "decode"]

#: File types the uploader accepts, and the Pillow formats they may contain.
EXTENSIONS = ("png", "jpg", "jpeg", "webp", "gif", "bmp")
FORMATS = ("PNG", "JPEG", "MPO", "WEBP", "GIF", "BMP", "DIB")
#: The largest file accepted (the server refuses larger uploads anyway: see .streamlit/config.toml).
MAX_BYTES = 10 * 1024 * 1024
#: The most pixels a picture may have (6000 × 4000).
MAX_PIXELS = 24_000_000
#: Pictures larger than this are scaled down for display (the size of the sample photos).
DISPLAY_PIXELS = 640 * 427

#: Every code :class:`UploadError` can carry.
ERROR_CODES = ("empty", "too_big", "not_image", "format", "too_many_pixels", "damaged")


class UploadError(ValueError):
    """The upload cannot be shown; ``code`` is one of :data:`ERROR_CODES`."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Picture:
    """A decoded picture.

    Attributes
    ----------
    pixels : ndarray of shape (h, w) or (h, w, 3), dtype uint8
        The picture to show, at most :data:`DISPLAY_PIXELS` pixels.
    width, height : int
        The size of the picture as uploaded (before any scaling down).
    channels : int
        1 for grayscale, 3 for colour.
    scaled : bool
        Whether ``pixels`` was scaled down from the uploaded size.
    """

    pixels: np.ndarray
    width: int
    height: int
    channels: int
    scaled: bool


def _to_8bit(image: Image.Image) -> Image.Image:
    """Any Pillow mode as "L" or "RGB", 8 bits per value."""
    mode = image.mode
    if mode in ("L", "RGB"):
        return image
    if mode == "1":
        return image.convert("L")
    if mode.startswith("I") or mode == "F":
        values = np.asarray(image, dtype=float)
        top = 65535.0 if mode.startswith("I;16") or (mode == "I" and values.max(initial=0) > 255) else 255.0
        return Image.fromarray(to_pixels(values * (255.0 / top)), "L")
    if mode == "P":
        mode = "RGBA" if "transparency" in image.info else "RGB"
        image = image.convert(mode)
    if mode in ("LA", "La", "PA", "RGBa", "RGBA"):
        white = Image.new("RGBA", image.size, (255, 255, 255, 255))
        over_white = Image.alpha_composite(white, image.convert("RGBA"))
        return over_white.convert("L" if mode in ("LA", "La") else "RGB")
    return image.convert("RGB")  # CMYK, YCbCr, LAB, HSV, RGBX ...


def decode(data: bytes) -> Picture:
    """Decode an uploaded file's bytes safely.

    Raises
    ------
    UploadError
        With ``code`` "empty" (0 bytes), "too_big" (over :data:`MAX_BYTES`),
        "not_image" (not a picture Pillow knows), "format" (a picture of a type
        not accepted), "too_many_pixels" (over :data:`MAX_PIXELS`, or a
        decompression bomb) or "damaged" (truncated or corrupt).
    """
    if not data:
        raise UploadError("empty")
    if len(data) > MAX_BYTES:
        raise UploadError("too_big")
    # Pillow warns above Image.MAX_IMAGE_PIXELS and raises above twice that;
    # the header check below refuses far smaller pictures first. (Warning
    # filters are process-wide, so they are not changed here: sessions run in threads.)
    try:
        image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError:
        raise UploadError("too_many_pixels") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise UploadError("not_image") from None
    if image.format not in FORMATS:
        raise UploadError("format")
    width, height = image.size
    if width < 1 or height < 1:
        raise UploadError("damaged")
    if width * height > MAX_PIXELS:
        raise UploadError("too_many_pixels")
    try:
        image.seek(0)  # the first frame of an animation
        image.load()
        image = _to_8bit(ImageOps.exif_transpose(image))
        width, height = image.size
        scaled = width * height > DISPLAY_PIXELS
        if scaled:
            factor = (width * height / DISPLAY_PIXELS) ** 0.5
            size = (max(int(width / factor), 1), max(int(height / factor), 1))
            image = image.resize(size, Image.Resampling.BOX)
        pixels = np.array(image, dtype=np.uint8)
    except Image.DecompressionBombError:
        raise UploadError("too_many_pixels") from None
    except (OSError, SyntaxError, ValueError, IndexError, EOFError, struct.error):
        raise UploadError("damaged") from None
    return Picture(pixels, width, height, 1 if pixels.ndim == 2 else 3, scaled)
