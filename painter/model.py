"""Learning the distribution of paintings and drawing new ones from it.

"Training" here is fitting a Gaussian mixture model (GMM) to the works with
scikit-learn's EM; "generating" is drawing from the fitted mixture. Every
function below takes a :class:`~painter.mixture.Mixture` first (weights, means
and full covariance matrices), so the same maths serves all four covariance
types and any number of pixels, and nothing ever touches a shared model's
random state.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import numpy as np
from scipy.special import logsumexp
from sklearn.mixture import GaussianMixture
from threadpoolctl import ThreadpoolController

from painter.mixture import Mixture, temper

__all__ = [
    "COVARIANCE_TYPES",
    "REG_COVAR",
    "Mixture",
    "checked_works",
    "condition",
    "conditional_curve",
    "conditioner_for",
    "count_modes",
    "density_grid",
    "ellipse",
    "fit",
    "log_density",
    "mean_log_likelihood",
    "sample",
    "style_conditional",
    "temper",
    "uniform_log_likelihood",
    "weighted_log_densities",
]

COVARIANCE_TYPES = ("full", "tied", "diag", "spherical")

#: Variance added to every covariance: integer pixels carry rounding noise of
#: variance 1/12, and it keeps a cluster of identical works from collapsing.
REG_COVAR = 1.0 / 12.0


def fit(X, n_components: int = 3, covariance_type: str = "full", seed: int = 0) -> GaussianMixture:
    """Learn a Gaussian mixture from the works (EM, k-means start).

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features)
        The works, one row each (pixel values).
    n_components : int, default=3
        Number of Gaussian components (schools the model may discover).
    covariance_type : {"full", "tied", "diag", "spherical"}, default="full"
        Shape of each component, as in :class:`sklearn.mixture.GaussianMixture`.
    seed : int, default=0
        Seed of the k-means initialisation; the same inputs give the same model.

    Returns
    -------
    gmm : GaussianMixture
        The fitted model. Treat it as read-only: use :func:`sample` with your
        own generator rather than ``gmm.sample``.

    Raises
    ------
    ValueError
        For works it cannot fit (see :func:`checked_works`).
    """
    X = checked_works(X, n_components, covariance_type)
    gmm = GaussianMixture(
        n_components=n_components,
        covariance_type=covariance_type,
        reg_covar=REG_COVAR,
        random_state=seed,
        n_init=2,
    )
    # A few hundred 2-pixel works are far too small to share between threads:
    # measured here, one BLAS/OpenMP thread fits them 3x faster than two.
    with _thread_pools().limit(limits=1):
        return gmm.fit(X)


@functools.cache
def _thread_pools() -> ThreadpoolController:
    """The process's BLAS and OpenMP pools, looked up once (the lookup costs more than a tiny fit)."""
    return ThreadpoolController()


def checked_works(X, n_components: int, covariance_type: str) -> np.ndarray:
    """The works as a float array, after checking they can be fitted with this setting.

    Shared by :func:`fit` and :func:`painter.em.em_steps`, so both refuse the
    same input with the same message.

    Raises
    ------
    ValueError
        If ``X`` is not a finite 2-D array, ``covariance_type`` is unknown, or
        there are fewer works than components.
    """
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or not np.isfinite(X).all():
        raise ValueError("X must be a finite array of shape (n_samples, n_features)")
    if covariance_type not in COVARIANCE_TYPES:
        raise ValueError(f"covariance_type must be one of {COVARIANCE_TYPES}, got {covariance_type!r}")
    if not 1 <= n_components <= len(X):
        raise ValueError(f"n_components must be between 1 and the number of works ({len(X)}), got {n_components}")
    return X


def weighted_log_densities(mixture: Mixture, X) -> np.ndarray:
    """log w_k + log N(x; μ_k, Σ_k) for every point and component, shape (n_samples, k).

    What :func:`log_density` sums (in log space) and what EM's E-step normalises.
    """
    X = np.atleast_2d(np.asarray(X, dtype=float))
    chol = mixture.cholesky  # (k, d, d), made once per mixture
    diff = X[:, None, :] - mixture.means[None, :, :]  # (n, k, d)
    # solve L z = diff for every component at once
    z = np.linalg.solve(chol[None, :, :, :], diff[..., None])[..., 0]
    maha = np.sum(z**2, axis=-1)
    log_det = 2.0 * np.sum(np.log(np.diagonal(chol, axis1=-2, axis2=-1)), axis=-1)
    log_pdf = -0.5 * (mixture.n_features * np.log(2.0 * np.pi) + log_det[None, :] + maha)
    with np.errstate(divide="ignore"):
        log_w = np.log(mixture.weights)
    return log_pdf + log_w[None, :]


