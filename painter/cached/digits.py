"""Cached mixtures over real 8×8 digits (step 5a): the model, its inpainters, its code length."""

from __future__ import annotations

import streamlit as st

from painter import digits as _digits
from painter.cached.data import digits_split

__all__ = ["digits_bits_per_pixel", "digits_inpainter", "digits_model", "digits_variance_kept"]


@st.cache_resource(max_entries=len(_digits.CANDIDATES) * 2, show_spinner=False)
def digits_model(n_components: int, seed: int = 0) -> _digits.DigitsModel:
    """The mixture learned from the training digits, fitted once per setting for the whole server.

    Its arrays are read-only (a :class:`~painter.model.Mixture`); draw from it with a per-call generator only.
    """
    return _digits.fit(digits_split(seed)[0], n_components, seed)


@st.cache_resource(max_entries=32, show_spinner=False)
def digits_inpainter(n_components: int, kind: str, box: tuple[int, int, int, int] | None = None):
    """:func:`painter.digits.inpainter` for the shared digits model and one hidden region
    (:func:`painter.digits.mask` ``kind`` and ``box``), prepared once for every session."""
    return _digits.inpainter(digits_model(n_components), _digits.mask(kind, box))


@st.cache_data(max_entries=len(_digits.CANDIDATES) * 2, show_spinner=False)
def digits_bits_per_pixel(n_components: int, seed: int = 0) -> float:
    """Bits per pixel of the held-out digits under the shared digits model (:func:`painter.digits.bits_per_pixel`).

    It depends only on the model, and scoring 297 digits in 64 dimensions takes
    50–100 ms: computed once per model, not on every rerun of the page.
    """
    return _digits.bits_per_pixel(digits_model(n_components, seed).mixture, digits_split(seed)[1])


@st.cache_data(max_entries=1, show_spinner=False)
def digits_variance_kept() -> float:
    """The share of the training digits' variance PCA's directions keep (:func:`painter.digits.variance_kept`)."""
    return _digits.variance_kept(digits_split()[0])
