"""Figures are built from arrays alone, carry the data they claim, and stay lean.

Every spec is read back through ``plotly.graph_objects.Figure``, which checks
every property (the app itself never does, see :mod:`painter.frozen_figure`),
and its frozen encoding is compared with Plotly's own.
"""

import json

import numpy as np
import plotly.graph_objects as go
import plotly.io as pio
import pytest

from painter import diffusion, em, figures, model, selection
from painter.contest import paintings
from painter.figures.animations import sigma_text
from painter.frozen_figure import freeze

WORKS = paintings()
LABELS = {
    k: k
    for k in (
        "x",
        "y",
        "density",
        "works",
        "component",
        "centre",
        "new",
        "hover_work",
        "hover_new",
        "cond",
        "slice",
        "work",
        "hover_curve",
    )
}


class _Echo(dict):
    """Labels that are their own keys, whatever a figure asks for."""

    def __missing__(self, key: str) -> str:
        return key


def built(spec: dict) -> go.Figure:
    """The spec as Plotly reads it (raising on any invalid property), after checking its frozen encoding."""
    figure = go.Figure(spec)
    assert json.loads(pio.to_json(freeze(spec), validate=False)) == json.loads(pio.to_json(figure, validate=False))
    return figure


@pytest.fixture(scope="module")
def fitted():
    gmm = model.fit(WORKS, 3, "full")
    grid, density = model.density_grid(model.Mixture.from_sklearn(gmm))
    return gmm, grid, density


def test_ellipse_lies_on_the_two_sigma_contour():
    cov = np.array([[400.0, 120.0], [120.0, 90.0]])
    ring = model.ellipse([10.0, 20.0], cov, n_std=2.0)
    d = ring - [10.0, 20.0]
    np.testing.assert_allclose(np.einsum("ni,ij,nj->n", d, np.linalg.inv(cov), d), 4.0)


def test_contest_figure_draws_each_work_as_two_grey_squares():
    fig = built(figures.contest_figure(WORKS, "x", "y", "works", "h", chosen=4, chosen_name="five"))
    left, right, chosen_left, chosen_right, ring = fig.data
    assert (ring.x[0], ring.y[0]) == tuple(WORKS[4])
    assert ring.marker.color == ring.marker.line.color == figures.theme.HIGHLIGHT_COLOUR  # not the theme's colourway
    # the chosen work is drawn again after all the others (on top of them), as its own two squares
    assert list(chosen_left.y) == list(chosen_right.y) == [WORKS[4][1]]
    assert list(chosen_left.marker.color) == [WORKS[4][0]] and list(chosen_right.marker.color) == [WORKS[4][1]]
    assert len(left.x) == len(right.x) == 300
    # the marker colour is the pixel value itself, on a black-to-white scale
    np.testing.assert_array_equal(left.marker.color, WORKS[:, 0])
    np.testing.assert_array_equal(right.marker.color, WORKS[:, 1])
    assert (left.marker.cmin, left.marker.cmax) == (0, 255)
    assert left.marker.colorscale[0][1].replace(" ", "") == "rgb(0,0,0)"
    assert left.marker.colorscale[-1][1].replace(" ", "") == "rgb(255,255,255)"
    # a little beyond 0–255, so the squares of a work at 0 or 255 stay inside the frame
    low, high = fig.layout.xaxis.range
    assert low < 0 - 2.2 - 4 and high > 255 + 2.2 + 4 and high - low < 256 * 1.1
    assert tuple(fig.layout.yaxis.range) == (low, high)


def test_density_figure_has_contours_components_and_new_works(fitted):
    gmm, grid, density = fitted
    learned_mixture = model.Mixture.from_sklearn(gmm)
    weights, means, covs = learned_mixture.weights, learned_mixture.means, learned_mixture.covariances
    new = model.sample(model.Mixture(weights, means, covs), 7, rng=np.random.default_rng(0))
    fig = built(figures.density_figure(grid, density, WORKS, means, covs, new, labels=LABELS))
    kinds = [trace.type for trace in fig.data]
    assert kinds.count("contour") == 1
    assert sum(1 for t in fig.data if t.type == "scatter" and t.mode == "lines") == 3  # one ellipse each
    new_traces = [t for t in fig.data if t.name == "new"]  # left and right squares of each new work
    assert len(new_traces) == 2 and all(len(t.x) == 7 for t in new_traces)
    assert len(fig.to_json()) < 150_000  # float32 binary arrays keep the page light


