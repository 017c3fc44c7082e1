"""Step 6a (your handwriting) and step 8's "same noise, ten prompts" under AppTest, in both languages;
the drawing pad's checks, the cached wrappers' bounds, and the shared-noise measure."""

from __future__ import annotations

import inspect
import json
from itertools import pairwise

import numpy as np
import pytest
from streamlit.runtime.caching.cache_utils import CachedFunc

from painter import handwriting, shared_noise
from painter.cached import handwriting as cached_handwriting
from painter.components.drawing_pad import BRUSH, SIDE, cells
from painter.i18n import translate
from tests.apptest import chart_specs, image_urls, open_page, rerun, texts

PAGE = "app_pages/handwriting.py"
PAD = "handwriting_pad"


def _drawn(strokes: list[list[tuple[float, float]]], radius: float = BRUSH) -> list[int]:
    """Strokes (in cells) as the pad sends them: 1024 values 0/1, row by row, each cell inked within ``radius``."""
    rows, columns = np.mgrid[0:SIDE, 0:SIDE]
    ink = np.zeros((SIDE, SIDE), dtype=bool)
    for stroke in strokes:
        for (x0, y0), (x1, y1) in pairwise(stroke):
            for f in np.linspace(0.0, 1.0, 60):
                x, y = x0 + (x1 - x0) * f, y0 + (y1 - y0) * f
                ink |= (columns + 0.5 - x) ** 2 + (rows + 0.5 - y) ** 2 <= radius**2
    return ink.astype(int).ravel().tolist()


SEVEN = _drawn([[(8, 5), (24, 5), (14, 28)]])
ZERO = _drawn([[(16, 3), (23, 10), (23, 22), (16, 29), (9, 22), (9, 10), (16, 3)]])
SCRIBBLE = _drawn([[(3, 3), (28, 28), (3, 28), (28, 3), (16, 1), (1, 16)]])


def _send(at, value):
    """What the browser would send after a stroke (or a forged value in its place)."""
    at.session_state[PAD] = {"cells": value}
    return rerun(at)


def _written(at) -> str:
    """The address of the ten digits written in the visitor's style (the first row of the main figure)."""
    return image_urls(at)[1]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_page_opens_with_a_stand_in_and_all_its_parts(lang):
    at = open_page(PAGE, lang)
    assert translate(lang, "handwriting.stand_in", index=0) in [caption.value for caption in at.caption]
    shown = texts(at)
    for key in ("handwriting.ten_title", "handwriting.directions_title", "handwriting.carry_title"):
        assert translate(lang, key) in shown
    assert translate(lang, "handwriting.caveat") in shown and translate(lang, "handwriting.step6") in shown
    assert len(image_urls(at)) == 4  # the 8×8 picture, the sheet of three rows of ten, the strips, the variations
    assert all(url.endswith(".png") for url in image_urls(at))
    assert len(chart_specs(at)) == 1  # the reading
    carried = cached_handwriting.carry_over(handwriting.DIMS)
    assert f"**{carried['yours'][0]:.2f}**" in shown and f"**{carried['yours'][1]:.2f}**" in shown  # ink, slant
    assert at.get("download_button")


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_drawn_seven_is_read_and_written_ten_times(lang):
    at = open_page(PAGE, lang)
    before = _written(at)
    at = _send(at, SEVEN)
    assert translate(lang, "handwriting.stand_in", index=0) not in texts(at)  # the stand-in is gone
    assert translate(lang, "handwriting.reads", digit=7, p="100%").split("**7**")[0] in texts(at)
    assert "**7**" in texts(at)
    assert _written(at) != before
    reading = json.loads(chart_specs(at)[0])["data"][0]
    assert reading["marker"]["color"][7] != reading["marker"]["color"][0]  # the 7 highlighted


def test_controls_change_what_is_written():
    at = _send(open_page(PAGE), ZERO)
    written = _written(at)
    at.slider(key="handwriting_dims").set_value(2)
    at = rerun(at)
    assert _written(at) != written
    written = _written(at)
    at.slider(key="handwriting_z1").set_value(1.5)
    at = rerun(at)
    assert _written(at) != written
    written = _written(at)
    at.selectbox(key="handwriting_digit").set_value(6)  # "it is a 6", whatever the model read
    at = rerun(at)
    assert _written(at) != written
    assert "6" in texts(at)


def test_a_held_out_digit_can_be_picked_by_number():
    at = open_page(PAGE)
    at.button_group(key="handwriting_source").set_value("held_out")
    at = rerun(at)
    first = image_urls(at)[0]
    at.number_input(key="handwriting_index").set_value(5)
    at = rerun(at)
    assert image_urls(at)[0] != first
    _, label = cached_handwriting.held_out(5)
    assert translate("en", "handwriting.index_label", digit=label) in [c.value for c in at.caption]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_scribble_leaves_the_model_unsure(lang):
    at = _send(open_page(PAGE, lang), SCRIBBLE)
    warnings = [w.value for w in at.warning]
    assert any(w.startswith(translate(lang, "handwriting.unsure", digit=0, p="0%")[:12]) for w in warnings)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_an_empty_drawing_keeps_the_stand_in(lang):
    at = _send(open_page(PAGE, lang), [0] * SIDE * SIDE)
    assert translate(lang, "handwriting.stand_in", index=0) in [caption.value for caption in at.caption]
    assert not at.warning


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize(
    "forged",
    [[1] * 10, [float("nan")] * SIDE * SIDE, ["ink"] * SIDE * SIDE, "1" * SIDE * SIDE, {"cells": [1]}, [2] * 1024],
    ids=["short", "nan", "strings", "string", "dict", "too-much-ink"],
)
def test_a_forged_pad_value_gets_a_clear_message(lang, forged):
    at = _send(open_page(PAGE, lang), forged)
    assert translate(lang, "handwriting.bad_drawing") in [w.value for w in at.warning]
    assert "Traceback" not in texts(at)


