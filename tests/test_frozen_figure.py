"""Figures built once per setting: the same pictures as building them afresh, and never changed by a reader."""

import json

import numpy as np
import plotly.graph_objects as go
import plotly.io as pio
import pytest

from painter import cached, figures, frozen_figure, images, model, neighbours
from painter.frozen_figure import FrozenFigure, encode, freeze, resized, with_traces


def _spec() -> dict:
    return dict(
        data=[dict(type="scatter", x=np.arange(5, dtype=np.float32), y=np.ones(5, dtype=np.float32), name="a")],
        layout=dict(height=300, xaxis=dict(range=np.array([0, 4]))),
        frames=[dict(name="0", data=[dict(type="scatter", x=np.zeros(5, dtype=np.float32))])],
    )


def _json(figure) -> dict:
    return json.loads(pio.to_json(figure, validate=False))


def test_a_frozen_spec_encodes_exactly_like_plotlys_own_figure():
    frozen = freeze(_spec())
    assert isinstance(frozen, FrozenFigure) and isinstance(frozen, go.Figure)
    assert _json(frozen) == _json(go.Figure(_spec()))
    assert frozen.to_dict()["data"][0]["x"]["dtype"] == "f4"  # sent as binary
    assert frozen.to_dict()["layout"]["xaxis"]["range"] == [0, 4]  # a range stays a list, as Plotly sends it


@pytest.mark.parametrize(
    ("array", "dtype"),
    [
        (np.arange(3, dtype=np.int64), "i1"),
        (np.array([0, 40_000]), "i4"),
        (np.array([0, 300], dtype=np.uint64), "u2"),
        (np.array([1.5, np.nan]), "f8"),
        (np.zeros((2, 3), dtype=np.uint8), "u1"),
    ],
)
def test_arrays_are_sent_as_plotly_sends_them(array, dtype):
    spec = dict(data=[dict(type="heatmap", z=array)])
    encoded = encode(spec)["data"][0]["z"]
    assert encoded["dtype"] == dtype
    assert _json(freeze(spec)) == _json(go.Figure(spec))


def test_text_and_empty_arrays_go_as_lists():
    spec = dict(data=[dict(type="scatter", x=np.array([]), text=np.array(["a", "b"]))])
    trace = encode(spec)["data"][0]
    assert trace["x"] == [] and trace["text"] == ["a", "b"]
    assert _json(freeze(spec)) == _json(go.Figure(spec))


def test_freezing_leaves_the_spec_as_it_was():
    spec = _spec()
    freeze(spec)
    assert isinstance(spec["data"][0]["x"], np.ndarray) and "template" not in spec["layout"]


def test_a_reader_cannot_change_what_the_next_reader_gets():
    frozen = freeze(_spec())
    first = frozen.to_dict()
    first["layout"]["height"] = 10
    first["data"][0]["name"] = "changed"
    first["data"].append({"type": "bar"})
    first["frames"].clear()
    again = frozen.to_dict()
    assert again["layout"]["height"] == 300
    assert again["data"][0]["name"] == "a" and len(again["data"]) == 1
    assert len(again["frames"]) == 1


def test_a_resized_figure_is_a_new_one():
    frozen = freeze(_spec())
    small = resized(frozen, 200)
    assert small.to_dict()["layout"]["height"] == 200 and frozen.to_dict()["layout"]["height"] == 300
    assert resized(frozen, 400).to_dict()["layout"]["height"] == 300  # never taller than it was


def test_nothing_is_checked_or_encoded_again_when_it_is_drawn(monkeypatch):
    import plotly.basedatatypes
    import plotly.tools

    frozen = freeze(_spec())

    def no_more(*args, **kwargs):
        raise AssertionError("checked or encoded again")

    monkeypatch.setattr(plotly.basedatatypes.BaseFigure, "__init__", no_more)  # no go.Figure is set up
    monkeypatch.setattr(frozen_figure, "encode", no_more)
    monkeypatch.setattr(frozen_figure, "_typed_array", no_more)
    # what st.plotly_chart does with a figure
    sent = plotly.tools.return_figure_from_figure_or_data(frozen, validate_figure=True)
    assert json.loads(pio.to_json(sent, validate=False))["layout"]["height"] == 300


LEARN_LABELS = {
    key: key
    for key in (
        "density",
        "works",
        "component",
        "centre",
        "new",
        "hover_work",
        "hover_new",
        "x",
        "y",
        "drawn",
        "unseen",
        "hover",
    )
}


def test_the_cached_learn_figures_match_figures_built_afresh():
    k, cov, n, seed = 3, "full", 15, 4
    gmm = cached.model(k, cov)
    learned_mixture = model.Mixture.from_sklearn(gmm)
    weights, means, covariances = learned_mixture.weights, learned_mixture.means, learned_mixture.covariances
    grid, density = cached.density(k, cov)
    drawn = model.sample(model.Mixture(weights, means, covariances), n, rng=np.random.default_rng(seed))
    np.testing.assert_array_equal(cached.new_works(k, cov, n, seed), drawn)
    fresh = figures.density_figure(grid, density, cached.works(), means, covariances, drawn, labels=LEARN_LABELS)
    plane = cached.density_plane(k, cov, LEARN_LABELS)
    before = _json(plane)
    drawn_on_plane = with_traces(plane, figures.new_works_traces(drawn, LEARN_LABELS))
    assert _json(drawn_on_plane) == _json(go.Figure(fresh))
    assert _json(plane) == before  # the shared plane itself is left as it was
    assert cached.density_plane(k, cov, dict(LEARN_LABELS)) is plane  # built once per model and language

    pixels, nearest, distance = cached.nearest_works(k, cov, n, seed)
    np.testing.assert_array_equal(pixels, images.to_pixels(drawn))
    expected_nearest, expected_distance = neighbours.nearest(images.to_pixels(drawn).astype(int), cached.works())
    np.testing.assert_array_equal(nearest, expected_nearest)
    np.testing.assert_allclose(distance, expected_distance)


