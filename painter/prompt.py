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
from painter.images import to_pixels
from painter.model import _thread_pools
from painter.neighbours import nearest
from painter.readonly import seal

__all__ = [
    "COMPONENTS",
    "DIGITS",
    "GUIDANCE_MAX",
    "LOW_NOISE",
    "MEMORY_SPREAD",
    "NEAR_COPY",
    "SIGMA_RANGE",
    "STEPS",
    "Generation",
    "PromptModel",
    "agreement",
    "fit",
    "generate",
    "judge",
    "labelled_split",
    "memoriser",
    "near_copies",
    "tradeoff",
    "variety",
]

DIGITS = tuple(range(10))
#: Components of each digit's mixture, and the PCA dimensions it is learned in (about 160
#: training pictures per digit: a few components of a 20-D Gaussian are what they support).
COMPONENTS = 3
PCA_DIMS = 20
#: Largest and smallest noise level (grey levels). At σ = 300 the noised digits are a wide
#: Gaussian cloud (every pixel's own spread is at most about 110), which is where both samplers
#: start; the last step goes from σ = 0.5 to 0.
SIGMA_RANGE = (300.0, 0.5)
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


@dataclass(frozen=True)
class PromptModel:
    """One mixture per digit, factored once for diffusion.

    Attributes
    ----------
    conditional : tuple of 10 FactoredMixture
        p(picture | digit) for digits 0–9.
    marginal : FactoredMixture
        p(picture) = Σ_digit prior(digit) · p(picture | digit): the same factors, reweighted.
    starts : ndarray of shape (10, 64), and
    start_covariances : ndarray of shape (10, 64, 64)
        Mean and covariance of each p(picture | digit): the start noise is a Gaussian with these
        moments widened by σ_max² (see :func:`generate`).
    priors : ndarray of shape (10,)
        How common each digit is among the training pictures.
    """

    conditional: tuple[diffusion.FactoredMixture, ...]
    marginal: diffusion.FactoredMixture
    starts: np.ndarray
    start_covariances: np.ndarray
    priors: np.ndarray

    def __post_init__(self) -> None:
        seal(self)  # read-only, like its mixtures: one model serves every session


@dataclass(frozen=True)
class Generation:
    """What :func:`generate` returns with ``return_path=True``.

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


def labelled_split(seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The digits with their labels, split exactly as :func:`painter.digits.split` splits them.

    Returns
    -------
    train : ndarray of shape (1500, 64)
    train_labels : ndarray of shape (1500,), dtype int
    held_out : ndarray of shape (297, 64)
    held_out_labels : ndarray of shape (297,), dtype int
    """
    pictures, labels = _digits.load_labelled()
    both_train, both_held = _digits.split(np.column_stack([pictures, labels]), seed)
    return both_train[:, :-1], both_train[:, -1].astype(int), both_held[:, :-1], both_held[:, -1].astype(int)


def _checked(pictures, labels) -> tuple[np.ndarray, np.ndarray]:
    pictures = np.asarray(pictures, dtype=float)
    labels = np.asarray(labels)
    if pictures.ndim != 2 or pictures.shape[1] != _digits.N_PIXELS or len(labels) != len(pictures):
        raise ValueError("pictures must have shape (n, 64) and labels shape (n,)")
    if not np.all(np.isfinite(pictures)) or pictures.min() < 0 or pictures.max() > 255:
        raise ValueError("pixel values must be between 0 and 255")
    if not np.issubdtype(labels.dtype, np.integer) or not set(np.unique(labels)) == set(DIGITS):
        raise ValueError("labels must be integers 0-9, every digit present")
    return pictures, labels.astype(int)


