"""Watching a mixture learn: EM step by step.

:func:`painter.model.fit` hands the whole of training to scikit-learn. Here the
same expectation-maximisation (EM) is written out in NumPy so every iteration
can be kept and shown: the E-step says how much each component explains each
work (in log space), the M-step moves each component to the works it explains.
It starts from the same initial responsibilities as scikit-learn and adds the
same ``REG_COVAR``, so at convergence it lands where
``GaussianMixture(init_params=..., random_state=seed, n_init=1)`` lands.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
from scipy.special import logsumexp
from sklearn.cluster import KMeans

from painter.model import REG_COVAR, Mixture, checked_works, weighted_log_densities

__all__ = [
    "INITS",
    "EMStep",
    "em_steps",
    "most_likely_components",
    "responsibilities",
]

#: Initialisations, as scikit-learn's ``init_params`` names them.
INITS = ("kmeans", "random", "random_from_data")


@dataclass(frozen=True)
class EMStep:
    """One state of the fit.

    Attributes
    ----------
    mixture : Mixture
        The parameters after this iteration.
    log_likelihood : float
        The mean log-likelihood of the works under exactly these parameters (nats per work).
    components : ndarray of shape (n_samples,), dtype uint8, optional
        Each work's most likely component (see :func:`most_likely_components`).
    """

    mixture: Mixture
    log_likelihood: float
    components: np.ndarray | None = None


def _initial_responsibilities(X: np.ndarray, n_components: int, init: str, seed: int) -> np.ndarray:
    """The responsibilities scikit-learn starts from for ``init_params=init, random_state=seed``."""
    n = len(X)
    random_state = np.random.RandomState(seed)
    resp = np.zeros((n, n_components))
    if init == "kmeans":
        labels = KMeans(n_clusters=n_components, n_init=1, random_state=random_state).fit(X).labels_
        resp[np.arange(n), labels] = 1.0
    elif init == "random":
        resp = random_state.uniform(size=(n, n_components))
        resp /= resp.sum(axis=1, keepdims=True)
    elif init == "random_from_data":
        resp[random_state.choice(n, size=n_components, replace=False), np.arange(n_components)] = 1.0
    else:
        raise ValueError(f"init must be one of {INITS}, got {init!r}")
    return resp


def _m_step(X: np.ndarray, resp: np.ndarray, covariance_type: str) -> Mixture:
    """The mixture (weights, means, full covariances) that best explains the works given ``resp``."""
    d = X.shape[1]
    nk = resp.sum(axis=0) + 10 * np.finfo(float).eps
    means = resp.T @ X / nk[:, None]
    eye = np.eye(d)
    if covariance_type == "full":
        diff = X[None, :, :] - means[:, None, :]  # (k, n, d)
        covs = np.einsum("kn,kni,knj->kij", resp.T, diff, diff) / nk[:, None, None] + REG_COVAR * eye
    elif covariance_type == "tied":
        shared = (X.T @ X - (nk[:, None] * means).T @ means) / nk.sum() + REG_COVAR * eye
        covs = np.broadcast_to(shared, (len(nk), d, d)).copy()
    else:
        variances = resp.T @ (X * X) / nk[:, None] - means**2 + REG_COVAR  # (k, d)
        if covariance_type == "spherical":
            variances = np.repeat(variances.mean(axis=1, keepdims=True), d, axis=1)
        covs = variances[:, :, None] * eye
    return Mixture(nk / nk.sum(), means, covs)


def em_steps(
    X,
    n_components: int,
    covariance_type: str = "full",
    *,
    init: str = "kmeans",
    seed: int = 0,
    max_iter: int = 100,
    tol: float = 1e-3,
) -> list[EMStep]:
    """Fit a Gaussian mixture by EM and keep every iteration.

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features)
        The works, one row each.
    n_components : int
        Number of components.
    covariance_type : {"full", "tied", "diag", "spherical"}, default="full"
    init : {"kmeans", "random", "random_from_data"}, default="kmeans"
        How the first responsibilities are chosen, exactly as scikit-learn's
        ``init_params`` with ``random_state=seed`` and ``n_init=1``.
    seed : int, default=0
    max_iter : int, default=100
        Most EM iterations to run.
    tol : float, default=1e-3
        Stop once the mean log-likelihood gains less than this (scikit-learn's rule).

    Returns
    -------
    steps : list of EMStep
        ``steps[0]`` is the initial model (the M-step on the initial
        responsibilities), ``steps[i]`` the model after ``i`` EM iterations.
        The log-likelihood is the mean of log p(x) over ``X`` under that step's
        parameters, in nats per work, and never decreases from step to step.
    """
    X = checked_works(X, n_components, covariance_type)
    mixture = _m_step(X, _initial_responsibilities(X, n_components, init, seed), covariance_type)
    steps: list[EMStep] = []
    for _ in range(max_iter + 1):
        # E-step in log space: log w_k + log N(x; mu_k, Sigma_k), normalised per work
        weighted = weighted_log_densities(mixture, X)
        log_norm = logsumexp(weighted, axis=1)
        steps.append(EMStep(mixture, float(log_norm.mean())))
        if len(steps) > 2 and abs(steps[-1].log_likelihood - steps[-2].log_likelihood) < tol:
            break
        mixture = _m_step(X, np.exp(weighted - log_norm[:, None]), covariance_type)
    return steps


def responsibilities(mixture: Mixture, X) -> np.ndarray:
    """How much each component explains each work, shape (n_samples, n_components); rows sum to 1."""
    weighted = weighted_log_densities(mixture, X)
    return np.exp(weighted - logsumexp(weighted, axis=1, keepdims=True))


def most_likely_components(X, steps: list[EMStep]) -> list[EMStep]:
    """Each step with its ``components``: every work's most likely component, shape (n,) uint8."""
    X = np.asarray(X, dtype=float)
    return [
        dataclasses.replace(step, components=np.argmax(responsibilities(step.mixture, X), axis=1).astype(np.uint8))
        for step in steps
    ]
