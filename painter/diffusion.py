"""Diffusion in the 2-pixel world: turn noise into works with the exact score of the mixture.

A diffusion model learns the *score* of the data blurred by noise: for every
noise level σ, the gradient of log p_σ(x), where p_σ is the data distribution
with Gaussian noise of standard deviation σ added to every pixel. Generating
then means starting from noise at a large σ and following the score while σ
shrinks to zero.

Here the "data distribution" is the learned Gaussian mixture, and adding
noise to a mixture only widens every component: p_σ is the same mixture with
every covariance Σ_k replaced by Σ_k + σ²·I. So its score is known exactly and
cheaply,

    ∇ log p_σ(x) = Σ_k r_k(x) · (Σ_k + σ²I)⁻¹ (μ_k − x),

with r_k(x) the responsibility of component k for x at that noise level
(computed in log space, so it stays exact far from the data). A real
diffusion model has no formula for p_σ and trains a neural network to
approximate this function; everything else below is the same.

Two standard samplers are offered:

- ``"langevin"``: a predictor-corrector sampler (Song et al., 2021): at each
  noise level one Langevin *corrector* step (annealed Langevin dynamics, Song
  & Ermon, 2019, step size proportional to σ²) and then one *predictor* step
  of the variance-exploding reverse SDE down to the next level (its ancestral
  form: the exact reverse step when the data is a single point). The
  predictor alone is right by construction (it discretises the exact reverse
  process); the corrector pulls the points back onto p_σ, which is what lets
  the sampler start from the untrained AI's uniform pixels. The last
  predictor step goes to σ = 0, so the end points follow the mixture itself.
- ``"ode"``: the probability-flow ODE dx/dσ = -σ ∇log p_σ(x) (Song et al.,
  2021), solved deterministically with Heun's second-order steps in σ as in
  Karras et al. (2022, "EDM"). DDIM's deterministic sampler is a first-order
  solver of the same ODE.
"""

from __future__ import annotations

import itertools

import numpy as np

from painter.mixture import Mixture

__all__ = [
    "DIFFUSION_RANGE",
    "METHODS",
    "SIGMA_MIN",
    "SIGMA_RANGE",
    "arrow_grid",
    "default_levels",
    "gaussian_start",
    "guide",
    "guided_score",
    "noise_levels",
    "path_levels",
    "reverse",
    "sample",
    "score",
    "start_noise",
]

METHODS = ("langevin", "ode")

#: Largest and smallest noise level (grey levels) each sampler uses by default.
#: Langevin forgets its start, so it can begin at a σ comparable to the spread of
#: the works (about 57 grey levels) and stay on the picture plane. The ODE is
#: deterministic and must start from p_σ itself; at σ = 150 the noised mixture
#: is within 0.0002 nats (KL) of a Gaussian, which is what it starts from.
#: Every sampler of the app (step 8's included) ends at the same smallest level, then steps to σ = 0.
SIGMA_MIN = 0.5
SIGMA_RANGE = {"langevin": (60.0, SIGMA_MIN), "ode": (150.0, SIGMA_MIN)}

#: The corrector's Langevin step at level σ is ``LANGEVIN_STEP * σ²``. Plain annealed Langevin
#: (one step of size σ² per level and no predictor) lagged behind p_σ: at 100 steps its end
#: points were measurably too spread out. The predictor step now does the moving from level
#: to level, and the corrector only keeps the points on p_σ.
LANGEVIN_STEP = 0.5


def noise_levels(sigma_max: float, sigma_min: float, steps: int) -> np.ndarray:
    """A geometric noise schedule from ``sigma_max`` down to ``sigma_min``.

    Parameters
    ----------
    sigma_max, sigma_min : float
        First and last noise level, ``sigma_max >= sigma_min > 0`` (grey levels).
    steps : int
        Number of levels, at least 1.

    Returns
    -------
    sigmas : ndarray of shape (steps,)
        Decreasing, with equal ratios between neighbours (as many steps per
        halving of σ at large σ as at small σ).
    """
    if steps < 1 or not sigma_max >= sigma_min > 0:
        raise ValueError("need steps >= 1 and sigma_max >= sigma_min > 0")
    if steps == 1:
        return np.array([float(sigma_max)])
    return np.geomspace(float(sigma_max), float(sigma_min), steps)


def default_levels(method: str, steps: int) -> np.ndarray:
    """The page's schedule for ``method``: :func:`noise_levels` over :data:`SIGMA_RANGE`."""
    _check_method(method)
    return noise_levels(*SIGMA_RANGE[method], steps)


def path_levels(sigmas) -> np.ndarray:
    """The noise level each point of a trajectory from :func:`sample` is at.

    Returns
    -------
    levels : ndarray of shape (steps + 1,)
        ``levels[i]`` is the level of ``trajectory[i]``: the start is at
        ``sigmas[0]``, and step ``i`` brings the points to ``sigmas[i + 1]``;
        the last step ends at σ = 0 (both samplers).
    """
    sigmas = np.asarray(sigmas, dtype=float).reshape(-1)
    return np.append(sigmas, 0.0)


def _check_method(method: str) -> None:
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, got {method!r}")


