"""Prompt → picture: a digit asked for, made by guided reverse diffusion, and checked for copying.

The prompt is a digit 0–9. One Gaussian mixture per digit class, learned
through PCA as in :mod:`painter.digits`, is the prompt's distribution
p(picture | digit); their sum weighted by how common each digit is, is
p(picture). A text-to-image model does the same with a sentence instead of a
digit: the prompt picks a conditional distribution of pictures.

Pictures are made by reverse diffusion in 64 dimensions with the exact score
of the noised mixtures (every covariance + σ²·I, see :mod:`painter.diffusion`),
steered by classifier-free guidance (Ho & Salimans, 2022):

    score = (1 + w) · ∇log p_σ(x | digit) − w · ∇log p_σ(x),

optionally only at low noise levels (Kynkäänniemi et al., 2024). Each
covariance is factored once per model (an eigendecomposition), so every
noise level is only a shift of the eigenvalues.

Beside the learned model, a *memoriser*: one tiny Gaussian per training
picture, whose exact score is that of the training pictures themselves. It
generates with the same sampler, and copies. An independent *judge* (a
logistic regression trained on the real training digits, not on anything the
generator made) reads what was generated.
"""

from __future__ import annotations

from dataclasses import dataclass
from numbers import Integral

import numpy as np
from sklearn.linear_model import LogisticRegression

from painter import diffusion
from painter import digits as _digits
from painter.digits import DIGITS, labelled_split
from painter.images import to_pixels
from painter.judging import agreement, judge, near_copies, real_variety, variety
from painter.mixture import Mixture
from painter.model import _thread_pools
from painter.readonly import seal

__all__ = [
    "COMPARED",
    "COMPONENTS",
    "DIGITS",
    "GUIDANCE_MAX",
    "LOW_NOISE",
    "MEMORY_SPREAD",
    "NEAR_COPY",
    "PAIRS",
    "SHOWN",
    "SIGMA_MAX",
    "STEPS",
    "STRIP_POINTS",
    "TRADEOFF_GUIDANCES",
    "TRADEOFF_N",
    "TRADEOFF_STEPS",
    "Generation",
    "PromptModel",
    "Request",
    "agreement",
    "fit",
    "generate",
    "generate_path",
    "judge",
    "labelled_split",
    "levels",
    "memoriser",
    "near_copies",
    "real_variety",
    "strip_columns",
    "tradeoff",
    "variety",
]

#: Components of each digit's mixture, and the PCA dimensions it is learned in (about 160
#: training pictures per digit: a few components of a 20-D Gaussian are what they support).
COMPONENTS = 3
PCA_DIMS = 20
#: Largest noise level (grey levels). At σ = 300 the noised digits are a wide Gaussian cloud
#: (every pixel's own spread is at most about 110), which is where both samplers start; they end
#: at step 7's smallest level (:data:`painter.diffusion.SIGMA_MIN`), then step to 0.
SIGMA_MAX = 300.0
STEPS = 100
GUIDANCE_MAX = 10.0
#: Guidance "only at low noise" applies it only where σ is at most this (grey levels).
LOW_NOISE = 40.0
#: The memoriser's Gaussians: standard deviation of each, in grey levels (tiny: pictures are 0–255).
MEMORY_SPREAD = 2.0
#: A "near copy" is closer than this to a training picture (Euclidean over 64 pixels, grey levels).
#: Real held-out digits are 120 or more from their nearest training digit (median about 260);
#: the memoriser's pictures are about 8·MEMORY_SPREAD = 16 from theirs.
NEAR_COPY = 50.0

#: What step 8 shows: pictures generated at once (their first ``SHOWN`` in the strip), results shown
#: beside their nearest training picture per model, and the columns of the exported strip.
COMPARED = 12
SHOWN = 8
PAIRS = 6
STRIP_POINTS = 7
#: The trade-off curves: guidance values, pictures per digit, and the sampler's steps.
TRADEOFF_GUIDANCES = (0.0, 1.0, 2.0, 4.0, 7.0, 10.0)
TRADEOFF_N = 10
TRADEOFF_STEPS = 30


@dataclass(frozen=True)
class PromptModel:
    """One mixture per digit, and their sum.

    Attributes
    ----------
    conditional : tuple of 10 Mixture
        p(picture | digit) for digits 0–9 (64 pixels). Each one's mean and covariance
        (:attr:`~painter.mixture.Mixture.moments`), widened by σ_max², is where diffusion starts.
    marginal : Mixture
        p(picture) = Σ_digit prior(digit) · p(picture | digit): the same components, reweighted.
    priors : ndarray of shape (10,)
        How common each digit is among the training pictures.
    """

    conditional: tuple[Mixture, ...]
    marginal: Mixture
    priors: np.ndarray

    def __post_init__(self) -> None:
        seal(self)  # read-only, like its mixtures: one model serves every session