def log_density(mixture: Mixture, X) -> np.ndarray:
    """Log-density of the mixture at each point.

    Parameters
    ----------
    mixture : Mixture
        k components over d features.
    X : array-like of shape (n_samples, d)

    Returns
    -------
    log_p : ndarray of shape (n_samples,)
        ``log sum_k w_k N(x; mu_k, Sigma_k)``, evaluated in log space so that
        points far from every component give large negative numbers, not -inf.
    """
    return logsumexp(weighted_log_densities(mixture, X), axis=1)


def uniform_log_likelihood(n_features: int, levels: int = 256) -> float:
    """Average log-likelihood of any work under the untrained AI (uniform pixels)."""
    return -n_features * float(np.log(levels))


def condition(mixture: Mixture, *, known_idx, known_values) -> Mixture:
    """Condition a Gaussian mixture on some coordinates being known.

    Each component is conditioned with the Gaussian formulas (Schur
    complement); its weight is multiplied by how likely that component makes
    the known values, and the weights are renormalised in log space so the
    result stays exact even far from the data.

    Parameters
    ----------
    mixture : Mixture
        k components over d coordinates.
    known_idx : sequence of int
        Indices of the known coordinates.
    known_values : array-like of shape (len(known_idx),)
        Their values.

    Returns
    -------
    conditional : Mixture
        The mixture over the remaining d - len(known_idx) coordinates, in increasing index
        order: posterior weights (k,), means and covariances.

    See Also
    --------
    conditioner_for : the same, prepared once for many values of the same coordinates.
    """
    return conditioner_for(mixture, known_idx=known_idx)(known_values)


def conditioner_for(mixture: Mixture, *, known_idx) -> Callable[..., Mixture]:
    """Prepare to condition a Gaussian mixture on the coordinates ``known_idx``, whatever their values.

    Most of the work depends only on *which* coordinates are known: the
    Cholesky factor L of each component's known block S_kk, the solve
    A = L^-1 S_kf, and the Schur complement S_ff - A^T A (the conditional
    covariance). That is done here, once. The returned function then
    conditions on given values with two small matrix products: for
    w = L^-1 (x_k - mu_k), the new mean is mu_f + A^T w and |w|^2 is the
    Mahalanobis distance that re-weights the component. Every conditional it
    returns shares one covariance array and its Cholesky factors, so inpainting
    the same hidden region again ("draw again") costs no factorisation.

    Parameters
    ----------
    mixture, known_idx
        As in :func:`condition`.

    Returns
    -------
    given : callable
        ``given(known_values)`` returns what :func:`condition` returns.
    """
    weights, means, covariances = mixture.weights, mixture.means, mixture.covariances
    d = mixture.n_features
    known = np.asarray(known_idx, dtype=int).reshape(-1)
    if known.min(initial=0) < 0 or known.max(initial=0) >= d:
        raise ValueError("known_idx must be distinct indices below d, one per known value")
    is_free = np.ones(d, dtype=bool)
    is_free[known] = False
    free = np.flatnonzero(is_free)
    if len(free) != d - len(known):
        raise ValueError("known_idx must be distinct indices below d, one per known value")
    rows_known, rows_free = covariances[:, known], covariances[:, free]
    s_kk, s_kf, s_ff = rows_known[:, :, known], rows_known[:, :, free], rows_free[:, :, free]
    chol = np.linalg.cholesky(s_kk)
    # one batched solve gives A = L^-1 S_kf and L^-1 itself (against the identity)
    identity = np.broadcast_to(np.eye(len(known)), s_kk.shape)
    solved = np.linalg.solve(chol, np.concatenate([s_kf, identity], axis=2))
    a_t, l_inv = np.swapaxes(solved[..., : len(free)], 1, 2), solved[..., len(free) :]
    new_covs = s_ff - a_t @ solved[..., : len(free)]
    new_covs = 0.5 * (new_covs + np.swapaxes(new_covs, 1, 2))
    # log of each weight times the normalising constant of N(x_k; mu_k, S_kk)
    log_det = 2.0 * np.log(np.diagonal(chol, axis1=1, axis2=2)).sum(axis=1)
    log_prior = np.log(weights, out=np.full(len(weights), -np.inf), where=weights > 0)
    log_prior -= 0.5 * (len(known) * np.log(2.0 * np.pi) + log_det)
    known_means, free_means = means[:, known], means[:, free]
    # the conditionals differ only in weights and means: they share these covariances and their
    # Cholesky factors (made here once: drawing from a conditional needs them)
    template = Mixture(weights, free_means, new_covs)
    template.cholesky  # noqa: B018 -- made once, kept on the template

    def given(known_values) -> Mixture:
        values = np.asarray(known_values, dtype=float).reshape(-1)
        if len(values) != len(known):
            raise ValueError("known_idx must be distinct indices below d, one per known value")
        w = l_inv @ (values[None, :] - known_means)[..., None]
        new_means = free_means + (a_t @ w)[..., 0]
        log_w = log_prior - 0.5 * (w[..., 0] ** 2).sum(axis=1)
        # log-sum-exp by hand: scipy's costs more than the rest of a 64-pixel conditioning
        top = np.max(log_w)
        log_w -= top + np.log(np.sum(np.exp(log_w - top)))
        return template.shifted(np.exp(log_w), new_means)

    return given


