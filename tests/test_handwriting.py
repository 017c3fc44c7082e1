"""The style model of issue 19 (painter.handwriting) against the tests' own judge, statistics and block counts."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from painter import handwriting


@pytest.fixture(scope="module")
def split():
    return handwriting.labelled_split(0)


@pytest.fixture(scope="module")
def model(split):
    train, train_labels, _, _ = split
    return handwriting.fit(train, train_labels, dims=8)


def _ink(pictures: np.ndarray) -> np.ndarray:
    """The test's own ink amount: the sum of every grey level."""
    return pictures.reshape(len(pictures), -1).astype(float).sum(axis=1)


def _slant(pictures: np.ndarray) -> np.ndarray:
    """The test's own slant: the least-squares slope of the ink's column on its row."""
    rows, cols = np.mgrid[0:8, 0:8]
    slopes = []
    for picture in pictures.reshape(-1, 8, 8).astype(float):
        w = picture / max(picture.sum(), 1e-9)
        r, c = (w * rows).sum(), (w * cols).sum()
        slopes.append((w * (rows - r) * (cols - c)).sum() / max((w * (rows - r) ** 2).sum(), 1e-9))
    return np.array(slopes)


def _deviation(stat: np.ndarray, labels: np.ndarray, means: dict[int, float]) -> np.ndarray:
    return stat - np.array([means[int(d)] for d in labels])


def _written_in_styles(model, pictures, labels, styles):
    written, asked, sources = [], [], []
    for picture, label, style in zip(pictures, labels, styles, strict=True):
        for digit in range(10):
            if digit == label:
                continue
            written.append(handwriting.write(model, style, digit))
            asked.append(digit)
            sources.append(picture)
    return np.array(written), np.array(asked), np.array(sources)


def test_digits_written_in_held_out_styles_read_as_the_asked_digit_and_carry_ink_and_slant(split, model):
    train, train_labels, held, held_labels = split
    judge = LogisticRegression(max_iter=2000).fit(train / 255.0, train_labels)
    styles = [handwriting.style_of(model, pic, int(label)) for pic, label in zip(held, held_labels, strict=True)]
    written, asked, sources = _written_in_styles(model, held, held_labels, styles)
    assert (judge.predict(written / 255.0) == asked).mean() >= 0.9
    rng = np.random.default_rng(0)
    random_styles = rng.standard_normal((len(held), len(styles[0])))
    random_written, _, _ = _written_in_styles(model, held, held_labels, random_styles)
    for stat in (_ink, _slant):
        per_digit = {d: stat(train[train_labels == d]).mean() for d in range(10)}
        source_dev = _deviation(stat(sources), np.repeat(held_labels, 9), per_digit)
        written_dev = _deviation(stat(written), asked, per_digit)
        random_dev = _deviation(stat(random_written), asked, per_digit)
        assert np.corrcoef(source_dev, written_dev)[0, 1] >= 0.5, stat.__name__
        assert abs(np.corrcoef(source_dev, random_dev)[0, 1]) < 0.15, stat.__name__


def _blocks(ink32: np.ndarray) -> np.ndarray:
    """The test's own 4×4 block count of a 32×32 drawing, in the app's grey levels."""
    counts = np.array([[ink32[4 * r : 4 * r + 4, 4 * c : 4 * c + 4].sum() for c in range(8)] for r in range(8)])
    return np.rint(counts * 255 / 16).astype(np.uint8).ravel()


def test_a_drawing_that_fills_the_frame_is_only_counted():
    rng = np.random.default_rng(1)
    ink = rng.random((32, 32)) < 0.4
    ink[0, :] = ink[-1, :] = ink[:, 0] = ink[:, -1] = True
    assert np.array_equal(handwriting.from_drawing(ink), _blocks(ink.astype(float)))


def test_a_small_drawing_is_scaled_and_centred_to_fill_the_frame():
    small = np.zeros((32, 32), bool)
    small[2:10, 20:24] = True  # an 8 tall, 4 wide bar in a corner
    picture = handwriting.from_drawing(small).reshape(8, 8)
    # scaled to the full height with its aspect kept (16 wide), centred: columns 2-5 of the 8×8 picture
    assert picture[:, 2:6].min() > 200
    assert picture[:, :1].max() == 0 and picture[:, 7:].max() == 0
    assert np.array_equal(picture, picture[:, ::-1])


def test_an_empty_drawing_gives_a_blank_picture():
    assert not handwriting.from_drawing(np.zeros((32, 32))).any()


@pytest.mark.parametrize("bad", [np.zeros((31, 32)), np.zeros(64), np.full((32, 32), np.nan)])
def test_a_drawing_of_the_wrong_shape_or_values_is_refused(bad):
    with pytest.raises(ValueError):
        handwriting.from_drawing(bad)


def test_writing_refuses_a_wrong_digit_or_style(model, split):
    style = handwriting.style_of(model, split[2][0])
    with pytest.raises(ValueError):
        handwriting.write(model, style, 10)
    with pytest.raises(ValueError):
        handwriting.write(model, style[:-1], 3)
    with pytest.raises(ValueError):
        handwriting.write(model, np.full_like(style, np.nan), 3)
    with pytest.raises(ValueError):
        handwriting.style_of(model, np.zeros(63))
    written = handwriting.write(model, style, 3)
    assert written.shape == (64,) and written.dtype == np.uint8
