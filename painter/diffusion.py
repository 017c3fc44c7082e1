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
from dataclasses import dataclass

import numpy as np

from painter.readonly import seal

__all__ = [
    "DIFFUSION_RANGE",
    "METHODS",
    "FactoredMixture",
    "arrow_grid",
    "default_levels",
    "factor",
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
SIGMA_RANGE = {"langevin": (60.0, 0.5), "ode": (150.0, 0.5)}

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


def _levels(log_weights: np.ndarray, means: np.ndarray, covariances: np.ndarray, sigmas) -> list[tuple]:
    """Everything the score at each level σ needs, for all levels in one batch.

    The log-responsibility ``log w_k - ½ log det(S_k) - ½ (x-μ_k)ᵀ P_k (x-μ_k)``
    (with S_k = Σ_k + σ²I and P_k its inverse) is a quadratic polynomial in x,
    so it is one matrix product of x's monomials [x_i x_j, x_i, 1] with a
    coefficient table; the score then needs two more products. This avoids
    building (n, k, d) arrays, the cost of a naive implementation.

    Returns
    -------
    levels : list of tuples, one per σ in ``sigmas``, each of
    coefficients : ndarray of shape (k, d(d+1)/2 + d + 1)
    pulls : ndarray of shape (k, d)
        P_k μ_k.
    precisions : ndarray of shape (k, d·d)
        The precisions flattened, so that precisions.T @ r = Σ_k r_k P_k for every point at once.
    rows, cols : ndarray of shape (d(d+1)/2,)
        The pairs (i, j), i <= j, of the quadratic monomials.
    """
    k, d = means.shape
    variances = np.asarray(sigmas, dtype=float).reshape(-1, 1, 1, 1) ** 2
    widened = covariances[None] + variances * np.eye(d)  # (levels, k, d, d)
    sign, log_det = np.linalg.slogdet(widened)
    if np.any(sign <= 0):
        raise ValueError("every covariance + sigma² I must be positive definite")
    precisions = np.linalg.inv(widened)
    precisions = 0.5 * (precisions + np.swapaxes(precisions, -1, -2))
    pulls = np.einsum("lkij,kj->lki", precisions, means)
    rows, cols = np.triu_indices(d)
    quadratic = -0.5 * precisions[..., rows, cols] * np.where(rows == cols, 1.0, 2.0)  # (levels, k, d(d+1)/2)
    constant = log_weights - 0.5 * log_det - 0.5 * np.einsum("ki,lki->lk", means, pulls)
    coefficients = np.concatenate([quadratic, pulls, constant[..., None]], axis=-1)
    flat = precisions.reshape(len(widened), k, d * d)
    return [(coefficients[i], pulls[i], flat[i], rows, cols) for i in range(len(widened))]


def _score(level: tuple, x: np.ndarray) -> np.ndarray:
    """The score at a precomputed level (see :func:`_levels`) for points x of shape (n, d)."""
    return _score_t(level, np.ascontiguousarray(x.T)).T


def _score_t(level: tuple, xt: np.ndarray) -> np.ndarray:
    """The score for points stored as columns, xt of shape (d, n): the inner loop of :func:`sample`.

    Points as columns keep every array (components or coordinates) × n contiguous,
    so each step is a few matrix products over rows of n values; numpy is slow
    at short inner axes and at strided views.
    """
    coefficients, pulls, precisions, rows, cols = level
    d, n = xt.shape
    monomials = np.empty((len(rows) + d + 1, n))
    np.multiply(xt[rows], xt[cols], out=monomials[: len(rows)])
    monomials[len(rows) : -1] = xt
    monomials[-1] = 1.0
    r = _normalised(coefficients @ monomials)  # (k, n)
    mixed = (precisions.T @ r).reshape(d, d, n)  # Σ_k r_k P_k, for each point
    return pulls.T @ r - (mixed * xt[None, :, :]).sum(axis=1)


def _log_weights(weights) -> np.ndarray:
    weights = np.asarray(weights, dtype=float)
    with np.errstate(divide="ignore"):
        return np.log(weights / weights.sum())


def score(weights, means, covariances, x, sigma: float) -> np.ndarray:
    """The exact score ∇ log p_σ(x) of the mixture with every covariance widened by σ²·I.

    Parameters
    ----------
    weights : array-like of shape (k,)
    means : array-like of shape (k, d)
    covariances : array-like of shape (k, d, d)
        Full covariance matrices (as in a :class:`painter.model.Mixture`).
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
    if sigma < 0:
        raise ValueError("sigma must be >= 0")
    means = np.asarray(means, dtype=float)
    x = np.atleast_2d(np.asarray(x, dtype=float))
    return _score(_levels(_log_weights(weights), means, np.asarray(covariances, dtype=float), [sigma])[0], x)


def _moments(weights, means, covariances) -> tuple[np.ndarray, np.ndarray]:
    """Mean (d,) and covariance (d, d) of the mixture, from its parameters."""
    w = np.asarray(weights, dtype=float)
    w = w / w.sum()
    mean = w @ means
    centred = means - mean
    cov = np.einsum("k,kij->ij", w, covariances) + np.einsum("k,ki,kj->ij", w, centred, centred)
    return mean, cov


def start_noise(
    weights, means, covariances, n: int, sigma_max: float, rng: np.random.Generator, *, method: str = "langevin"
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
    means = np.asarray(means, dtype=float)
    d = means.shape[1]
    if method == "langevin":
        return rng.uniform(0.0, 255.0, size=(n, d))
    return gaussian_start(*_moments(weights, means, np.asarray(covariances, dtype=float)), n, sigma_max, rng)


def gaussian_start(mean: np.ndarray, covariance: np.ndarray, n: int, sigma_max: float, rng) -> np.ndarray:
    """``n`` draws (n, d) from the Gaussian with ``mean`` (d,) and ``covariance`` (d, d) widened by ``sigma_max``²·I."""
    chol = np.linalg.cholesky(covariance + float(sigma_max) ** 2 * np.eye(len(mean)))
    return mean + rng.standard_normal((n, len(mean))) @ chol.T


def sample(weights, means, covariances, n: int, sigmas, rng: np.random.Generator, *, method: str = "langevin"):
    """Reverse diffusion: the whole path from noise to works, with the exact score.

    Parameters
    ----------
    weights : array-like of shape (k,)
    means : array-like of shape (k, d)
    covariances : array-like of shape (k, d, d)
        The learned mixture, full covariance matrices.
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
    means = np.asarray(means, dtype=float)
    covariances = np.asarray(covariances, dtype=float)
    sigmas = np.asarray(sigmas, dtype=float).reshape(-1)
    if len(sigmas) == 0 or np.any(sigmas < 0) or np.any(np.diff(sigmas) > 0):
        raise ValueError("sigmas must be a non-empty, non-increasing sequence of levels >= 0")
    log_w = _log_weights(weights)
    x = start_noise(weights, means, covariances, n, sigmas[0], rng, method=method)
    trajectory = np.empty((len(sigmas) + 1, *x.shape))
    trajectory[0] = x
    # What the score needs depends only on σ: prepare it once per level.
    every = np.append(sigmas, 0.0)
    levels = dict(zip(every, _levels(log_w, means, covariances, every), strict=True))
    start = np.ascontiguousarray(x.T)  # points as columns while stepping (see _score_t)
    for i, xt in enumerate(reverse(lambda y, s: _score_t(levels[s], y), start, sigmas, rng, method=method)):
        trajectory[i + 1] = xt.T
    return trajectory


def reverse(score_t, xt: np.ndarray, sigmas, rng: np.random.Generator, *, method: str = "langevin"):
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

    Yields
    ------
    xt : ndarray of shape (d, n)
        The points after step ``i`` (at level ``sigmas[i + 1]``, or 0 after the last).
    """
    _check_method(method)
    every = np.append(np.asarray(sigmas, dtype=float).reshape(-1), 0.0)
    for sigma, nxt in itertools.pairwise(every):
        if method == "langevin":
            eps = LANGEVIN_STEP * sigma**2  # corrector: one Langevin step at this level
            xt = xt + 0.5 * eps * score_t(xt, sigma) + np.sqrt(eps) * rng.standard_normal(xt.T.shape).T
            drop = sigma**2 - nxt**2  # predictor: the reverse SDE's ancestral step down to the next level
            spread = np.sqrt(drop) * nxt / sigma if sigma > 0 else 0.0
            xt = xt + drop * score_t(xt, sigma) + spread * rng.standard_normal(xt.T.shape).T
        else:
            slope = -sigma * score_t(xt, sigma)  # dx/dσ
            guess = xt + (nxt - sigma) * slope
            slope_next = -nxt * score_t(guess, nxt)
            xt = xt + (nxt - sigma) * 0.5 * (slope + slope_next)
        yield xt


@dataclass(frozen=True)
class FactoredMixture:
    """A Gaussian mixture with every covariance factored once, so every noise level is cheap.

    Adding noise of size σ only adds σ² to each eigenvalue: with
    ``Σ_k = V_k diag(λ_k) V_kᵀ``, ``(Σ_k + σ²I)⁻¹ = V_k diag(1/(λ_k + σ²)) V_kᵀ``
    and ``log det(Σ_k + σ²I) = Σ log(λ_k + σ²)``. So the score at any σ costs
    two matrix products and no new factorisation (see :func:`factor`).

    Attributes
    ----------
    log_weights : ndarray of shape (k,)
    means : ndarray of shape (k, d)
    values : ndarray of shape (k, d)
        Eigenvalues of each covariance.
    vectors : ndarray of shape (k·d, d), or None
        The eigenvectors, transposed and stacked (rows ``j·d .. (j + 1)·d − 1`` are
        ``V_jᵀ``, component j's); None when every covariance is a multiple of I (then no rotation
        is needed, which keeps a mixture of thousands of tiny Gaussians cheap).
    rotated : ndarray of shape (k, d), or None
        ``V_kᵀ μ_k``, the means in each component's own axes.
    """

    log_weights: np.ndarray
    means: np.ndarray
    values: np.ndarray
    vectors: np.ndarray | None
    rotated: np.ndarray | None

    def __post_init__(self) -> None:
        seal(self)  # read-only: one factored model serves every session

    def score_t(self, xt: np.ndarray, sigma: float) -> np.ndarray:
        """The exact score at level ``sigma`` of points as columns, xt of shape (d, n) -> (d, n)."""
        k, d = self.means.shape
        spread = self.values + sigma**2  # (k, d)
        if self.vectors is None:
            inverse = 1.0 / spread[:, 0]  # (k,)
            distance = (xt * xt).sum(axis=0)[None, :] - 2.0 * self.means @ xt + (self.means**2).sum(axis=1)[:, None]
            log_r = (
                self.log_weights[:, None] - 0.5 * d * np.log(spread[:, 0])[:, None] - 0.5 * inverse[:, None] * distance
            )
            r = _normalised(log_r)  # (k, n)
            pull = r * inverse[:, None]
            return self.means.T @ pull - xt * pull.sum(axis=0)
        rotated = (self.vectors @ xt).reshape(k, d, -1) - self.rotated[:, :, None]  # V_kᵀ(x - μ_k)
        scaled = rotated / spread[:, :, None]
        log_r = (
            self.log_weights[:, None]
            - 0.5 * np.log(spread).sum(axis=1)[:, None]
            - 0.5 * np.einsum("kdn,kdn->kn", rotated, scaled)
        )
        r = _normalised(log_r)
        return -(self.vectors.T @ (scaled * r[:, None, :]).reshape(k * d, -1))

    def score(self, x, sigma: float) -> np.ndarray:
        """The exact score at level ``sigma``: x of shape (n, d) -> (n, d)."""
        if not sigma >= 0:
            raise ValueError("sigma must be >= 0")
        x = np.atleast_2d(np.asarray(x, dtype=float))
        return self.score_t(np.ascontiguousarray(x.T), float(sigma)).T


def _normalised(log_r: np.ndarray) -> np.ndarray:
    """Responsibilities (k, n) from their logs along axis 0, in log space (no overflow far from the data).

    ``log_r`` is a temporary of the caller's: it is overwritten, and returned as the responsibilities.
    """
    log_r -= log_r.max(axis=0)
    r = np.exp(log_r, out=log_r)
    r /= r.sum(axis=0)
    return r


def factor(weights, means, covariances) -> FactoredMixture:
    """Factor a mixture once for :meth:`FactoredMixture.score_t` at every noise level.

    Parameters
    ----------
    weights : array-like of shape (k,)
    means : array-like of shape (k, d)
    covariances : array-like of shape (k, d, d)
        Full, symmetric, positive semi-definite (positive definite at σ = 0).

    Returns
    -------
    mixture : FactoredMixture
    """
    means = np.atleast_2d(np.asarray(means, dtype=float))
    covariances = np.asarray(covariances, dtype=float)
    k, d = means.shape
    if covariances.shape != (k, d, d) or np.shape(weights) != (k,):
        raise ValueError("weights (k,), means (k, d) and covariances (k, d, d) must agree")
    diagonal = np.einsum("kii->ki", covariances)
    if np.all(covariances == diagonal[:, :, None] * np.eye(d)) and np.all(diagonal == diagonal[:, :1]):
        values, vectors = diagonal.copy(), None
    else:
        values, v = np.linalg.eigh(0.5 * (covariances + np.swapaxes(covariances, 1, 2)))
        vectors = np.ascontiguousarray(np.swapaxes(v, 1, 2).reshape(k * d, d))
    if np.any(values < 0):
        raise ValueError("covariances must be positive semi-definite")
    rotated = None if vectors is None else np.einsum("kij,kj->ki", vectors.reshape(k, d, d), means)
    return FactoredMixture(_log_weights(weights), means, values, vectors, rotated)


def guided_score(cond, uncond, x, sigma: float, guidance: float) -> np.ndarray:
    """Classifier-free guidance (Ho & Salimans, 2022) with exact scores of two σ-widened mixtures.

    Parameters
    ----------
    cond, uncond : (weights, means, covariances) or FactoredMixture
        The prompt's mixture p(x | prompt) and the whole p(x): weights (k,),
        means (k, d), full covariances (k, d, d); a :class:`FactoredMixture`
        from :func:`factor` skips the factorisation.
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
    cond = cond if isinstance(cond, FactoredMixture) else factor(*cond)
    uncond = uncond if isinstance(uncond, FactoredMixture) else factor(*uncond)
    xt = np.ascontiguousarray(np.atleast_2d(np.asarray(x, dtype=float)).T)
    return guide(cond.score_t(xt, float(sigma)), uncond, xt, float(sigma), guidance).T


def guide(cond_score: np.ndarray, uncond: FactoredMixture, xt: np.ndarray, sigma: float, guidance: float) -> np.ndarray:
    """Classifier-free guidance of a conditional score already computed, for points as columns.

    Parameters
    ----------
    cond_score : ndarray of shape (d, n)
        ∇log p_σ(x | prompt) at the points ``xt``.
    uncond : FactoredMixture
        The whole p(x).
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
    return (1.0 + guidance) * cond_score - guidance * uncond.score_t(xt, sigma)


#: The animated plane shows the picture square with a margin: noise starts partly outside 0..255.
DIFFUSION_RANGE = [-96.0, 351.0]


def arrow_grid(count: int = 12, span=DIFFUSION_RANGE) -> np.ndarray:
    """Base points of the score arrows: a ``count``×``count`` grid inside ``span``, shape (count², 2)."""
    step = (span[1] - span[0]) / count
    ticks = span[0] + step * (np.arange(count) + 0.5)
    x1, x2 = np.meshgrid(ticks, ticks)
    return np.column_stack([x1.ravel(), x2.ravel()])
