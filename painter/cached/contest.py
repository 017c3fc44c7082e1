"""Cached 2-pixel models and their figures: the contest's mixtures, EM, model choice, temperature, same style."""

from __future__ import annotations

import numpy as np
import streamlit as st
from sklearn.mixture import GaussianMixture

from painter import contest, em, figures, images, neighbours, selection
from painter import model as _model
from painter.cached.data import grayscale_photo, works
from painter.frozen_figure import FrozenFigure, freeze
from painter.readonly import frozen

__all__ = [
    "contest_figure",
    "counting_figure",
    "density",
    "density_plane",
    "em_figure",
    "em_run",
    "mixture",
    "model",
    "model_scores",
    "nearest_works",
    "new_works",
    "number_grid",
    "own_density",
    "own_draws",
    "own_figure",
    "own_model",
    "photo_heatmap",
    "same_style",
    "scores_figure",
    "shared_schools",
    "style_conditional",
    "style_figure",
    "style_slice",
    "tempered_density",
    "tempered_figure",
    "tempered_works",
    "thumbnail_figure",
    "works_log_likelihood",
]


def _grid(mixture: _model.Mixture) -> tuple[np.ndarray, np.ndarray]:
    """:func:`painter.model.density_grid` as read-only float32 (what a figure needs, at half the bytes)."""
    grid, dens = _model.density_grid(mixture)
    return frozen(grid.astype(np.float32)), frozen(dens.astype(np.float32))


@st.cache_resource(max_entries=64, show_spinner=False)
def model(n_components: int, covariance_type: str, seed: int = contest.SEED) -> GaussianMixture:
    """The mixture learned from contest ``seed``'s works, fitted once per setting.

    Its parameter arrays are frozen; the pages read it as :func:`mixture`.
    """
    gmm = _model.fit(works(contest.ARTISTS, seed), n_components, covariance_type, seed=0)
    for name in ("weights_", "means_", "covariances_", "precisions_", "precisions_cholesky_"):
        frozen(getattr(gmm, name))
    return gmm


@st.cache_resource(max_entries=64, show_spinner=False)
def mixture(n_components: int, covariance_type: str, seed: int = contest.SEED) -> _model.Mixture:
    """The shared model (:func:`model`) as a :class:`~painter.model.Mixture`, converted once per setting."""
    return _model.Mixture.from_sklearn(model(n_components, covariance_type, seed))


@st.cache_data(max_entries=64, show_spinner=False)
def works_log_likelihood(n_components: int, covariance_type: str, seed: int = contest.SEED) -> float:
    """The average log-likelihood of contest ``seed``'s works under the model learned from them."""
    return _model.mean_log_likelihood(mixture(n_components, covariance_type, seed), works(contest.ARTISTS, seed))


@st.cache_resource(max_entries=64, show_spinner=False)
def density(n_components: int, covariance_type: str, seed: int = contest.SEED) -> tuple[np.ndarray, np.ndarray]:
    """The learned density on a 2-grey-level grid: (grid, density) as float32, read-only."""
    return _grid(mixture(n_components, covariance_type, seed))


@st.cache_data(max_entries=32, show_spinner=False)
def em_run(n_components: int, covariance_type: str, init: str, seed: int) -> list[em.EMStep]:
    """Every EM iteration on the contest's works (at most 40), computed once per setting,
    each with the most likely component of every work."""
    steps = em.em_steps(works(), n_components, covariance_type, init=init, seed=seed, max_iter=40, tol=1e-4)
    return em.most_likely_components(works(), steps)


@st.cache_data(max_entries=2, show_spinner=False)
def model_scores(seed: int = contest.SEED) -> dict[str, np.ndarray]:
    """BIC, AIC and held-out log-likelihood of every setting (1-8 components x 4 shapes).

    The fits to all works are the shared ones the Learn page shows, so the best
    setting named here is exactly the model that page then draws from.
    """
    return selection.model_scores(works(contest.ARTISTS, seed), fitted=lambda k, cov: model(k, cov, seed))


@st.cache_data(max_entries=4, show_spinner=False)
def shared_schools(fine: int = 8, coarse: int = 3) -> dict[str, tuple[int, float]]:
    """The ``fine``-component full fit among the 3 schools (:func:`~painter.selection.shared_schools_by_place`)."""
    return selection.shared_schools_by_place(mixture(fine, "full"), mixture(coarse, "full"))


@st.cache_resource(max_entries=16, show_spinner=False)
def em_figure(n_components: int, covariance_type: str, init: str, seed: int, labels: tuple[tuple[str, str], ...]):
    """The EM animation, built once per setting and language (its frames make it slow to build).

    Shared between sessions and never changed, and encoded for the browser once
    (:func:`~painter.frozen_figure.freeze`): a rerun only sends it.
    """
    steps = em_run(n_components, covariance_type, init, seed)
    return freeze(figures.em_figure(works(), steps, labels=dict(labels)))