def test_a_forged_pad_state_that_is_no_dict_is_ignored():
    at = open_page(PAGE)
    at.session_state[PAD] = "junk"
    at = rerun(at)
    assert translate("en", "handwriting.stand_in", index=0) in [caption.value for caption in at.caption]


def test_the_pad_checks_what_comes_back():
    assert cells(None) is None
    ink = cells(SEVEN)
    assert ink.shape == (SIDE, SIDE) and ink.sum() == sum(SEVEN)
    for forged in ([True] * 1024, [0.5] * 1023, "x", {"a": 1}, [None] * 1024, [float("inf")] * 1024, [-1] * 1024):
        with pytest.raises(ValueError, match="pad sends"):
            cells(forged)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_step_8_runs_one_noise_through_ten_prompts(lang):
    at = open_page("app_pages/prompt.py", lang)
    at.button_group(key="prompt_section").set_value("noise")
    at = rerun(at)
    guidance = at.slider(key="prompt_guidance").value  # the page's default (it opens guided)
    made = cached_handwriting.shared_noise(0, at.slider(key="prompt_steps").value, guidance)
    shared = [float(m.value) for m in at.metric]
    np.testing.assert_allclose(shared, made.shared, atol=0.005)
    assert min(shared) > 0.3 and max(abs(made.shuffled)) < 0.2  # the noise carries ink and slant; shuffled, nothing
    assert translate(lang, "prompt.noise_intro") in texts(at)


def test_shared_noise_makes_each_prompt_s_digit_and_carries_the_hand():
    from painter import cached

    model = cached.prompt_model()
    noise = np.random.default_rng(3).standard_normal((6, 64))
    pictures = shared_noise.ten_prompts(model, noise, steps=20)
    assert pictures.shape == (6, 10, 64) and pictures.dtype == np.uint8
    np.testing.assert_array_equal(pictures, shared_noise.ten_prompts(model, noise, steps=20))  # deterministic
    judge, _ = cached.prompt_judge()
    read = judge.predict(pictures.reshape(-1, 64) / 255.0).reshape(6, 10)
    assert np.mean(read == np.arange(10)) >= 0.8  # the prompt chose the digit
    with pytest.raises(ValueError, match="noise"):
        shared_noise.ten_prompts(model, noise[:, :10], steps=20)
    with pytest.raises(ValueError, match="guidance"):
        shared_noise.ten_prompts(model, noise, steps=20, guidance=-1.0)
    with pytest.raises(ValueError, match="shape"):
        shared_noise.carried(pictures[:2], np.random.default_rng(0))


def test_the_carried_measure_against_the_tests_own_statistics():
    rng = np.random.default_rng(0)
    base = rng.uniform(0, 100, size=(10, 64))
    hand = rng.uniform(0.5, 1.5, size=(20, 1, 1))  # one ink factor per noise, shared by all ten digits
    made = shared_noise.carried(np.clip(base[None] * hand, 0, 255), np.random.default_rng(1))
    assert made.shared[0] > 0.95 and abs(made.shuffled[0]) < 0.3


def test_every_cache_of_step_6a_is_bounded():
    functions = [
        value for name, value in vars(cached_handwriting).items() if not name.startswith("_") and callable(value)
    ]
    cached_ones = [f for f in functions if isinstance(f, CachedFunc)]
    plain = [f for f in functions if inspect.isfunction(f) and f.__module__ == cached_handwriting.__name__]
    assert len(cached_ones) >= 10 and not plain  # the module holds only cached functions
    assert all(f._info.max_entries is not None and f._info.max_entries <= 64 for f in cached_ones)


def test_the_shared_model_is_read_only():
    fitted = cached_handwriting.model(handwriting.DIMS)
    assert cached_handwriting.model(handwriting.DIMS) is fitted
    with pytest.raises(ValueError, match="read-only"):
        fitted.W[0, 0] = 0
    with pytest.raises(ValueError, match="read-only"):
        cached_handwriting.data()[0][0, 0] = 0


def _photo_of(ink: list[int], scale: int = 8) -> bytes:
    """A photo of a drawing: dark ink on light paper, each cell ``scale`` pixels, as PNG bytes."""
    from painter import images

    paper = 235 - 200 * np.asarray(ink, dtype=float).reshape(SIDE, SIDE)
    return images.png_bytes(np.kron(paper, np.ones((scale, scale))))


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_an_uploaded_photo_of_a_digit_is_read_and_a_broken_one_refused_in_words(lang):
    at = open_page(PAGE, lang)
    at.button_group(key="handwriting_source").set_value("upload")
    at = rerun(at)
    at.file_uploader(key="handwriting_upload").set_value(("seven.png", _photo_of(SEVEN), "image/png"))
    at = rerun(at)
    assert "**7**" in texts(at)
    assert translate(lang, "handwriting.stand_in", index=0) not in texts(at)
    at.file_uploader(key="handwriting_upload").set_value(("broken.png", b"not a picture", "image/png"))
    at = rerun(at)
    assert translate(lang, "upload.error.not_image") in [w.value for w in at.warning]
