"""Cached diffusion in the 2-pixel world (step 7): trajectories, the exact score's arrows, the animation."""

from __future__ import annotations

import numpy as np
import streamlit as st

from painter import diffusion as _diffusion
from painter import figures
from painter import model as _model
from painter.cached.contest import density, mixture, new_works
from painter.frozen_figure import freeze
from painter.readonly import frozen

__all__ = ["diffusion_figure", "diffusion_path", "diffusion_scores", "score_arrows"]


@st.cache_resource(max_entries=32, show_spinner=False)
def diffusion_path(
    n_components: int, covariance_type: str, n_points: int, steps: int, method: str, seed: int
) -> tuple[np.ndarray, np.ndarray]:
    """A reverse-diffusion trajectory from the learned mixture.

    Returns
    -------
    trajectory : ndarray of shape (steps + 1, n_points, 2), float32, read-only
    levels : ndarray of shape (steps + 1,), read-only
        The noise level of each point of the path (see :func:`painter.diffusion.path_levels`).
    """
    sigmas = _diffusion.default_levels(method, steps)
    path = _diffusion.sample(
        mixture(n_components, covariance_type), n_points, sigmas=sigmas, rng=np.random.default_rng(seed), method=method
    )
    return frozen(path.astype(np.float32)), frozen(_diffusion.path_levels(sigmas))


@st.cache_data(max_entries=32, show_spinner=False)
def diffusion_scores(
    n_components: int, covariance_type: str, n_points: int, steps: int, method: str, seed: int
) -> tuple[float, float, float]:
    """Mean log-likelihood under the model of the trajectory's end, of its start (noise), and of
    ``n_points`` drawn directly from the model with the same seed."""
    learned = mixture(n_components, covariance_type)
    path, _ = diffusion_path(n_components, covariance_type, n_points, steps, method, seed)
    direct = new_works(n_components, covariance_type, n_points, seed)
    return tuple(_model.mean_log_likelihood(learned, x) for x in (path[-1], path[0], direct))


@st.cache_resource(max_entries=32, show_spinner=False)
def score_arrows(n_components: int, covariance_type: str, levels: tuple[float, ...]) -> tuple[np.ndarray, np.ndarray]:
    """The exact score on the arrow grid at each of a few noise ``levels``: (points (a, 2), vectors (m, a, 2))."""
    learned = mixture(n_components, covariance_type)
    points = _diffusion.arrow_grid()
    vectors = np.stack([_diffusion.score(learned, points, sigma=sigma) for sigma in levels])
    return frozen(points.astype(np.float32)), frozen(vectors.astype(np.float32))


@st.cache_resource(max_entries=8, show_spinner=False)
def diffusion_figure(
    n_components: int,
    covariance_type: str,
    n_points: int,
    steps: int,
    method: str,
    seed: int,
    labels: tuple[tuple[str, str], ...],
):
    """The reverse-diffusion animation, built once per setting and language.

    Its frames make it the slowest figure of the app to build (a few hundred
    milliseconds), so it is shared and encoded once like :func:`painter.cached.em_figure`.
    """
    grid, dens = density(n_components, covariance_type)
    path, levels = diffusion_path(n_components, covariance_type, n_points, steps, method, seed)
    shown = figures.frame_indices(steps)
    arrow_points, arrow_vectors = score_arrows(n_components, covariance_type, tuple(levels[shown].tolist()))
    figure = figures.diffusion_figure(
        grid, dens, path[shown], levels[shown], arrow_points, arrow_vectors, labels=dict(labels)
    )
    return freeze(figure)