@st.cache_resource(max_entries=32, show_spinner=False)
def own_model(digest: str, _works: np.ndarray, n_components: int, covariance_type: str) -> _model.Mixture:
    """A mixture learned from a visitor's own works.

    Keyed by the works' digest (see :func:`painter.own_works.works_digest`), so
    two sessions with identical works share one fit; the works themselves are
    never stored here.
    """
    return _model.Mixture.from_sklearn(_model.fit(_works, n_components, covariance_type))


@st.cache_resource(max_entries=32, show_spinner=False)
def own_density(digest: str, _works: np.ndarray, n_components: int, covariance_type: str) -> tuple[np.ndarray, ...]:
    """The density of :func:`own_model` on a 2-grey-level grid: (grid, density) as float32, read-only."""
    return _grid(own_model(digest, _works, n_components, covariance_type))


@st.cache_data(max_entries=16, show_spinner=False)
def own_draws(digest: str, _works: np.ndarray, n_components: int, covariance_type: str, n: int = 12) -> np.ndarray:
    """``n`` works drawn (generator seed 0) from the mixture learned from a visitor's own works."""
    learned = own_model(digest, _works, n_components, covariance_type)
    return _model.sample(learned, n, rng=np.random.default_rng(0))


@st.cache_resource(max_entries=16, show_spinner=False)
def own_figure(
    digest: str, _works: np.ndarray, n_components: int, covariance_type: str, labels: dict[str, str]
) -> FrozenFigure:
    """A visitor's own works under the mixture learned from them (:func:`own_model`), :func:`own_draws`, and
    the invisible click layer on top (its last trace). Keyed by the works' digest, like :func:`own_model`.

    ``labels`` as in :func:`painter.figures.density_figure`, plus ``hover_click`` for the click layer.
    """
    learned = own_model(digest, _works, n_components, covariance_type)
    grid, dens = own_density(digest, _works, n_components, covariance_type)
    drawn = own_draws(digest, _works, n_components, covariance_type)
    extra = [figures.click_layer(labels["hover_click"])]
    return freeze(
        figures.density_figure(
            grid, dens, _works, learned.means, learned.covariances, drawn, labels=labels, extra=extra
        )
    )


@st.cache_resource(max_entries=64, show_spinner=False)
def tempered_density(n_components: int, covariance_type: str, temperature: float) -> tuple[np.ndarray, np.ndarray]:
    """The shared model's density with every covariance scaled by ``temperature``: (grid, density), read-only."""
    return _grid(mixture(n_components, covariance_type).tempered(temperature))


@st.cache_data(max_entries=64, show_spinner=False)
def tempered_works(n_components: int, covariance_type: str, temperature: float, n: int, seed: int) -> np.ndarray:
    """``n`` works drawn with generator ``seed`` from the shared model with covariances scaled by ``temperature``."""
    tempered = mixture(n_components, covariance_type).tempered(temperature)
    return _model.sample(tempered, n, rng=np.random.default_rng(seed))


@st.cache_resource(max_entries=32, show_spinner=False)
def tempered_figure(
    n_components: int, covariance_type: str, temperature: float, n: int, seed: int, labels: dict[str, str]
) -> FrozenFigure:
    """The density at ``temperature`` over the works, with :func:`tempered_works` (labels as in
    :func:`painter.figures.density_figure`)."""
    tempered = mixture(n_components, covariance_type).tempered(temperature)
    grid, dens = tempered_density(n_components, covariance_type, temperature)
    drawn = tempered_works(n_components, covariance_type, temperature, n, seed)
    return freeze(
        figures.density_figure(grid, dens, works(), tempered.means, tempered.covariances, drawn, labels=labels)
    )


@st.cache_data(max_entries=64, show_spinner=False)
def new_works(n_components: int, covariance_type: str, n: int, seed: int) -> np.ndarray:
    """``n`` works drawn from the shared model with generator ``seed`` (float, not yet rounded)."""
    return _model.sample(mixture(n_components, covariance_type), n, rng=np.random.default_rng(seed))


@st.cache_data(max_entries=64, show_spinner=False)
def nearest_works(n_components: int, covariance_type: str, n: int, seed: int) -> tuple[np.ndarray, ...]:
    """Each of :func:`new_works`, rounded to pixels, with its nearest work: (drawn, nearest row, distance)."""
    drawn = images.to_pixels(new_works(n_components, covariance_type, n, seed)).astype(int)
    nearest, distance = neighbours.nearest(drawn, works())
    return drawn, nearest, distance


@st.cache_resource(max_entries=32, show_spinner=False)
def density_plane(n_components: int, covariance_type: str, labels: dict[str, str]) -> FrozenFigure:
    """The learned density over the works, with its components (labels as in
    :func:`painter.figures.density_plane`), once per model and language.

    New works go on top of it on each draw (:func:`painter.frozen_figure.with_traces`):
    a few dozen points, cheaper to add than to look up a figure per draw.
    """
    grid, dens = density(n_components, covariance_type)
    learned = mixture(n_components, covariance_type)
    return freeze(figures.density_plane(grid, dens, works(), learned.means, learned.covariances, labels=labels))