def style_conditional(mixture: Mixture, x1: float) -> Mixture:
    """The exact 1-D mixture p(x2 | x1) of a 2-pixel model: the scenes that suit the style ``x1``.

    Parameters
    ----------
    mixture : Mixture
        A mixture over (x1, x2).
    x1 : float
        The known first pixel (the style).

    Returns
    -------
    conditional : Mixture
        Over x2 alone: weights (k,) (how much each component explains a work with this style),
        means (k, 1) and covariances (k, 1, 1). Condition once, then read it with
        :func:`conditional_curve` and :func:`sample`.
    """
    return condition(mixture, known_idx=[0], known_values=[x1])


def sample(mixture: Mixture, n: int, *, rng: np.random.Generator) -> np.ndarray:
    """Draw ``n`` points from a Gaussian mixture with the caller's generator.

    Parameters
    ----------
    mixture : Mixture
        k components over d coordinates (its Cholesky factors are made once and kept).
    n : int
        Number of draws.
    rng : numpy.random.Generator
        Source of randomness; the same generator state gives the same draws.

    Returns
    -------
    X : ndarray of shape (n, d)
        Raw real-valued draws in random order (not grouped by component);
        round and clip them to show them as pixels.
    """
    weights = mixture.weights
    component = rng.choice(len(weights), size=n, p=weights / weights.sum())
    z = rng.standard_normal((n, mixture.n_features))
    return mixture.means[component] + np.einsum("nij,nj->ni", mixture.cholesky[component], z)


def density_grid(mixture: Mixture, *, step: float = 2.0) -> tuple[np.ndarray, np.ndarray]:
    """The mixture's density on a regular grid over the 0..255 square (2 pixels).

    Returns
    -------
    grid : ndarray of shape (m,)
        Pixel values 0, step, 2*step, ... up to 255 along each axis.
    density : ndarray of shape (m, m)
        ``density[i, j]`` is the density at (x1=grid[j], x2=grid[i]), per
        grey level squared (it integrates to about 1 over the square).
    """
    grid = np.arange(0.0, 255.0 + 1e-9, step)
    x1, x2 = np.meshgrid(grid, grid)
    points = np.column_stack([x1.ravel(), x2.ravel()])
    density = np.exp(log_density(mixture, points)).reshape(x1.shape)
    return grid, density


def conditional_curve(conditional: Mixture, x2) -> tuple[np.ndarray, np.ndarray]:
    """A 1-D mixture's density along ``x2`` (such as p(x2 | x1) from :func:`style_conditional`), in total and
    per component.

    Returns
    -------
    total : ndarray of shape (m,)
        The density at each value of ``x2``.
    parts : ndarray of shape (k, m)
        Each component's weighted contribution; they sum to ``total``.
    """
    means, stds = conditional.means[:, 0], np.sqrt(conditional.covariances[:, 0, 0])
    x2 = np.asarray(x2, dtype=float)
    z = (x2[None, :] - means[:, None]) / stds[:, None]
    parts = conditional.weights[:, None] * np.exp(-0.5 * z**2) / (stds[:, None] * np.sqrt(2.0 * np.pi))
    return parts.sum(axis=0), parts


def mean_log_likelihood(mixture: Mixture, X) -> float:
    """Average log-density of the works ``X`` under the mixture (nats per work)."""
    return float(np.mean(log_density(mixture, X)))


def count_modes(density, rel: float = 0.01) -> int:
    """How many separate peaks a 1-D density curve has.

    Counts the local maxima that reach at least ``rel`` times the highest
    value, so rounding noise in the flat tails is not counted as a peak.
    """
    values = np.asarray(density, dtype=float)
    padded = np.concatenate([[-np.inf], values, [-np.inf]])
    peaks = (padded[1:-1] > padded[:-2]) & (padded[1:-1] >= padded[2:])
    return int(np.count_nonzero(peaks & (values >= rel * values.max())))


def ellipse(mean, cov, n_std: float = 2.0, n_points: int = 60) -> np.ndarray:
    """Points on the ``n_std`` contour of a 2-D Gaussian, shape (n_points, 2)."""
    values, vectors = np.linalg.eigh(np.asarray(cov, dtype=float))
    angles = np.linspace(0.0, 2.0 * np.pi, n_points)
    circle = np.stack([np.cos(angles), np.sin(angles)], axis=1)
    return np.asarray(mean, dtype=float) + n_std * (circle * np.sqrt(np.maximum(values, 0.0))) @ vectors.T
