"""painter.images: photos, grayscale, crisp enlargement, random pictures, strips."""

import numpy as np
import pytest

from painter import images


@pytest.mark.parametrize("name", images.PHOTOS)
def test_photos_ship_with_scikit_learn(name):
    picture = images.photo(name)
    assert picture.shape == (427, 640, 3) and picture.dtype == np.uint8


def test_unknown_photo_is_refused():
    with pytest.raises(ValueError, match="unknown photo"):
        images.photo("../../etc/passwd")


def test_grayscale_uses_luma_weights():
    picture = np.array([[[255, 0, 0], [0, 255, 0], [0, 0, 255], [10, 20, 30]]], dtype=np.uint8)
    expected = np.rint(np.array([255 * 0.299, 255 * 0.587, 255 * 0.114, 10 * 0.299 + 20 * 0.587 + 30 * 0.114]))
    np.testing.assert_array_equal(images.grayscale(picture)[0], expected)


def test_channels_split_a_colour_picture():
    picture = images.photo("flower.jpg")
    red, green, blue = images.channels(picture)
    np.testing.assert_array_equal(np.stack([red, green, blue], axis=-1), picture)


def test_to_pixels_rounds_and_clips():
    np.testing.assert_array_equal(images.to_pixels([-3.2, 0.4, 0.6, 127.5, 254.6, 999.0]), [0, 0, 1, 128, 255, 255])


def test_crisp_repeats_pixels_without_blending():
    big = images.crisp(np.array([[0, 255]], dtype=np.uint8), 3)
    np.testing.assert_array_equal(big, [[0, 0, 0, 255, 255, 255]] * 3)
    with pytest.raises(ValueError, match="scale"):
        images.crisp(big, 0)


def test_random_pictures_are_uniform_and_reproducible():
    a = images.random_pictures(4, 50, 50, False, np.random.default_rng(0))
    b = images.random_pictures(4, 50, 50, False, np.random.default_rng(0))
    np.testing.assert_array_equal(a, b)
    assert a.shape == (4, 50, 50) and a.dtype == np.uint8
    counts = np.bincount(a.ravel(), minlength=256)
    assert counts.min() > 0 and a.mean() == pytest.approx(127.5, abs=2.0)
    assert images.random_pictures(2, 3, 5, True, np.random.default_rng(0)).shape == (2, 3, 5, 3)


def test_shrink_averages_blocks():
    picture = np.arange(16, dtype=float).reshape(4, 4)
    np.testing.assert_array_equal(images.shrink(picture, 2, 2), [[2, 4], [10, 12]])  # 2.5 -> 2, 4.5 -> 4: half to even
    assert images.shrink(images.photo("china.jpg"), 8, 12).shape == (8, 12, 3)


def test_works_strip_draws_each_work_as_two_squares():
    strip = images.works_strip([[0, 255], [10.6, 300]], scale=2, gap=1, border=1)
    assert strip.shape == (4, 13, 3)
    np.testing.assert_array_equal(strip[1:3, 1:3, 0], 0)  # first work, pixel 1
    np.testing.assert_array_equal(strip[1:3, 3:5, 0], 255)  # first work, pixel 2
    np.testing.assert_array_equal(strip[1:3, 8:10, 0], 11)  # rounded
    np.testing.assert_array_equal(strip[1:3, 10:12, 0], 255)  # clipped
    np.testing.assert_array_equal(strip[:, 6], 255)  # the gap
    np.testing.assert_array_equal(strip[0, 0], images.FRAME)


def test_works_strip_wraps_into_rows():
    strip = images.works_strip(np.zeros((5, 2)), scale=2, gap=1, border=1, per_row=2)
    # 3 rows of 4 px plus 2 gaps; 2 columns of 6 px plus 1 gap
    assert strip.shape == (3 * 4 + 2, 2 * 6 + 1, 3)
    np.testing.assert_array_equal(strip[10:14, 7:13], 255)  # the sixth place stays empty
    np.testing.assert_array_equal(strip[11:13, 1:5, 0], 0)  # the fifth work starts the third row


def test_png_bytes_are_lossless():
    import io

    from PIL import Image

    picture = np.random.default_rng(0).integers(0, 256, (7, 5, 3), dtype=np.uint8)
    np.testing.assert_array_equal(np.asarray(Image.open(io.BytesIO(images.png_bytes(picture)))), picture)
    gray = picture[..., 0]
    np.testing.assert_array_equal(np.asarray(Image.open(io.BytesIO(images.png_bytes(gray)))), gray)


def test_a_grey_colour_picture_is_stored_as_one_grey_channel():
    import io

    from PIL import Image

    strip = images.works_strip(np.random.default_rng(0).uniform(0, 255, (30, 2)))
    stored = Image.open(io.BytesIO(images.png_bytes(strip)))
    assert stored.mode == "L"
    np.testing.assert_array_equal(np.asarray(stored.convert("RGB")), strip)  # still lossless
    coloured = strip.copy()
    coloured[0, 0] = (255, 0, 0)
    assert Image.open(io.BytesIO(images.png_bytes(coloured))).mode == "RGB"
    translucent = np.dstack([strip, np.full(strip.shape[:2], 128, dtype=np.uint8)])
    assert Image.open(io.BytesIO(images.png_bytes(translucent))).mode == "RGBA"  # alpha kept


def test_pixels_pass_through_to_pixels_untouched():
    pixels = np.arange(6, dtype=np.uint8)
    assert images.to_pixels(pixels) is pixels


def test_gallery_lays_pictures_out_in_rows():
    pictures = np.stack([np.full((2, 3), v, np.uint8) for v in (0, 100, 200)])
    sheet = images.gallery(pictures, scale=2, gap=1, per_row=2)
    assert sheet.shape == (2 * 4 + 1, 2 * 6 + 1)
    assert sheet[0, 0] == 0 and sheet[0, 7] == 100 and sheet[5, 0] == 200 and sheet[5, 7] == 255