def test_conditional_figure_shows_the_curve_beside_the_plane(fitted):
    gmm, grid, density = fitted
    curve, parts = model.conditional_curve(model.style_conditional(model.Mixture.from_sklearn(gmm), 170.0), grid)
    fig = built(
        figures.conditional_figure(
            grid, density, 170.0, 60.0, grid, curve, parts, np.array([50.0, 180.0]), labels=LABELS
        )
    )
    slice_trace = next(t for t in fig.data if t.name == "slice")
    assert list(slice_trace.x) == [170.0, 170.0]
    cond = next(t for t in fig.data if t.name == "cond")
    assert cond.xaxis == "x2" and np.allclose(cond.x, curve, rtol=1e-6)
    assert fig.layout.xaxis.domain[1] < fig.layout.xaxis2.domain[0]  # the curve sits beside the plane
    # the star is hollow, so a new work that lands on it shows through, and on top, so the star shows too
    names = [t.name for t in fig.data]
    star = fig.data[names.index("work")]
    assert star.marker.symbol == "star-open" and names.index("work") > names.index("new")
    # each component's share is shaded (not a line hidden under the curve), and drawn before the curve
    shares = [t for t in fig.data if t.xaxis == "x2" and t.fill == "tozerox"]
    assert len(shares) == len(parts) and fig.data.index(shares[-1]) < fig.data.index(cond)
    assert cond.fill is None
    assert len(fig.to_json()) < 150_000


def test_counting_figure_highlights_the_pictures():
    fig = built(figures.counting_figure(["pictures", "atoms"], [2408240, 81], 0, "digits", "h"))
    assert fig.data[0].marker.color[0] == figures.theme.ACCENT_COLOUR
    assert fig.layout.xaxis.type == "log"


def test_photo_figures_outline_the_region():
    gray = np.arange(100 * 120, dtype=np.uint8).reshape(100, 120)
    fig = built(figures.photo_heatmap(gray, (30, 40, 8), "v", "h"))
    shape = fig.layout.shapes[0]
    # a frame only: transparent inside, and it lies just outside the region's pixels (29.5..37.5, 39.5..47.5)
    assert shape.fillcolor.replace(" ", "") == "rgba(0,0,0,0)"
    assert shape.x0 < 29.5 and shape.y0 < 39.5 and shape.x1 > 37.5 and shape.y1 > 47.5
    assert (shape.x0 + shape.x1) / 2 == 33.5 and (shape.y0 + shape.y1) / 2 == 43.5
    assert 37.5 - shape.x0 - 8 < 2  # hugging the region: less than two pixels away on each side
    grid = built(figures.number_grid_figure(gray[40:48, 30:38], 30, 40, "h"))
    assert grid.data[0].texttemplate == "%{z}" and list(grid.data[0].x) == list(range(30, 38))


def test_diffusion_figure_animates_only_the_moving_traces_and_stays_lean(fitted):
    import json

    gmm, grid, density = fitted
    learned_mixture = model.Mixture.from_sklearn(gmm)
    sigmas = diffusion.default_levels("langevin", 100)
    path = diffusion.sample(learned_mixture, 500, sigmas=sigmas, rng=np.random.default_rng(0))
    shown = figures.frame_indices(100)
    assert len(shown) == 40 and shown[0] == 0 and shown[-1] == 100
    np.testing.assert_array_equal(figures.frame_indices(10), np.arange(11))
    levels = diffusion.path_levels(sigmas)[shown]
    points = diffusion.arrow_grid()
    vectors = np.stack([diffusion.score(learned_mixture, points, sigma=s) for s in levels])
    keys = ("x", "y", "density", "points", "score", "trail", "now", "hover_now", "play", "pause", "sigma", "square")
    fig = built(
        figures.diffusion_figure(grid, density, path[shown], levels, points, vectors, labels={k: k for k in keys})
    )
    assert len(fig.frames) == 40
    assert all(list(frame.traces) == [2, 3, 4, 5, 6] for frame in fig.frames)
    np.testing.assert_allclose(np.asarray(fig.frames[-1].data[1].x), path[100, :, 0], rtol=1e-6)
    # the arrow field: markers at fixed places, each frame turning them to the score's direction
    arrows = fig.data[2]
    assert arrows.marker.symbol == "arrow" and len(arrows.x) == len(points)
    assert len(fig.frames[0].data[0].marker.angle) == len(points) and fig.frames[0].data[0].x is None
    slider = fig.layout.sliders[0]
    assert len(slider.steps) == 40
    # every tick names its σ, readable (not the transparent text it once was); the first is the largest
    assert [step.label for step in slider.steps] == [sigma_text(float(s)) for s in levels]
    assert slider.steps[0].label == "60" and slider.steps[-1].label == "0"
    assert slider.font.color != "rgba(0,0,0,0)" and slider.currentvalue.prefix == "sigma"
    size = len(fig.to_json())
    assert size < 1_500_000
    assert json.loads(fig.to_json())["frames"][0]["name"] == "0"


