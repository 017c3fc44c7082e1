"""Cached prompt → picture (step 8): the models, the judge, one generation per request, the trade-off."""

from __future__ import annotations

import numpy as np
import streamlit as st

from painter import digits as _digits
from painter import figures, images, judging
from painter import prompt as _prompt
from painter.cached.data import prompt_data
from painter.frozen_figure import FrozenFigure, freeze

__all__ = [
    "prompt_copies",
    "prompt_copy_pairs",
    "prompt_extreme_share",
    "prompt_generation",
    "prompt_judge",
    "prompt_model",
    "prompt_real_variety",
    "prompt_strip_figure",
    "prompt_strip_png",
    "prompt_tradeoff",
    "prompt_tradeoff_figure",
]


@st.cache_resource(max_entries=2, show_spinner=False)
def prompt_model(kind: str = "learned") -> _prompt.PromptModel:
    """The learned model (one mixture per digit) or the memoriser, built once for the whole server."""
    train, labels, _, _ = prompt_data()
    build = _prompt.fit if kind == "learned" else _prompt.memoriser
    return build(train, labels)  # read-only (PromptModel seals itself)


@st.cache_resource(max_entries=1, show_spinner=False)
def prompt_judge():
    """The independent judge (logistic regression on the real training digits) and its held-out accuracy."""
    train, labels, held_out, held_labels = prompt_data()
    judge = judging.judge(train, labels)
    return judge, judging.agreement(judge, held_out, held_labels)


@st.cache_resource(max_entries=32, show_spinner=False)
def prompt_generation(request: _prompt.Request) -> _prompt.Generation:
    """:data:`painter.prompt.COMPARED` pictures for ``request`` with their whole path and predicted final
    pictures, read-only: the strip shows the first :data:`painter.prompt.SHOWN`, the copies check all."""
    return _prompt.generate_path(prompt_model(), request, _prompt.COMPARED)


@st.cache_data(max_entries=1, show_spinner=False)
def prompt_extreme_share() -> float:
    """The share of the training digits' pixels that are exactly 0 or 255 (:func:`painter.judging.extreme_share`)."""
    return judging.extreme_share(prompt_data()[0])


@st.cache_data(max_entries=4, show_spinner=False)
def prompt_tradeoff(low_noise_only: bool) -> dict[str, np.ndarray]:
    """The trade-off curves of :func:`painter.prompt.tradeoff` at fixed settings (computed once per server)."""
    judge, _ = prompt_judge()
    return _prompt.tradeoff(
        prompt_model(),
        judge,
        _prompt.TRADEOFF_GUIDANCES,
        _prompt.TRADEOFF_N,
        steps=_prompt.TRADEOFF_STEPS,
        low_noise_only=low_noise_only,
    )


@st.cache_data(max_entries=2, show_spinner=False)
def prompt_real_variety(seed: int = 0) -> float:
    """The variety of the real training digits (:func:`painter.judging.real_variety`), as many of each digit
    as the trade-off curves compare (four times their pictures per digit)."""
    train, labels, _, _ = prompt_data(seed)
    return judging.real_variety(train, labels, _prompt.TRADEOFF_N * 4)


@st.cache_data(max_entries=32, show_spinner=False)
def prompt_copies(kind: str, request: _prompt.Request) -> tuple:
    """Pictures from the learned model (those of :func:`prompt_generation`) or the memoriser, each with its
    nearest training picture: (pictures (n, 64) uint8, nearest index (n,), distance (n,), share of near copies)."""
    train, _, _, _ = prompt_data()
    if kind == "learned":
        pictures = prompt_generation(request).pictures
    else:
        pictures = _prompt.generate(
            prompt_model(kind),
            request.digit,
            _prompt.COMPARED,
            np.random.default_rng(request.seed),
            guidance=request.guidance,
            steps=request.steps,
            method=request.method,
        )
    index, distance, share = judging.near_copies(pictures, train, _prompt.NEAR_COPY)
    return pictures, index, distance, share


@st.cache_resource(max_entries=32, show_spinner=False)
def prompt_strip_figure(request: _prompt.Request, labels: tuple[tuple[str, str], ...]) -> FrozenFigure:
    """The animated strip of the first pictures of :func:`prompt_generation`, at (at most 25) shown steps."""
    made = prompt_generation(request)
    shown = figures.frame_indices(request.steps, max_frames=25)
    first = slice(0, _prompt.SHOWN)
    return freeze(
        figures.strip_animation(
            made.path[shown, first], made.predicted[shown, first], made.levels[shown], labels=dict(labels)
        )
    )


@st.cache_data(max_entries=32, show_spinner=False)
def prompt_copy_pairs(kind: str, request: _prompt.Request) -> tuple[bytes, ...]:
    """The first :data:`painter.prompt.PAIRS` results of :func:`prompt_copies`, each beside its nearest training
    picture, as PNG bytes. Encoded once per setting, not on every rerun."""
    pictures, index, _, _ = prompt_copies(kind, request)
    train = prompt_data()[0]
    return tuple(
        images.png_bytes(_digits.tile([pictures[i], train[index[i]]], per_row=2, scale=6)) for i in range(_prompt.PAIRS)
    )


@st.cache_data(max_entries=32, show_spinner=False)
def prompt_strip_png(request: _prompt.Request) -> tuple[bytes, tuple[float, ...]]:
    """The first picture of :func:`prompt_generation` at :func:`painter.prompt.strip_columns`, its predicted
    final picture below each: (PNG bytes, the σ of each column). Encoded once per setting, not on every rerun."""
    made = prompt_generation(request)
    chosen = _prompt.strip_columns(request.steps)
    grid = _digits.tile([*made.path[chosen, 0], *made.predicted[chosen, 0]], per_row=len(chosen), scale=8)
    return images.png_bytes(grid), tuple(float(s) for s in made.levels[chosen])


@st.cache_resource(max_entries=32, show_spinner=False)
def prompt_tradeoff_figure(guidance: float, labels: tuple[tuple[str, str], ...]) -> FrozenFigure:
    """Both trade-off curves with the visitor's w marked."""
    return freeze(
        figures.tradeoff_figure(
            prompt_tradeoff(False),
            prompt_tradeoff(True),
            guidance,
            prompt_real_variety(),
            prompt_judge()[1],
            labels=dict(labels),
        )
    )