@dataclass(frozen=True)
class Request:
    """What a visitor asks step 8 for: one picture prompt and the sampler's settings.

    Frozen and made of plain values, so the page passes one request to every cached call that
    needs it (and they key on it) instead of the same five settings to each.
    """

    digit: int
    guidance: float = 0.0
    steps: int = STEPS
    method: str = "ode"
    seed: int = 0

    def __post_init__(self) -> None:
        _check_request(self.digit, 1, self.guidance, self.steps, self.method)


@dataclass(frozen=True)
class Generation:
    """What :func:`generate_path` returns.

    Attributes
    ----------
    pictures : ndarray of shape (n, 64), dtype uint8
        The generated pictures as shown (rounded, clipped to 0–255).
    raw : ndarray of shape (n, 64)
        The same before rounding and clipping.
    levels : ndarray of shape (steps + 1,)
        Noise level of each point of the path (the last is 0).
    path : ndarray of shape (steps + 1, n, 64)
        The pictures after each step (``path[0]`` is the start noise).
    predicted : ndarray of shape (steps + 1, n, 64)
        The model's prediction of the final picture at each step: x + σ²·score (the guided score),
        Tweedie's formula for the expected clean picture.
    """

    pictures: np.ndarray
    raw: np.ndarray
    levels: np.ndarray
    path: np.ndarray
    predicted: np.ndarray

    def __post_init__(self) -> None:
        seal(self)  # read-only: a generation is cached for every session that asks for the same one


def _assemble(parts: list[Mixture], priors: np.ndarray, marginal: Mixture | None = None) -> PromptModel:
    """A PromptModel from each digit's mixture; p(picture) joins their components, each weighted by its prior."""
    if marginal is None:
        marginal = Mixture(
            np.concatenate(
                [prior * part.weights / part.weights.sum() for prior, part in zip(priors, parts, strict=True)]
            ),
            np.concatenate([part.means for part in parts]),
            np.concatenate([part.covariances for part in parts]),
        )
    return PromptModel(tuple(parts), marginal, priors)


def fit(pictures, labels, seed: int = 0) -> PromptModel:
    """Learn p(picture | digit) for every digit, and p(picture).

    Parameters
    ----------
    pictures : array-like of shape (n, 64)
        Pixel values 0–255.
    labels : array-like of shape (n,)
        Integers 0–9, every digit present.
    seed : int, default=0
        Seed of PCA and of the k-means start: the same inputs give the same model.

    Returns
    -------
    model : PromptModel
    """
    pictures, labels = _digits.checked_labelled(pictures, labels)
    parts = []
    for digit in DIGITS:
        own = pictures[labels == digit]
        with _single_thread():
            fitted = _digits.fit(own, min(COMPONENTS, len(own)), seed, pca_dims=min(PCA_DIMS, len(own) - 1))
        parts.append(fitted.mixture)
    priors = np.bincount(labels, minlength=10) / len(labels)
    return _assemble(parts, priors)


def memoriser(pictures, labels, spread: float = MEMORY_SPREAD) -> PromptModel:
    """A model that has memorised its training pictures: one tiny Gaussian on each.

    p(picture | digit) is the mixture of N(x_i, spread²·I) over the training pictures x_i of that
    digit, equal weights; its exact score is that of the training pictures themselves, blurred
    by σ. Diffusion with this score can only end near a training picture.

    Returns
    -------
    model : PromptModel
        Usable with :func:`generate` like a learned model.
    """
    pictures, labels = _digits.checked_labelled(pictures, labels)
    if not spread > 0:
        raise ValueError("spread must be > 0")
    d = pictures.shape[1]
    tiny = spread**2 * np.eye(d)  # one matrix, seen by every component (nothing copied per picture)
    order = np.argsort(labels, kind="stable")
    counts = np.bincount(labels, minlength=10)
    parts = [
        Mixture(np.full(k, 1.0 / k), pictures[labels == digit], np.broadcast_to(tiny, (k, d, d)))
        for digit, k in zip(DIGITS, counts, strict=True)
    ]
    priors = counts / len(labels)
    marginal = Mixture(np.repeat(priors / counts, counts), pictures[order], np.broadcast_to(tiny, (len(labels), d, d)))
    return _assemble(parts, priors, marginal)