def score(mixture: Mixture, x, *, sigma: float) -> np.ndarray:
    """The exact score ∇ log p_σ(x) of the mixture with every covariance widened by σ²·I.

    Parameters
    ----------
    mixture : Mixture
        k components over d coordinates (factored once, see :attr:`painter.mixture.Mixture.factored`).
    x : array-like of shape (n, d)
        Points at which to evaluate the score.
    sigma : float
        Noise level, ``sigma >= 0``; 0 gives the score of the mixture itself.

    Returns
    -------
    score : ndarray of shape (n, d)
        ``Σ_k r_k(x) (Σ_k + σ²I)⁻¹ (μ_k - x)``, where the responsibilities
        ``r_k`` are normalised in log space, so points far from every component
        get a finite score that points back towards the data.
    """
    if not sigma >= 0:
        raise ValueError("sigma must be >= 0")
    xt = np.ascontiguousarray(np.atleast_2d(np.asarray(x, dtype=float)).T)
    return mixture.factored.score_t(xt, float(sigma)).T


def start_noise(
    mixture: Mixture, n: int, *, sigma_max: float, rng: np.random.Generator, method: str = "langevin"
) -> np.ndarray:
    """The noise a sampler starts from.

    - ``"langevin"``: the untrained AI's output, every pixel uniform over 0..255
      (real-valued). Langevin dynamics forgets where it started, so any start
      works; this one is the story's "random pictures".
    - ``"ode"``: a Gaussian with the mean of the mixture and its covariance plus
      ``sigma_max²·I``, i.e. the noised data p_σmax matched in mean and
      covariance. The probability-flow ODE is deterministic, so its end points
      are distributed like the mixture only if its start is distributed like
      p_σmax; uniform pixels are not (for the page's σ_max = 150 the Gaussian is
      within 0.0002 nats of p_σmax, and a deterministic flow keeps that
      distance to the end). This is what Stable Diffusion does too: it starts
      from Gaussian noise, not uniform pixels.

    Returns
    -------
    x : ndarray of shape (n, d)
    """
    _check_method(method)
    if method == "langevin":
        return rng.uniform(0.0, 255.0, size=(n, mixture.n_features))
    return gaussian_start(*mixture.moments, n, sigma_max, rng)


def gaussian_start(mean: np.ndarray, covariance: np.ndarray, n: int, sigma_max: float, rng) -> np.ndarray:
    """``n`` draws (n, d) from the Gaussian with ``mean`` (d,) and ``covariance`` (d, d) widened by ``sigma_max``²·I."""
    chol = np.linalg.cholesky(covariance + float(sigma_max) ** 2 * np.eye(len(mean)))
    return mean + rng.standard_normal((n, len(mean))) @ chol.T


def sample(mixture: Mixture, n: int, *, sigmas, rng: np.random.Generator, method: str = "langevin") -> np.ndarray:
    """Reverse diffusion: the whole path from noise to works, with the exact score.

    Parameters
    ----------
    mixture : Mixture
        The learned mixture (its exact score, :attr:`painter.mixture.Mixture.factored`).
    n : int
        Number of points (pictures) to generate.
    sigmas : array-like of shape (steps,)
        Decreasing noise levels, e.g. from :func:`noise_levels`; step ``i`` uses
        the score at ``sigmas[i]``.
    rng : numpy.random.Generator
        The only source of randomness: the same generator state gives the same
        trajectory.
    method : {"langevin", "ode"}, default="langevin"
        ``"langevin"``: the predictor-corrector sampler from uniform random
        pixels; step ``i`` is a Langevin corrector step
        ``x += ε/2 · score(x, σ_i) + √ε · z`` with ``ε = LANGEVIN_STEP · σ_i²``,
        then the reverse SDE's ancestral predictor step
        ``x += (σ_i² − σ_{i+1}²) · score(x, σ_i) + √(σ_i² − σ_{i+1}²) · σ_{i+1}/σ_i · z'``
        (fresh Gaussian ``z``, ``z'``; σ after the last level is 0, so the last
        step is the denoiser x + σ²·score). ``"ode"``: the probability-flow ODE
        dx/dσ = -σ score(x, σ) from a Gaussian start (see :func:`start_noise`),
        one Heun step from ``sigmas[i]`` to ``sigmas[i + 1]`` each, and the last
        one to σ = 0, so the end points follow the mixture itself.

    Returns
    -------
    trajectory : ndarray of shape (steps + 1, n, d)
        ``trajectory[0]`` is the start noise and ``trajectory[i + 1]`` the
        points after step ``i``; ``trajectory[-1]`` are the generated works
        (real values: round and clip them to show them as pixels).
    """
    _check_method(method)
    sigmas = np.asarray(sigmas, dtype=float).reshape(-1)
    if len(sigmas) == 0 or np.any(sigmas < 0) or np.any(np.diff(sigmas) > 0):
        raise ValueError("sigmas must be a non-empty, non-increasing sequence of levels >= 0")
    x = start_noise(mixture, n, sigma_max=sigmas[0], rng=rng, method=method)
    trajectory = np.empty((len(sigmas) + 1, *x.shape))
    trajectory[0] = x
    start = np.ascontiguousarray(x.T)  # points as columns while stepping (see FactoredMixture.score_t)
    for i, xt in enumerate(reverse(mixture.factored.score_t, start, sigmas, rng, method=method)):
        trajectory[i + 1] = xt.T
    return trajectory