@st.cache_resource(max_entries=64, show_spinner=False)
def style_conditional(n_components: int, covariance_type: str, x1: int) -> _model.Mixture:
    """The shared model's p(x2 | x1) for style ``x1`` (:func:`painter.model.style_conditional`): conditioned
    once per style, then read by :func:`style_slice` and :func:`same_style`."""
    return _model.style_conditional(mixture(n_components, covariance_type), x1)


@st.cache_data(max_entries=64, show_spinner=False)
def style_slice(n_components: int, covariance_type: str, x1: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """p(x2 | x1) for style ``x1``: (each component's share of that style, the curve along the density
    grid, each component's part of the curve)."""
    conditional = style_conditional(n_components, covariance_type, x1)
    grid, _ = density(n_components, covariance_type)
    curve, parts = _model.conditional_curve(conditional, grid)
    return conditional.weights, curve, parts


@st.cache_data(max_entries=64, show_spinner=False)
def same_style(n_components: int, covariance_type: str, x1: int, n: int, seed: int) -> np.ndarray:
    """``n`` scenes x2 (n,) drawn from the shared model given style ``x1``, with generator ``seed``."""
    conditional = style_conditional(n_components, covariance_type, x1)
    return _model.sample(conditional, n, rng=np.random.default_rng(seed))[:, 0]


@st.cache_resource(max_entries=32, show_spinner=False)
def style_figure(
    n_components: int, covariance_type: str, work: tuple[int, int], n: int, seed: int, labels: dict[str, str]
) -> FrozenFigure:
    """The slice x1 = ``work[0]`` beside p(x2 | x1), with ``n`` scenes drawn for that style (labels as in
    :func:`painter.figures.conditional_figure`)."""
    grid, dens = density(n_components, covariance_type)
    x1, x2 = work
    _, curve, parts = style_slice(n_components, covariance_type, x1)
    drawn = same_style(n_components, covariance_type, x1, n, seed)
    return freeze(figures.conditional_figure(grid, dens, x1, x2, grid, curve, parts, drawn, labels=labels))


@st.cache_resource(max_entries=16, show_spinner=False)
def scores_figure(metric: str, labels: dict) -> FrozenFigure:
    """One score of :func:`model_scores` for every setting, the best one marked (labels as in
    :func:`painter.figures.scores_figure`)."""
    scores = model_scores()
    best = selection.best_setting(scores, metric)
    return freeze(figures.scores_figure(scores["components"], scores[metric], best, labels=labels))


@st.cache_resource(max_entries=16, show_spinner=False)
def thumbnail_figure(n_components: int, labels: dict[str, str]) -> FrozenFigure:
    """A small plane with the full-covariance model's contours and components' ellipses over the works."""
    grid, dens = density(n_components, "full")
    learned = mixture(n_components, "full")
    return freeze(figures.thumbnail_figure(grid, dens, works(), learned.means, learned.covariances, labels=labels))


# Figures of the first steps: built once per setting and language for the whole server, then only sent.


@st.cache_resource(max_entries=64, show_spinner=False)
def counting_figure(labels: tuple[str, ...], digits: tuple[int, ...], x_title: str, hover: str) -> FrozenFigure:
    """Bars of how many digits each quantity has, the first one (the pictures) highlighted."""
    return freeze(figures.counting_figure(list(labels), list(digits), 0, x_title, hover))


@st.cache_resource(max_entries=16, show_spinner=False)
def photo_heatmap(name: str, region: tuple[int, int, int], labels: dict[str, str]) -> FrozenFigure:
    """The photo's values as a heatmap with ``region`` = (x0, y0, size) outlined (labels: ``value``, ``hover``)."""
    return freeze(figures.photo_heatmap(grayscale_photo(name), region, labels["value"], labels["hover"]))


@st.cache_resource(max_entries=32, show_spinner=False)
def number_grid(name: str, region: tuple[int, int, int], hover: str) -> FrozenFigure:
    """The values of the photo's ``region`` = (x0, y0, size), written in their cells."""
    x0, y0, size = region
    block = grayscale_photo(name)[y0 : y0 + size, x0 : x0 + size]
    return freeze(figures.number_grid_figure(block, x0, y0, hover))


@st.cache_resource(max_entries=32, show_spinner=False)
def contest_figure(chosen: int, labels: dict[str, str]) -> FrozenFigure:
    """The contest's works with work ``chosen`` (a row index) ringed.

    ``labels``: ``x``, ``y``, ``works``, ``hover`` and ``chosen`` (the ringed work's name).
    """
    return freeze(
        figures.contest_figure(
            works(),
            labels["x"],
            labels["y"],
            labels["works"],
            labels["hover"],
            chosen=chosen,
            chosen_name=labels["chosen"],
        )
    )