def _check_request(digit, n, guidance, steps, method) -> None:
    if isinstance(digit, bool) or not isinstance(digit, Integral) or not 0 <= digit <= 9:
        raise ValueError(f"digit must be an integer from 0 to 9, got {digit!r}")
    if isinstance(n, bool) or not isinstance(n, Integral) or n < 1:
        raise ValueError(f"n must be a positive integer, got {n!r}")
    if not isinstance(guidance, (int, float, np.floating, np.integer)) or not 0 <= guidance < np.inf:
        raise ValueError(f"guidance must be a number >= 0, got {guidance!r}")
    if isinstance(steps, bool) or not isinstance(steps, Integral) or not 1 <= steps <= 1000:
        raise ValueError(f"steps must be an integer from 1 to 1000, got {steps!r}")
    if method not in diffusion.METHODS:
        raise ValueError(f"method must be one of {diffusion.METHODS}, got {method!r}")


def guided(model: PromptModel, digit: int, guidance: float, low_noise_only: bool = False):
    """The guided score of ``digit`` as ``score_t(xt, sigma)`` on points as columns (d, n)."""
    cond = model.conditional[digit].factored

    def score_t(xt: np.ndarray, sigma: float) -> np.ndarray:
        w = _guidance_at(guidance, low_noise_only, sigma)
        return diffusion.guide(model.marginal, cond.score_t(xt, sigma), xt, sigma=sigma, guidance=w)

    return score_t


def _guidance_at(guidance: float, low_noise_only: bool, sigma: float) -> float:
    """The guidance scale used at level ``sigma``: none above :data:`LOW_NOISE` when guiding only at low noise."""
    return guidance if not low_noise_only or sigma <= LOW_NOISE else 0.0


def generate(
    model: PromptModel,
    digit: int,
    n: int,
    rng: np.random.Generator,
    *,
    guidance: float = 0.0,
    steps: int = STEPS,
    method: str = "ode",
    low_noise_only: bool = False,
) -> np.ndarray:
    """Make ``n`` pictures of ``digit`` by guided reverse diffusion.

    Parameters
    ----------
    model : PromptModel
        From :func:`fit` (or :func:`memoriser`).
    digit : int
        The prompt, 0–9.
    n : int
        Number of pictures.
    rng : numpy.random.Generator
        The only source of randomness: the same generator state gives the same pictures.
    guidance : float, default=0.0
        The guidance scale w >= 0 (0: plain p(picture | digit)).
    steps : int, default=STEPS
        Noise levels, geometric from :data:`SIGMA_MAX` down to :data:`painter.diffusion.SIGMA_MIN`;
        then a last step to 0.
    method : {"langevin", "ode"}, default="ode"
        The sampler (see :func:`painter.diffusion.sample`). Both start from a Gaussian with the
        digit's mean and covariance widened by σ_max², as Stable Diffusion starts from Gaussian noise.
    low_noise_only : bool, default=False
        Guide only where σ <= ``LOW_NOISE`` (Kynkäänniemi et al., 2024); plain score above.

    Returns
    -------
    pictures : ndarray of shape (n, 64), dtype uint8
        The pictures as shown (rounded and clipped to 0–255).

    See Also
    --------
    generate_path : the same pictures with the whole path and the predicted final picture at each step.
    """
    _check_request(digit, n, guidance, steps, method)
    sigmas = levels(steps)
    start = _start(model, digit, n, rng, sigmas[0])
    score_t = guided(model, digit, float(guidance), low_noise_only)
    return to_pixels(
        _last(diffusion.reverse(score_t, np.ascontiguousarray(start.T), sigmas, rng, method=method), start)
    )


def generate_path(model: PromptModel, request: Request, n: int, *, low_noise_only: bool = False) -> Generation:
    """:func:`generate` for ``request`` (its seed starts the generator), keeping the whole path.

    The predicted final picture of each step is x + σ²·score at the step's own start: the score
    the sampler evaluated there already (:func:`painter.diffusion.reverse` with ``scores``).

    Returns
    -------
    generation : Generation
        The same pictures as ``generate(model, request.digit, n, default_rng(request.seed), ...)``.
    """
    _check_request(request.digit, n, request.guidance, request.steps, request.method)
    rng = np.random.default_rng(request.seed)
    sigmas = levels(request.steps)
    start = _start(model, request.digit, n, rng, sigmas[0])
    score_t = guided(model, request.digit, float(request.guidance), low_noise_only)
    path = np.empty((request.steps + 1, *start.shape))
    path[0] = start
    predicted = np.empty_like(path)
    steps = diffusion.reverse(score_t, np.ascontiguousarray(start.T), sigmas, rng, method=request.method, scores=True)
    with _single_thread():
        for i, (xt, score) in enumerate(steps):
            path[i + 1] = xt.T
            predicted[i] = path[i] + sigmas[i] ** 2 * score.T
    predicted[-1] = path[-1]
    return Generation(to_pixels(path[-1]), path[-1].copy(), diffusion.path_levels(sigmas), path, predicted)