def reverse(
    score_t, xt: np.ndarray, sigmas, rng: np.random.Generator, *, method: str = "langevin", scores: bool = False
):
    """The steps of reverse diffusion for any score: yields the points after each step.

    Parameters
    ----------
    score_t : callable ``(xt, sigma) -> ndarray of shape (d, n)``
        The score at level ``sigma`` of points stored as columns.
    xt : ndarray of shape (d, n)
        The start, points as columns.
    sigmas : ndarray of shape (steps,)
        Decreasing noise levels; the last step goes from ``sigmas[-1]`` to 0.
    rng : numpy.random.Generator
    method : {"langevin", "ode"}
        See :func:`sample`.
    scores : bool, default=False
        Also yield the score each step evaluated at its own start (both samplers do, first): what
        the predicted final picture x + σ²·score of that point needs, without evaluating it again.

    Yields
    ------
    xt : ndarray of shape (d, n)
        The points after step ``i`` (at level ``sigmas[i + 1]``, or 0 after the last); with
        ``scores``, the pair ``(xt, score)``, ``score`` of shape (d, n) at step ``i``'s start.
    """
    _check_method(method)
    every = np.append(np.asarray(sigmas, dtype=float).reshape(-1), 0.0)
    for sigma, nxt in itertools.pairwise(every):
        first = score_t(xt, sigma)
        if method == "langevin":
            eps = LANGEVIN_STEP * sigma**2  # corrector: one Langevin step at this level
            xt = xt + 0.5 * eps * first + np.sqrt(eps) * rng.standard_normal(xt.T.shape).T
            drop = sigma**2 - nxt**2  # predictor: the reverse SDE's ancestral step down to the next level
            spread = np.sqrt(drop) * nxt / sigma if sigma > 0 else 0.0
            xt = xt + drop * score_t(xt, sigma) + spread * rng.standard_normal(xt.T.shape).T
        else:
            slope = -sigma * first  # dx/dσ
            guess = xt + (nxt - sigma) * slope
            slope_next = -nxt * score_t(guess, nxt)
            xt = xt + (nxt - sigma) * 0.5 * (slope + slope_next)
        yield (xt, first) if scores else xt


def guided_score(cond: Mixture, uncond: Mixture, x, *, sigma: float, guidance: float) -> np.ndarray:
    """Classifier-free guidance (Ho & Salimans, 2022) with exact scores of two σ-widened mixtures.

    Parameters
    ----------
    cond, uncond : Mixture
        The prompt's mixture p(x | prompt) and the whole p(x), over the same d coordinates.
    x : array-like of shape (n, d)
    sigma : float
        Noise level, >= 0.
    guidance : float
        The guidance scale w (0 gives the conditional score itself).

    Returns
    -------
    score : ndarray of shape (n, d)
        ``(1 + w) · ∇log p_σ(x | prompt) − w · ∇log p_σ(x)``.
    """
    if not np.isfinite(guidance):
        raise ValueError("guidance must be a finite number")
    if not sigma >= 0:
        raise ValueError("sigma must be >= 0")
    xt = np.ascontiguousarray(np.atleast_2d(np.asarray(x, dtype=float)).T)
    cond_score = cond.factored.score_t(xt, float(sigma))
    return guide(uncond, cond_score, xt, sigma=float(sigma), guidance=guidance).T


def guide(uncond: Mixture, cond_score: np.ndarray, xt: np.ndarray, *, sigma: float, guidance: float) -> np.ndarray:
    """Classifier-free guidance of a conditional score already computed, for points as columns.

    Parameters
    ----------
    uncond : Mixture
        The whole p(x).
    cond_score : ndarray of shape (d, n)
        ∇log p_σ(x | prompt) at the points ``xt``.
    xt : ndarray of shape (d, n)
    sigma, guidance : float
        Noise level and guidance scale w >= 0.

    Returns
    -------
    score : ndarray of shape (d, n)
        ``(1 + w) · cond_score − w · ∇log p_σ(x)``; with w = 0, ``cond_score`` itself (p(x) is not evaluated).
    """
    if guidance == 0:
        return cond_score
    return (1.0 + guidance) * cond_score - guidance * uncond.factored.score_t(xt, sigma)


#: The animated plane shows the picture square with a margin: noise starts partly outside 0..255.
DIFFUSION_RANGE = [-96.0, 351.0]


def arrow_grid(count: int = 12, span=DIFFUSION_RANGE) -> np.ndarray:
    """Base points of the score arrows: a ``count``×``count`` grid inside ``span``, shape (count², 2)."""
    step = (span[1] - span[0]) / count
    ticks = span[0] + step * (np.arange(count) + 0.5)
    x1, x2 = np.meshgrid(ticks, ticks)
    return np.column_stack([x1.ravel(), x2.ravel()])
