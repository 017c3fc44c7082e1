"""Same noise, ten prompts: what the start noise carries and what the prompt does (step 8).

One start noise is run to a picture by the probability-flow ODE once for each
of the ten digits as the prompt (:mod:`painter.prompt`'s guided score). The
ODE has no noise of its own, so the picture is a function of the start noise
and the prompt alone: whatever the ten results share (how much ink, how much
slant) the noise carried, and the prompt chose the digit. The measure is the
one of step 6a (:func:`painter.handwriting.carry_over`): over many start
noises, the correlation between one digit's deviation from its digit's
average and another digit's from the same noise, against the same pairs
with the noises shuffled (≈ 0).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from threadpoolctl import threadpool_limits

from painter import diffusion, prompt
from painter.handwriting import STATISTICS, ink, slant
from painter.images import to_pixels
from painter.readonly import seal

__all__ = ["NOISES", "SharedNoise", "carried", "ten_prompts"]

#: Start noises run through all ten prompts: enough pairs for the correlation to settle.
NOISES = 12


@dataclass(frozen=True)
class SharedNoise:
    """Every start noise through every prompt, and what the noise carried.

    Attributes
    ----------
    pictures : ndarray of shape (noises, 10, 64), dtype uint8
        ``pictures[i, d]``: start noise ``i`` with the prompt ``d``.
    shared : ndarray of shape (2,)
        Correlation of ink and slant (:data:`painter.handwriting.STATISTICS`) between two
        digits made from the same noise.
    shuffled : ndarray of shape (2,)
        The same between two digits made from different noises (the baseline, ≈ 0).
    """

    pictures: np.ndarray
    shared: np.ndarray
    shuffled: np.ndarray

    def __post_init__(self) -> None:
        seal(self)


def _starts(model: prompt.PromptModel, digit: int, noise: np.ndarray, sigma_max: float) -> np.ndarray:
    """The shared standard normal ``noise`` (n, 64) as start points of ``digit``: its Gaussian widened by σ_max²,
    as :func:`painter.prompt.generate` starts (there from noise of its own)."""
    mean, covariance = model.conditional[digit].moments
    return mean + noise @ np.linalg.cholesky(covariance + sigma_max**2 * np.eye(len(mean))).T


def ten_prompts(model: prompt.PromptModel, noise, *, steps: int, guidance: float = 0.0) -> np.ndarray:
    """Each start noise made into each digit 0–9 by the probability-flow ODE.

    Parameters
    ----------
    model : PromptModel
    noise : array-like of shape (n, 64)
        Standard normal draws, one start noise per row, shared by all ten prompts.
    steps : int
        Noise levels of the sampler (as on step 8).
    guidance : float, default=0.0
        The guidance scale w.

    Returns
    -------
    pictures : ndarray of shape (n, 10, 64), dtype uint8

    Raises
    ------
    ValueError
        For noise of another shape or non-finite, steps below 1, or guidance outside 0–``GUIDANCE_MAX``.
    """
    noise = np.asarray(noise, dtype=float)
    pixels = model.marginal.means.shape[1]
    if noise.ndim != 2 or noise.shape[1] != pixels or not np.isfinite(noise).all():
        raise ValueError(f"noise must be finite with shape (n, {pixels})")
    if isinstance(steps, bool) or not isinstance(steps, int | np.integer) or steps < 1:
        raise ValueError(f"steps must be a positive integer, got {steps!r}")
    if not 0.0 <= float(guidance) <= prompt.GUIDANCE_MAX:
        raise ValueError(f"guidance must be 0–{prompt.GUIDANCE_MAX:g}, got {guidance!r}")
    sigmas = prompt.levels(steps)
    rng = np.random.default_rng(0)  # the ODE draws nothing; reverse asks for a generator all the same
    made = np.empty((len(noise), len(prompt.DIGITS), noise.shape[1]))
    with threadpool_limits(limits=1):  # small products: one BLAS thread is faster on a busy machine (see prompt)
        for digit in prompt.DIGITS:
            walk = diffusion.reverse(
                prompt.guided(model, digit, float(guidance)),
                np.ascontiguousarray(_starts(model, digit, noise, sigmas[0]).T),
                sigmas,
                rng,
                method="ode",
            )
            *_, last = walk  # only the end of each path is kept
            made[:, digit] = last.T
    return to_pixels(made)


def _deviations(pictures: np.ndarray) -> np.ndarray:
    """Ink and slant of every picture (n, 10, 64) less their digit's average over the noises: (n, 10, 2)."""
    statistics = np.stack([ink(pictures), slant(pictures)], axis=-1)
    return statistics - statistics.mean(axis=0, keepdims=True)


def _correlations(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    return np.array([np.corrcoef(first[:, k], second[:, k])[0, 1] for k in range(len(STATISTICS))])


def carried(pictures, rng: np.random.Generator) -> SharedNoise:
    """How much ink and slant one start noise carries from one prompt's picture to another's.

    Parameters
    ----------
    pictures : array-like of shape (n, 10, 64)
        From :func:`ten_prompts`; n >= 3.
    rng : numpy.random.Generator
        Shuffles the noises for the baseline (each noise paired with another one).

    Returns
    -------
    SharedNoise
    """
    pictures = np.asarray(pictures)
    n = len(pictures)
    if pictures.ndim != 3 or pictures.shape[1] != len(prompt.DIGITS) or n < 3:
        raise ValueError("pictures must have shape (n >= 3, 10, 64)")
    deviation = _deviations(pictures.astype(float))
    first, second = np.triu_indices(len(prompt.DIGITS), 1)
    shared = _correlations(deviation[:, first].reshape(-1, 2), deviation[:, second].reshape(-1, 2))
    other = (np.arange(n) + rng.integers(1, n)) % n  # every noise paired with a different one
    shuffled = _correlations(deviation[:, first].reshape(-1, 2), deviation[other][:, second].reshape(-1, 2))
    return SharedNoise(to_pixels(pictures), shared, shuffled)