def strip_columns(steps: int, points: int = STRIP_POINTS) -> np.ndarray:
    """Which points of a path of ``steps`` steps the exported strip shows: the start, steps spread evenly
    in log σ, and the end (at most ``points``, increasing, shape (m,))."""
    return np.unique(np.rint(np.geomspace(1, steps + 1, points)).astype(int) - 1)


def levels(steps: int) -> np.ndarray:
    """Step 8's noise levels (steps,): geometric from :data:`SIGMA_MAX` down to step 7's smallest level."""
    return diffusion.noise_levels(SIGMA_MAX, diffusion.SIGMA_MIN, steps)


def _start(model: PromptModel, digit: int, n: int, rng, sigma_max: float) -> np.ndarray:
    """Start noise (n, d): a Gaussian with the digit's mean and covariance widened by ``sigma_max``²."""
    return diffusion.gaussian_start(*model.conditional[digit].moments, n, sigma_max, rng)


def _last(walk, start: np.ndarray) -> np.ndarray:
    """Run the steps; the points after the last one, shape (n, d)."""
    xt = start.T
    with _single_thread():
        for xt in walk:  # noqa: B007 -- only the last step is kept
            pass
    return xt.T


def _single_thread():
    """One BLAS thread: the products here are small (a few thousand rows × 64 × 16), and two
    threads fighting over a busy machine made them 10× slower (measured: 5 ms against 0.4 ms)."""
    return _thread_pools().limit(limits=1)


def tradeoff(
    model: PromptModel,
    judge: LogisticRegression,
    guidances,
    n: int,
    seed: int = 0,
    *,
    steps: int = 40,
    method: str = "ode",
    low_noise_only: bool = False,
) -> dict[str, np.ndarray]:
    """What guidance trades, digit by digit: ``n`` pictures of every digit at each guidance.

    Returns
    -------
    curves : dict of ndarray of shape (len(guidances),)
        ``"guidance"``; ``"agreement"``: share the judge reads as the prompt; ``"variety"``: average
        distance between two pictures of the same prompt (mean over digits, grey levels);
        ``"outside"``: share of pixel values outside 0–255 before clipping.
    """
    _check_request(0, n, 0.0, steps, method)
    guidances = np.asarray(guidances, dtype=float)
    if np.any(~np.isfinite(guidances)) or np.any(guidances < 0):
        raise ValueError("guidance values must be numbers >= 0")
    sigmas = levels(steps)
    curves = {key: np.zeros(len(guidances)) for key in ("agreement", "variety", "outside")}
    # all ten digits in one batch: p(picture) is evaluated once for every picture at each step;
    # the same start noise for every w
    start = np.concatenate([_start(model, d, n, np.random.default_rng([seed, d]), sigmas[0]) for d in DIGITS])
    for i, w in enumerate(guidances):
        walk = diffusion.reverse(
            _guided_batch(model, n, float(w), low_noise_only),
            np.ascontiguousarray(start.T),
            sigmas,
            np.random.default_rng([seed, 10]),
            method=method,
        )
        raw = _last(walk, start)
        for digit in DIGITS:
            own = raw[digit * n : (digit + 1) * n]
            pictures = to_pixels(own)
            curves["agreement"][i] += agreement(judge, pictures, digit) / len(DIGITS)
            curves["variety"][i] += variety(pictures) / len(DIGITS)
            curves["outside"][i] += np.mean((own < -0.5) | (own > 255.5)) / len(DIGITS)
    return {"guidance": guidances, **curves}


def _guided_batch(model: PromptModel, n: int, guidance: float, low_noise_only: bool):
    """:func:`guided` for ``n`` pictures of each digit 0–9 side by side (columns ``d·n .. d·n + n − 1``)."""

    def score_t(xt: np.ndarray, sigma: float) -> np.ndarray:
        cond = np.empty_like(xt)
        for d in DIGITS:
            cond[:, d * n : (d + 1) * n] = model.conditional[d].factored.score_t(xt[:, d * n : (d + 1) * n], sigma)
        w = _guidance_at(guidance, low_noise_only, sigma)
        return diffusion.guide(model.marginal, cond, xt, sigma=sigma, guidance=w)

    return score_t