def _assemble(parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]], priors: np.ndarray) -> PromptModel:
    """A PromptModel from each digit's (weights, means, covariances): everything factored once."""
    conditional = tuple(diffusion.factor(*part) for part in parts)
    log_priors = np.log(priors)
    marginal = diffusion.FactoredMixture(
        np.concatenate([log_priors[i] + c.log_weights for i, c in enumerate(conditional)]),
        np.concatenate([c.means for c in conditional]),
        np.concatenate([c.values for c in conditional]),
        None if conditional[0].vectors is None else np.concatenate([c.vectors for c in conditional]),
        None if conditional[0].rotated is None else np.concatenate([c.rotated for c in conditional]),
    )
    moments = [diffusion._moments(*part) for part in parts]
    return PromptModel(
        conditional,
        marginal,
        np.stack([m for m, _ in moments]),
        np.stack([c for _, c in moments]),
        priors,
    )


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
    pictures, labels = _checked(pictures, labels)
    parts = []
    for digit in DIGITS:
        own = pictures[labels == digit]
        with _single_thread():
            fitted = _digits.fit(own, min(COMPONENTS, len(own)), seed, pca_dims=min(PCA_DIMS, len(own) - 1))
        parts.append(tuple(fitted.mixture))
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
    pictures, labels = _checked(pictures, labels)
    if not spread > 0:
        raise ValueError("spread must be > 0")
    parts = []
    for digit in DIGITS:
        own = pictures[labels == digit]
        k, d = own.shape
        parts.append((np.full(k, 1.0 / k), own, np.broadcast_to(spread**2 * np.eye(d), (k, d, d))))
    return _assemble(parts, np.bincount(labels, minlength=10) / len(labels))


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
    cond = model.conditional[digit]

    def score_t(xt: np.ndarray, sigma: float) -> np.ndarray:
        w = _guidance_at(guidance, low_noise_only, sigma)
        return diffusion.guide(cond.score_t(xt, sigma), model.marginal, xt, sigma, w)

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
    return_path: bool = False,
):
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
        Noise levels, geometric from ``SIGMA_RANGE[0]`` down to ``SIGMA_RANGE[1]``; then a last step to 0.
    method : {"langevin", "ode"}, default="ode"
        The sampler (see :func:`painter.diffusion.sample`). Both start from a Gaussian with the
        digit's mean and covariance widened by σ_max², as Stable Diffusion starts from Gaussian noise.
    low_noise_only : bool, default=False
        Guide only where σ <= ``LOW_NOISE`` (Kynkäänniemi et al., 2024); plain score above.
    return_path : bool, default=False
        Also return the whole path and the predicted final picture at each step.

    Returns
    -------
    pictures : ndarray of shape (n, 64), dtype uint8
        The pictures as shown (rounded and clipped to 0–255); or a :class:`Generation` if
        ``return_path``.
    """
    _check_request(digit, n, guidance, steps, method)
    sigmas = diffusion.noise_levels(*SIGMA_RANGE, steps)
    start = _start(model, digit, n, rng, sigmas[0])
    score_t = guided(model, digit, float(guidance), low_noise_only)
    if not return_path:
        return to_pixels(
            _last(diffusion.reverse(score_t, np.ascontiguousarray(start.T), sigmas, rng, method=method), start)
        )
    # Each step of reverse first evaluates the score at its own point and level (both samplers):
    # the predicted final picture x + σ²·score of that point reuses it instead of computing it again.
    firsts: list[np.ndarray] = []
    done = 0  # steps finished so far

    def keeping_first(xt: np.ndarray, sigma: float) -> np.ndarray:
        score = score_t(xt, sigma)
        if len(firsts) == done:
            firsts.append(score)
        return score

    path = np.empty((steps + 1, *start.shape))
    path[0] = start
    with _single_thread():
        for done, xt in enumerate(
            diffusion.reverse(keeping_first, np.ascontiguousarray(start.T), sigmas, rng, method=method), 1
        ):
            path[done] = xt.T
    levels = diffusion.path_levels(sigmas)
    predicted = path.copy()
    predicted[:-1] += sigmas[:, None, None] ** 2 * np.stack(firsts).transpose(0, 2, 1)
    return Generation(to_pixels(path[-1]), path[-1].copy(), levels, path, predicted)


def _start(model: PromptModel, digit: int, n: int, rng, sigma_max: float) -> np.ndarray:
    """Start noise (n, d): a Gaussian with the digit's mean and covariance widened by ``sigma_max``²."""
    return diffusion.gaussian_start(model.starts[digit], model.start_covariances[digit], n, sigma_max, rng)


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


def judge(pictures, labels, seed: int = 0) -> LogisticRegression:
    """The independent judge: a logistic regression that reads digits, trained on real pictures.

    Parameters
    ----------
    pictures : array-like of shape (n, 64)
        Real pictures, 0–255.
    labels : array-like of shape (n,)

    Returns
    -------
    judge : LogisticRegression
        Reads pictures scaled to 0–1 (see :func:`agreement`).
    """
    pictures, labels = _checked(pictures, labels)
    with _single_thread():
        return LogisticRegression(C=0.1, max_iter=2000, random_state=seed).fit(pictures / 255.0, labels)


def agreement(judge: LogisticRegression, pictures, digit) -> float:
    """The share of ``pictures`` (n, 64), values 0–255, that the judge reads as ``digit``.

    ``digit`` is one digit for all, or an array (n,) of each picture's own.
    """
    pictures = np.atleast_2d(np.asarray(pictures, dtype=float))
    return float(np.mean(judge.predict(np.clip(pictures, 0, 255) / 255.0) == digit))


def variety(pictures) -> float:
    """The average distance between two different pictures of ``pictures`` (n, 64), in grey levels."""
    pictures = np.atleast_2d(np.asarray(pictures, dtype=float))
    n = len(pictures)
    if n < 2:
        return 0.0
    squared = np.einsum("ij,ij->i", pictures, pictures)
    gaps = np.sqrt(np.maximum(squared[:, None] + squared[None, :] - 2.0 * pictures @ pictures.T, 0.0))
    return float(gaps.sum() / (n * (n - 1)))


def near_copies(pictures, train, threshold: float) -> tuple[np.ndarray, np.ndarray, float]:
    """Each picture's nearest training picture, and the share closer than ``threshold``.

    Returns
    -------
    index : ndarray of shape (n,)
    distance : ndarray of shape (n,)
    share : float
        The share of pictures at distance < ``threshold`` from a training picture.
    """
    index, distance = nearest(pictures, train)
    return index, distance, float(np.mean(distance < threshold))


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
    sigmas = diffusion.noise_levels(*SIGMA_RANGE, steps)
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
            cond[:, d * n : (d + 1) * n] = model.conditional[d].score_t(xt[:, d * n : (d + 1) * n], sigma)
        return diffusion.guide(cond, model.marginal, xt, sigma, _guidance_at(guidance, low_noise_only, sigma))

    return score_t
