"""A visitor's own picture: every kind decodes to 8-bit pixels, every bad kind gives a clear message.

Every file here is made by the tests themselves with Pillow, in memory.
"""

import functools
import io

import numpy as np
import pytest
from PIL import Image

from painter import upload
from painter.i18n import translate
from tests.apptest import chart_specs, open_page, rerun


def _save(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def _noise(mode: str = "RGB", size=(40, 30), seed: int = 0) -> Image.Image:
    channels = {"RGB": 3, "L": 1}[mode]
    values = np.random.default_rng(seed).integers(0, 256, size=(size[1], size[0], channels), dtype=np.uint8)
    return Image.fromarray(values.squeeze(), mode)


def _animated_gif() -> bytes:
    frames = [Image.new("RGB", (16, 12), colour) for colour in ((255, 0, 0), (0, 0, 255), (0, 255, 0))]
    return _save(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)


def _palette_with_transparency() -> bytes:
    image = Image.new("P", (10, 10), 1)
    image.putpalette([0, 0, 0, 200, 30, 30] + [0] * 762)
    image.paste(0, (0, 0, 5, 10))
    image.info["transparency"] = 0
    return _save(image, "PNG", transparency=0)


def _rgba() -> bytes:
    image = Image.new("RGBA", (10, 10), (0, 0, 255, 0))
    image.paste((0, 0, 255, 255), (5, 0, 10, 10))
    return _save(image, "PNG")


def _sixteen_bit() -> bytes:
    values = np.array([[0, 257 * 100, 65535]], dtype=np.uint16).repeat(4, axis=0)
    image = Image.fromarray(values)
    assert image.mode == "I;16"
    return _save(image, "PNG")


def _exif_rotated() -> bytes:
    image = Image.new("RGB", (40, 20), (10, 20, 30))
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° to show
    return _save(image, "JPEG", exif=exif)


GOOD = {
    "png": (lambda: _save(_noise(), "PNG"), (30, 40, 3)),
    "jpeg": (lambda: _save(_noise(), "JPEG", quality=90), (30, 40, 3)),
    "webp": (lambda: _save(_noise(), "WEBP", lossless=True), (30, 40, 3)),
    "gif": (lambda: _save(_noise(), "GIF"), (30, 40, 3)),
    "bmp": (lambda: _save(_noise(), "BMP"), (30, 40, 3)),
    "grayscale": (lambda: _save(_noise("L"), "PNG"), (30, 40)),
    "16-bit png": (_sixteen_bit, (4, 3)),
    "cmyk jpeg": (lambda: _save(Image.new("CMYK", (20, 10), (0, 0, 0, 0)), "JPEG"), (10, 20, 3)),
    "palette": (_palette_with_transparency, (10, 10, 3)),
    "rgba": (_rgba, (10, 10, 3)),
    "grey + alpha": (lambda: _save(Image.new("LA", (6, 5), (0, 0)), "PNG"), (5, 6)),
    "1-bit": (lambda: _save(Image.new("1", (9, 7), 1), "BMP"), (7, 9)),
    "animated gif": (_animated_gif, (12, 16, 3)),
    "exif rotated": (_exif_rotated, (40, 20, 3)),
}


@pytest.mark.parametrize("kind", GOOD)
def test_every_kind_decodes_to_8_bit_pixels(kind):
    make, shape = GOOD[kind]
    picture = upload.decode(make())
    assert picture.pixels.dtype == np.uint8 and picture.pixels.shape == shape
    assert picture.channels == (3 if len(shape) == 3 else 1)
    assert (picture.height, picture.width) == shape[:2] and not picture.scaled


def test_colours_survive_each_conversion():
    assert upload.decode(_save(_noise(), "PNG")).pixels.tolist() == np.asarray(_noise()).tolist()
    np.testing.assert_array_equal(upload.decode(_sixteen_bit()).pixels[0], [0, 100, 255])
    assert (upload.decode(_save(Image.new("CMYK", (4, 4), (0, 0, 0, 0)), "JPEG")).pixels >= 250).all()  # no ink: white
    assert (upload.decode(_save(Image.new("CMYK", (4, 4), (0, 0, 0, 255)), "JPEG")).pixels <= 5).all()  # black ink
    palette = upload.decode(_palette_with_transparency()).pixels
    assert palette[0, 0].tolist() == [255, 255, 255] and palette[0, 9].tolist() == [200, 30, 30]  # transparent → white
    rgba = upload.decode(_rgba()).pixels
    assert rgba[0, 0].tolist() == [255, 255, 255] and rgba[0, 9].tolist() == [0, 0, 255]
    assert (upload.decode(_animated_gif()).pixels[..., 0] > 200).all()  # the first frame is red
    assert (upload.decode(_save(Image.new("LA", (3, 3), (0, 0)), "PNG")).pixels == 255).all()


def test_huge_but_valid_picture_is_scaled_for_display_but_counted_in_full():
    gradient = np.tile(np.arange(4000, dtype=np.uint32) * 255 // 3999, (3000, 1)).astype(np.uint8)
    data = _save(Image.fromarray(gradient, "L"), "PNG")
    assert len(data) < upload.MAX_BYTES
    picture = upload.decode(data)
    assert (picture.width, picture.height, picture.channels) == (4000, 3000, 1) and picture.scaled
    assert picture.pixels.size <= upload.DISPLAY_PIXELS
    assert picture.pixels[:, 0].max() < 10 and picture.pixels[:, -1].min() > 245


@functools.cache
def _bomb() -> bytes:
    # 9,000 × 9,000 of one colour: about 80 kB that would unpack to 81 million pixels
    return _save(Image.new("L", (9_000, 9_000)), "PNG")


def _truncated() -> bytes:
    data = _save(_noise(size=(200, 200)), "PNG")
    return data[: len(data) // 2]


def _truncated_jpeg() -> bytes:
    data = _save(_noise(size=(200, 200)), "JPEG")
    return data[: len(data) // 3]


BAD = {
    "decompression bomb": (_bomb, "too_many_pixels"),
    "too many pixels": (lambda: _save(Image.new("L", (6000, 4001)), "PNG"), "too_many_pixels"),
    "truncated png": (_truncated, "damaged"),
    "truncated jpeg": (_truncated_jpeg, "damaged"),
    "text named png": (lambda: b"Dear visitor, this is not a picture.\n" * 20, "not_image"),
    "empty": (lambda: b"", "empty"),
    "too big": (lambda: b"\x89PNG" + bytes(upload.MAX_BYTES), "too_big"),
    "tiff": (lambda: _save(_noise(), "TIFF"), "format"),
}


@pytest.mark.parametrize("kind", BAD)
def test_every_bad_kind_gives_its_code(kind):
    make, code = BAD[kind]
    with pytest.raises(upload.UploadError) as caught:
        upload.decode(make())
    assert caught.value.code == code and code in upload.ERROR_CODES


def test_a_bomb_is_refused_before_decoding(monkeypatch):
    # the header check must refuse it: loading the pixels would be the attack
    data = _bomb()
    assert len(data) < 200_000
    monkeypatch.setattr(Image.Image, "load", lambda self: pytest.fail("pixels decoded"))
    with pytest.raises(upload.UploadError):
        upload.decode(data)


def test_pillows_own_bomb_guard_is_caught(monkeypatch):
    # the second line: Pillow refuses pictures over twice MAX_IMAGE_PIXELS when it opens them
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000)
    with pytest.raises(upload.UploadError) as caught:
        upload.decode(_save(Image.new("L", (100, 100)), "PNG"))
    assert caught.value.code == "too_many_pixels"


# The page: an upload replaces the photo for this session; a bad one says why, and the page keeps working.

MIME = {"png": "image/png", "jpg": "image/jpeg", "gif": "image/gif"}


def _upload(at, name: str, data: bytes):
    at.file_uploader(key="pixels_upload").set_value((name, data, MIME.get(name.rsplit(".", 1)[1], "image/png")))
    return rerun(at)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_pixels_page_shows_an_uploaded_picture(lang):
    at = open_page("app_pages/pixels.py", lang)
    before = chart_specs(at)
    _upload(at, "mine.png", _save(_noise(size=(12, 9)), "PNG"))
    assert not at.error
    assert at.info[0].value == translate(lang, "pixels.upload.showing")
    digits = len(str(256 ** (12 * 9 * 3)))
    assert at.metric[0].value == translate(lang, "pixels.upload.count", w=12, h=9, c=3, digits=digits)
    assert chart_specs(at) != before and len(chart_specs(at)) == 2
    at.file_uploader(key="pixels_upload").set_value(None)
    rerun(at)
    assert chart_specs(at) == before and not at.info


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_pixels_page_scales_a_huge_upload_down(lang):
    at = open_page("app_pages/pixels.py", lang)
    _upload(at, "huge.png", _save(Image.new("RGB", (3000, 2000), (9, 99, 199)), "PNG"))
    assert not at.error and len(chart_specs(at)) == 2
    assert translate(lang, "pixels.upload.scaled", w=3000, h=2000, sw=640, sh=426) in [c.value for c in at.caption]


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("kind", BAD)
def test_pixels_page_explains_a_bad_upload_and_keeps_working(kind, lang):
    make, code = BAD[kind]
    at = open_page("app_pages/pixels.py", lang)
    before = chart_specs(at)
    _upload(at, "bad.png", make())
    assert [e.value for e in at.error] == [translate(lang, f"upload.error.{code}")]
    assert chart_specs(at) == before  # the photo is still shown


def test_an_upload_never_reaches_another_session():
    first = open_page("app_pages/pixels.py")
    _upload(first, "mine.png", _save(_noise(size=(12, 9)), "PNG"))
    second = open_page("app_pages/pixels.py")
    assert not second.info and not second.metric[0].value.startswith("256^")


def test_an_upload_is_decoded_once_while_it_stays_chosen(monkeypatch):
    decodes = []
    real_decode = upload.decode
    monkeypatch.setattr(upload, "decode", lambda data: decodes.append(len(data)) or real_decode(data))
    at = open_page("app_pages/pixels.py")
    _upload(at, "mine.png", _save(_noise(size=(12, 9)), "PNG"))
    at.slider(key="pixels_x_own").set_value(1)
    rerun(at)  # a control moved: the same upload, not decoded again
    assert len(decodes) == 1 and at.info
    _upload(at, "other.png", _save(_noise(size=(20, 15)), "PNG"))  # another file is decoded afresh
    assert len(decodes) == 2
    digits = len(str(256 ** (20 * 15 * 3)))
    assert at.metric[0].value == translate("en", "pixels.upload.count", w=20, h=15, c=3, digits=digits)
