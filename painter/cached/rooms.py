"""Cached class contest (step 4a): one rooms database per URL, and the model learned from a class's works."""

from __future__ import annotations

import numpy as np
import streamlit as st

from painter import model as _model
from painter import rooms, selection
from painter.readonly import frozen

__all__ = ["class_draws", "class_fit", "rooms_store"]


@st.cache_resource(max_entries=4, show_spinner=False)
def rooms_store(url: str) -> rooms.Store:
    """One rooms database (and its pool of connections) per URL, for the whole server."""
    return rooms.Store(url)


@st.cache_resource(max_entries=16, show_spinner=False)
def class_fit(digest: str, _works: np.ndarray) -> tuple[_model.Mixture, int, str, np.ndarray, np.ndarray]:
    """The class's works learned as on step 5, components and shape chosen by BIC (:func:`painter.selection.best_fit`).

    Keyed by the works' digest. Returns (mixture, components, covariance type, grid, density),
    the grid and density as read-only float32.
    """
    learned, k, covariance_type = selection.best_fit(_works)
    grid, dens = _model.density_grid(learned)
    return learned, k, covariance_type, frozen(grid.astype(np.float32)), frozen(dens.astype(np.float32))


@st.cache_data(max_entries=64, show_spinner=False)
def class_draws(digest: str, _works: np.ndarray, x1: int, n: int = 12) -> tuple[np.ndarray, np.ndarray]:
    """``n`` new works from the class's model, and ``n`` scenes in the style ``x1`` (step 6), seed 0."""
    learned = class_fit(digest, _works)[0]
    new = _model.sample(learned, n, rng=np.random.default_rng(0))
    scenes = _model.sample(_model.style_conditional(learned, x1), n, rng=np.random.default_rng(1))[:, 0]
    return new, scenes