def test_the_cached_style_figure_matches_one_built_afresh():
    labels = {key: key for key in ("x", "y", "density", "cond", "slice", "work", "new", "component")}
    labels |= {key: "%{y}" for key in ("hover_new", "hover_work", "hover_curve")}
    k, cov, x1, x2, n, seed = 2, "diag", 170, 60, 8, 3
    gmm = cached.model(k, cov)
    grid, density = cached.density(k, cov)
    curve, parts = model.conditional_curve(model.style_conditional(model.Mixture.from_sklearn(gmm), x1), grid)
    drawn = model.sample(
        model.style_conditional(model.Mixture.from_sklearn(gmm), x1), n, rng=np.random.default_rng(seed)
    )[:, 0]
    np.testing.assert_array_equal(cached.same_style(k, cov, x1, n, seed), drawn)
    fresh = figures.conditional_figure(grid, density, x1, x2, grid, curve, parts, drawn, labels=labels)
    assert _json(cached.style_figure(k, cov, (x1, x2), n, seed, labels)) == _json(go.Figure(fresh))


def test_the_cached_photo_figures_match_figures_built_afresh():
    gray = cached.grayscale_photo("china.jpg")
    fresh = figures.photo_heatmap(gray, (100, 130, 10), "value", "%{z}")
    assert _json(cached.photo_heatmap("china.jpg", (100, 130, 10), {"value": "value", "hover": "%{z}"})) == _json(
        go.Figure(fresh)
    )
    fresh = figures.number_grid_figure(gray[130:140, 100:110], 100, 130, "%{z}")
    assert _json(cached.number_grid("china.jpg", (100, 130, 10), "%{z}")) == _json(go.Figure(fresh))


def test_the_photo_layers_are_the_photo_and_its_channels_as_jpeg():
    from io import BytesIO

    from PIL import Image

    layers = cached.photo_layers("flower.jpg")
    photo = cached.photo("flower.jpg")
    expected = (photo, cached.grayscale_photo("flower.jpg"), *images.channels(photo))
    assert len(layers) == 5
    for encoded, picture in zip(layers, expected, strict=True):
        decoded = np.asarray(Image.open(BytesIO(encoded)))
        assert decoded.shape == picture.shape
        # JPEG is lossy, but only slightly at quality 95
        assert np.abs(decoded.astype(int) - picture).mean() < 2


def test_a_figure_is_built_once_per_setting_and_language():
    english = {"x": "pixel 1", "y": "pixel 2", "works": "works", "hover": "%{x}", "chosen": "artist 1"}
    japanese = english | {"works": "作品"}
    first = cached.contest_figure(0, english)
    assert cached.contest_figure(0, dict(english)) is first
    assert cached.contest_figure(1, english) is not first
    other = cached.contest_figure(0, japanese)
    assert other is not first and "作品" in pio.to_json(other)


def test_a_frozen_figure_reads_as_its_encoded_parts():
    frozen = freeze(_spec())
    assert len(frozen.data) == 1 and frozen.data[0]["name"] == "a"
    assert frozen.layout["height"] == 300 and len(frozen.frames) == 1
    assert len(freeze(dict(data=[])).frames) == 0
    with pytest.raises(TypeError):
        frozen.layout["height"] = 10  # read-only
    assert "1 traces, 1 frames, height=300" in repr(frozen)


def test_traces_added_on_top_leave_the_figure_below_as_it_was():
    base = freeze(_spec())
    extra = dict(type="scatter", x=np.array([1.0, 2.0], dtype=np.float32), y=[3, 4], name="b")
    both = with_traces(base, [extra])
    assert [trace["name"] for trace in both.data] == ["a", "b"] and both.data[1]["x"]["dtype"] == "f4"
    assert len(base.data) == 1
    spec = _spec()
    spec["data"].append(extra)
    assert _json(both) == _json(go.Figure(spec))


def test_a_frozen_figure_carries_the_template_plotly_would_use_when_it_is_frozen(monkeypatch):
    import streamlit  # noqa: F401 -- makes Streamlit's theme Plotly's default, as in the app

    assert pio.templates.default == "streamlit"
    streamlit_theme = json.loads(pio.to_json(go.Figure()))["layout"]["template"]
    assert _json(freeze(_spec()))["layout"]["template"] == streamlit_theme
    monkeypatch.setattr(pio.templates, "default", "plotly_dark")
    assert _json(freeze(_spec())) == _json(go.Figure(_spec()))
    assert _json(freeze(_spec()))["layout"]["template"] != streamlit_theme


def test_arrays_under_plain_keys_go_as_lists_however_deep():
    spec = dict(data=[], layout=dict(map=dict(layers=[dict(coordinates=np.array([[1.0, 2.0]]))])))
    assert encode(spec)["layout"]["map"]["layers"][0]["coordinates"] == [[1.0, 2.0]]
    assert _json(freeze(spec)) == _json(go.Figure(spec))
