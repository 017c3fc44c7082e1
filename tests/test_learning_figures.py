"""Step 7a's and step 8's schools' figures, read back through plotly.graph_objects.Figure (it checks them)."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from painter import figures


def labels(figure) -> dict[str, str]:
    return {key: f"<{key}>" for key in figure.labels}


def test_every_figure_is_a_valid_plotly_figure():
    rng = np.random.default_rng(0)
    grid, works = rng.uniform(0, 255, (20, 2)), rng.uniform(0, 255, (30, 2))
    means, covs = np.array([[60.0, 180.0], [140.0, 70.0]]), np.array([np.eye(2) * 300] * 2)
    specs = [
        figures.arrows_figure(
            grid, rng.normal(size=(20, 2)), rng.normal(size=(20, 2)), works, labels=labels(figures.arrows_figure)
        ),
        figures.moved_figure(works, works + 1, works, labels=labels(figures.moved_figure)),
        figures.loss_figure(np.linspace(0.5, 0.4, 10), labels=labels(figures.loss_figure)),
        figures.halves_figure([5, 20], [3, 5], [20, 10], [20, 8], labels=labels(figures.halves_figure)),
        figures.guided_figure(works, works, means, covs, 1, labels=labels(figures.guided_figure)),
        figures.guided_curves([0, 1, 2], [0.7, 0.8, 0.9], [30, 25, 20], 1.0, labels=labels(figures.guided_curves)),
        figures.compress_figure([2, 4], [50, 40], [0.4, 0.5], [-5.5, -5.4], 4, labels=labels(figures.compress_figure)),
    ]
    for spec in specs:
        go.Figure(spec)


def test_arrows_point_along_the_score_with_the_longest_drawn_full_length():
    base = np.array([[10.0, 10.0], [100.0, 100.0]])
    exact = np.array([[4.0, 0.0], [0.0, -1.0]])
    spec = figures.arrows_figure(base, exact, exact, base, labels=labels(figures.arrows_figure))
    x, y = np.asarray(spec["data"][1]["x"]), np.asarray(spec["data"][1]["y"])
    assert np.isclose(x[1] - x[0], figures.learning.ARROW) and np.isclose(y[1], y[0])  # the longest, full length
    assert np.isclose(y[4] - y[3], -figures.learning.ARROW / 2) and np.isclose(x[4], x[3])  # a quarter: half as long
