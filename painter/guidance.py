"""Guidance where it matters: the prompt is one school of the 2-pixel contest.

Step 8's digits barely overlap, so guiding them changes little. The contest's
three schools do overlap: the step-5 mixture's components are the classes,
component k is p(x | school k) and the whole mixture is p(x). Classifier-free
guidance (Ho & Salimans, 2022) follows

    (1 + w) · ∇log p_σ(x | school) − w · ∇log p_σ(x),

both exact (:mod:`painter.diffusion`): as w grows the points are pushed away
from where the other schools are likely and drawn together. What that buys
and costs is read exactly: **agreement** is the mean posterior p(school | x)
of the points under the mixture (Bayes' rule, no judge needed), **variety**
the mean distance between two of them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from painter import diffusion
from painter.model import Mixture, log_density
from painter.readonly import seal

__all__ = ["GUIDANCES", "SCHOOLS", "GuidedSchool", "agreement", "guide_school", "posterior", "variety"]

#: The guidance scales the page compares: step 8's slider, 0 to 10 by 0.5.
GUIDANCES = tuple(0.5 * i for i in range(21))
#: Step 8's schools: the step-5 mixture with this many components (3 barely overlap; 6 do).
SCHOOLS = 6


@dataclass(frozen=True)
class GuidedSchool:
    """Points made for one school at each guidance scale, from the same start noise.

    Attributes
    ----------
    school : int
    guidances : ndarray of shape (g,)
    points : ndarray of shape (g, n, 2)
        The generated works at each scale (grey levels, real-valued).
    agreement : ndarray of shape (g,)
        Mean posterior p(school | x) of the points at each scale.
    variety : ndarray of shape (g,)
        Mean distance between two of the points at each scale (grey levels).
    """

    school: int
    guidances: np.ndarray
    points: np.ndarray
    agreement: np.ndarray
    variety: np.ndarray

    def __post_init__(self) -> None:
        seal(self)

    def row(self, guidance: float) -> int:
        """The row of the scale nearest ``guidance`` (what the page shows for the visitor's w)."""
        return int(np.argmin(np.abs(self.guidances - guidance)))


def posterior(mixture: Mixture, x) -> np.ndarray:
    """p(school | x) for every point x (n, d) and school: shape (n, k), rows summing to 1."""
    x = np.atleast_2d(np.asarray(x, dtype=float))
    parts = np.column_stack(
        [np.log(mixture.weights[k]) + log_density(mixture.component(k), x) for k in range(mixture.n_components)]
    )
    parts -= parts.max(axis=1, keepdims=True)
    odds = np.exp(parts)
    return odds / odds.sum(axis=1, keepdims=True)


def agreement(mixture: Mixture, school: int, x) -> float:
    """Mean posterior p(school | x) of the points x (n, d) under ``mixture``."""
    return float(posterior(mixture, x)[:, school].mean())


def variety(x) -> float:
    """Mean distance between two different points of x (n, d); 0 for fewer than two."""
    x = np.atleast_2d(np.asarray(x, dtype=float))
    if len(x) < 2:
        return 0.0
    gaps = np.sqrt(((x[:, None, :] - x[None, :, :]) ** 2).sum(axis=-1))
    return float(gaps.sum() / (len(x) * (len(x) - 1)))


def guide_school(
    mixture: Mixture, school: int, guidances=GUIDANCES, *, n: int = 200, seed: int = 0, steps: int = 100
) -> GuidedSchool:
    """Works for one school by guided reverse diffusion, at every guidance scale.

    The probability-flow ODE (Heun, step 7's schedule for the ODE, 150 → 0.5 → 0) from the
    same Gaussian start for every scale, matched to the school's own component blurred by
    σ = 150, so that w = 0 draws from the school itself.

    Parameters
    ----------
    mixture : Mixture
        The learned mixture; its components are the schools.
    school : int
        The prompt, 0 .. k − 1.
    guidances : array-like of shape (g,)
        Guidance scales w >= 0.
    n : int, default=200
    seed : int, default=0
        Seeds the start noise.
    steps : int, default=100

    Returns
    -------
    guided : GuidedSchool
    """
    k = mixture.n_components
    if isinstance(school, bool) or not isinstance(school, (int, np.integer)) or not 0 <= school < k:
        raise ValueError(f"school must be one of 0..{k - 1}, got {school!r}")
    guidances = np.asarray(guidances, dtype=float).reshape(-1)
    if len(guidances) == 0 or not np.isfinite(guidances).all() or np.any(guidances < 0):
        raise ValueError("guidances must be finite numbers >= 0")
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n must be a positive integer, got {n!r}")
    cond = mixture.component(school)
    sigmas = diffusion.default_levels("ode", steps)
    start = diffusion.gaussian_start(*cond.moments, n, sigmas[0], np.random.default_rng(seed))
    points = np.empty((len(guidances), n, 2))
    for i, w in enumerate(guidances):

        def score_t(xt: np.ndarray, sigma: float, w: float = float(w)) -> np.ndarray:
            return diffusion.guide(mixture, cond.factored.score_t(xt, sigma), xt, sigma=sigma, guidance=w)

        # the ODE draws no noise: the generator is never used
        *_, end = diffusion.reverse(
            score_t, np.ascontiguousarray(start.T), sigmas, np.random.default_rng(0), method="ode"
        )
        points[i] = end.T
    agree = np.array([agreement(mixture, school, p) for p in points])
    spread = np.array([variety(p) for p in points])
    return GuidedSchool(int(school), guidances, points, agree, spread)
