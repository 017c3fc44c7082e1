"""Cached step 7a (a network that learns the score) and step 8's schools and compression.

Every cache is bounded; the trained networks by :class:`NetStore`, which a progress bar can watch.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np
import streamlit as st

from painter import compress as _compress
from painter import diffusion as _diffusion
from painter import digits as _digits
from painter import figures, images, loss_scale
from painter import guidance as _guidance
from painter import learned as _learned
from painter.cached.contest import mixture
from painter.cached.data import prompt_data, works
from painter.cached.prompt import prompt_judge
from painter.frozen_figure import FrozenFigure, freeze
from painter.mixture import Mixture
from painter.readonly import frozen

__all__ = [
    "NetStore",
    "compression",
    "compression_figure",
    "compression_pictures",
    "learned_arrows_figure",
    "learned_copying",
    "learned_floor_loss",
    "learned_halves",
    "learned_halves_figure",
    "learned_loss_figure",
    "learned_moved",
    "learned_moved_figure",
    "learned_unlearned_loss",
    "learned_works",
    "schools_curves_figure",
    "schools_figure",
    "schools_guided",
    "trained_nets",
]


@st.cache_resource(max_entries=16, show_spinner=False)
def learned_works(n: int, seed: int) -> np.ndarray:
    """The works a network learns from (:func:`painter.learned.training_works`), read-only."""
    return frozen(_learned.training_works(n, seed))


@st.cache_data(max_entries=16, show_spinner=False)
def learned_unlearned_loss(n: int, seed: int) -> float:
    """A network that adds nothing: its loss on the works of (N, seed) (:func:`~painter.loss_scale.unlearned_loss`)."""
    return loss_scale.unlearned_loss(learned_works(n, seed), seed=seed)


@st.cache_data(max_entries=16, show_spinner=False)
def learned_floor_loss(n: int, seed: int) -> float:
    """The loss of the best possible denoiser for the works of (N, seed) (:func:`painter.loss_scale.floor_loss`)."""
    return loss_scale.floor_loss(learned_works(n, seed), seed=seed)


class NetStore:
    """Trained networks by (N, seed), the oldest dropped beyond ``size``: a cache a progress bar can watch.

    ``st.cache_resource`` replays what its function drew, so a progress bar updated while it
    trains would be replayed on a hit (and fail, being drawn outside it); the training runs
    outside any cached function instead and its result is kept here, for every session.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.nets: OrderedDict[tuple[int, int], _learned.LearnedScore] = OrderedDict()
        self.lock = threading.Lock()

    def ready(self, n: int, seed: int) -> bool:
        """Whether the network for (n, seed) is trained already (the page shows a progress bar if not)."""
        with self.lock:
            return (n, seed) in self.nets

    def net(self, n: int, seed: int, on_progress=None) -> _learned.LearnedScore:
        """The network trained on :func:`learned_works` ``(n, seed)``, trained once per setting for the server."""
        key = (n, seed)
        with self.lock:
            if key in self.nets:
                self.nets.move_to_end(key)
                return self.nets[key]
        net = _learned.train(learned_works(n, seed), seed=seed, on_progress=on_progress)
        with self.lock:
            self.nets[key] = net
            while len(self.nets) > self.size:
                self.nets.popitem(last=False)
        return net


@st.cache_resource(max_entries=1, show_spinner=False)
def trained_nets() -> NetStore:
    """The server's trained networks (:class:`NetStore`, bounded by :data:`painter.learned.NETS_KEPT`)."""
    return NetStore(_learned.NETS_KEPT)


def _exact() -> Mixture:
    """The mixture the learned score is compared with (:data:`painter.learned.EXACT_MODEL`)."""
    return mixture(*_learned.EXACT_MODEL)


@st.cache_resource(max_entries=32, show_spinner=False)
def learned_arrows_figure(n: int, seed: int, sigma: float, labels: tuple[tuple[str, str], ...]) -> FrozenFigure:
    """The learned arrows over the exact ones at σ, with the training works."""
    net = trained_nets().net(n, seed)
    grid = _diffusion.arrow_grid(7, span=(0.0, 255.0))  # 7 × 7: few arrows, long enough to read
    exact = _diffusion.score(_exact(), grid, sigma=sigma)
    learned = _learned.score(net, grid, sigma)
    return freeze(figures.arrows_figure(grid, learned, exact, learned_works(n, seed), labels=dict(labels)))