def test_the_training_figures_are_valid_specs(fitted):
    gmm, grid, density = fitted
    steps = em.most_likely_components(WORKS, em.em_steps(WORKS, 3, "full", init="kmeans", seed=0))
    fig = built(figures.em_figure(WORKS, steps, labels=_Echo()))
    assert len(fig.frames) == len(steps) and fig.frames[0].data[0].type == "scatter"
    # from random shares the first ellipses reach past 0–255: the plane's range holds them whole,
    # the same on both axes, and a dotted square marks the 0–255 plane
    rough = em.most_likely_components(WORKS, em.em_steps(WORKS, 3, "full", init="random", seed=0))
    fig = built(figures.em_figure(WORKS, rough, labels=_Echo()))
    low, high = fig.layout.xaxis.range
    assert tuple(fig.layout.yaxis.range) == (low, high) and low <= -0.5 and high >= 255.5
    outlines = [t for frame in fig.frames for t in frame.data if t.x is not None and len(t.x) == 40]
    assert len(outlines) == 3 * len(rough)
    assert all(low < min(min(t.x), min(t.y)) and max(max(t.x), max(t.y)) < high for t in outlines)
    assert max(max(t.y) for t in outlines) > 255.5  # (what made the old fixed range cut them flat)
    square = fig.data[0]
    assert square.line.dash == "dot" and (min(square.x), max(square.x)) == (0, 255) and not square.showlegend
    scores = selection.model_scores(WORKS, max_components=3)
    built(
        figures.scores_figure(
            scores["components"], scores["bic"], (2, 0), labels=_Echo(types=list(model.COVARIANCE_TYPES))
        )
    )
    fig = built(figures.thumbnail_figure(grid, density, WORKS, labels=_Echo()))
    assert fig.data[0].type == "contour"
    assert fig.layout.plot_bgcolor == figures.theme.PLANE_BACKGROUND  # as on the other planes
    # with the components given, each one's ellipse shows: 3 of them for a 3-component model
    learned = model.Mixture.from_sklearn(gmm)
    fig = built(figures.thumbnail_figure(grid, density, WORKS, learned.means, learned.covariances, labels=_Echo()))
    assert len([t for t in fig.data if t.type == "scatter" and t.mode == "lines"]) == 3
    fig = built(
        figures.density_figure(
            grid,
            density,
            WORKS,
            model.Mixture.from_sklearn(gmm).means,
            model.Mixture.from_sklearn(gmm).covariances,
            WORKS[:3],
            labels=LABELS,
            extra=[figures.click_layer("h")],
        )
    )
    assert (
        fig.data[-1].type == "scatter" and fig.data[-1].marker.color == "rgba(0,0,0,0)"
    )  # the click layer: last, invisible
    fig = built(figures.distance_histogram(np.array([3.0, 4.5]), np.array([1.0, 2.0, 8.0]), labels=_Echo()))
    assert [trace.type for trace in fig.data] == ["histogram", "histogram"]


def test_arrow_angles_point_along_the_vectors():
    vectors = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, -2.0], [-1.0, 0.0], [1.0, 1.0]])
    # plotly turns an arrow marker clockwise from straight up, in whole degrees
    np.testing.assert_array_equal(figures.animations._arrow_angles(vectors), [0, 90, -180, -90, 45])


def test_the_unfitted_plane_shows_only_the_works_and_what_goes_on_top():
    fig = built(figures.unfitted_figure(WORKS[:5], labels=LABELS, extra=[figures.click_layer("h")]))
    assert [trace.type for trace in fig.data] == ["scatter", "scatter"]  # no contour: no model yet
    assert len(fig.data[0].x) == 5 and fig.data[-1].hovertemplate.startswith("h")
    fitted = go.Figure(figures.density_plane(np.arange(3.0), np.ones((3, 3)), WORKS[:5], [], [], labels=LABELS))
    assert fig.layout.xaxis.range == fitted.layout.xaxis.range and fig.layout.height == fitted.layout.height


def test_the_learned_board_draws_the_artists_behind_the_class_and_new_works_on_top(fitted):
    gmm, grid, density = fitted
    fitted_mixture = model.Mixture.from_sklearn(gmm)
    means, covs = fitted_mixture.means, fitted_mixture.covariances
    new = model.sample(fitted_mixture, 5, rng=np.random.default_rng(0))
    class_works = np.array([[10, 20], [200, 40], [128, 250]])
    fig = built(
        figures.class_learned_figure(
            grid, density, class_works, np.array([7, 8, 9]), WORKS, means, covs, new, labels=_Echo()
        )
    )
    names = [trace.name for trace in fig.data]
    assert fig.data[0].type == "contour"
    assert names.index("artists") < names.index("class") < names.index("new")  # drawn in this order
    assert len(fig.data[names.index("artists")].x) == 300
    np.testing.assert_array_equal(
        np.column_stack([fig.data[names.index("class")].x, fig.data[names.index("class")].y]), class_works
    )
    assert "works" not in names  # the class's works are drawn once, as on the board before learning


def test_the_class_plane_on_a_narrow_screen_is_as_tall_as_it_is_wide():
    wide = figures.class_figure(np.zeros((0, 2)), [], [], WORKS, labels=_Echo())
    narrow = figures.class_figure(np.zeros((0, 2)), [], [], WORKS, labels=_Echo(), width=374)
    margin = narrow["layout"]["margin"]
    assert wide["layout"]["height"] == 600
    plot = narrow["layout"]["height"] - margin["t"] - margin["b"] - figures.planes.NARROW_LEGEND
    assert plot == 374 - margin["l"] - margin["r"]