@st.cache_resource(max_entries=16, show_spinner=False)
def learned_moved(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Works made from the same noise by the learned and by the exact score (:func:`painter.learned.moved`)."""
    net = trained_nets().net(n, seed)
    made = _learned.moved(net, _exact(), _learned.POINTS, np.random.default_rng([seed, 7]))
    return tuple(frozen(a) for a in made)


@st.cache_resource(max_entries=16, show_spinner=False)
def learned_moved_figure(n: int, seed: int, labels: tuple[tuple[str, str], ...]) -> FrozenFigure:
    by_learned, by_exact = learned_moved(n, seed)
    return freeze(figures.moved_figure(by_learned, by_exact, learned_works(n, seed), labels=dict(labels)))


@st.cache_resource(max_entries=16, show_spinner=False)
def learned_loss_figure(n: int, seed: int, labels: tuple[tuple[str, str], ...]) -> FrozenFigure:
    return freeze(figures.loss_figure(trained_nets().net(n, seed).losses, labels=dict(labels)))


@st.cache_resource(max_entries=16, show_spinner=False)
def learned_copying(n: int, seed: int) -> tuple[float, float]:
    """Median distance from a learned work to its nearest training work, and from an unseen work
    (:func:`painter.learned.copying`)."""
    return _learned.copying(learned_moved(n, seed)[0], learned_works(n, seed), seed)


@st.cache_resource(max_entries=16, show_spinner=False)
def learned_halves(size: int, seed: int) -> _learned.Halves:
    """Two networks on two disjoint halves of ``size`` works each (:func:`painter.learned.halves`)."""
    return _learned.halves(size, seed=seed)


@st.cache_resource(max_entries=8, show_spinner=False)
def learned_halves_figure(seed: int, labels: tuple[tuple[str, str], ...]) -> FrozenFigure:
    """Memorise or generalise against N (:data:`painter.learned.HALVES_SIZES`)."""
    medians = [learned_halves(size, seed).medians() for size in _learned.HALVES_SIZES]
    to_own, fresh_to_own, between = (list(line) for line in zip(*medians, strict=True))
    return freeze(figures.halves_figure(_learned.HALVES_SIZES, to_own, fresh_to_own, between, labels=dict(labels)))


@st.cache_resource(max_entries=8, show_spinner=False)
def schools_guided(school: int, k: int = _guidance.SCHOOLS) -> _guidance.GuidedSchool:
    """Works for one school of the step-5 mixture with ``k`` components at every guidance scale."""
    return _guidance.guide_school(mixture(k, "full"), school)


@st.cache_resource(max_entries=64, show_spinner=False)
def schools_figure(school: int, guidance: float, labels: tuple[tuple[str, str], ...]) -> FrozenFigure:
    """The works guided towards ``school`` at the scale nearest ``guidance``, over the schools."""
    guided = schools_guided(school)
    chosen = mixture(_guidance.SCHOOLS, "full")
    points = guided.points[guided.row(guidance)]
    return freeze(figures.guided_figure(points, works(), chosen.means, chosen.covariances, school, labels=dict(labels)))


@st.cache_resource(max_entries=64, show_spinner=False)
def schools_curves_figure(school: int, guidance: float, labels: tuple[tuple[str, str], ...]) -> FrozenFigure:
    guided = schools_guided(school)
    return freeze(
        figures.guided_curves(guided.guidances, guided.agreement, guided.variety, guidance, labels=dict(labels))
    )


@st.cache_resource(max_entries=len(_compress.DIMS), show_spinner=False)
def compression(k: int) -> _compress.Compression:
    """Step 7a's "why compress first" for k PCA dimensions (:func:`painter.compress.compress`)."""
    train, _, held_out, _ = prompt_data()
    return _compress.compress(train, held_out, k, prompt_judge()[0])


@st.cache_resource(max_entries=8, show_spinner=False)
def compression_figure(k: int, labels: tuple[tuple[str, str], ...]) -> FrozenFigure:
    rows = [compression(d) for d in _compress.DIMS]
    return freeze(
        figures.compress_figure(
            _compress.DIMS,
            [r.error for r in rows],
            [r.quality for r in rows],
            [r.likelihood for r in rows],
            k,
            labels=dict(labels),
        )
    )


@st.cache_data(max_entries=len(_compress.DIMS), show_spinner=False)
def compression_pictures(k: int, shown: int = 8) -> tuple[bytes, bytes, bytes]:
    """PNGs of ``shown`` digits each: held-out digits, the same rebuilt from k numbers, and digits drawn in k
    dimensions."""
    _, _, held_out, _ = prompt_data()
    made = compression(k)
    return tuple(
        images.png_bytes(_digits.tile(row[:shown], per_row=shown, scale=5))
        for row in (held_out, made.rebuilt, made.drawn)
    )
