"""Watching a mixture learn: EM step by step, choosing the model, and temperature.

:func:`painter.model.fit` hands the whole of training to scikit-learn. Here the
same expectation-maximisation (EM) is written out in NumPy so every iteration
can be kept and shown: the E-step says how much each component explains each
work (in log space), the M-step moves each component to the works it explains.
It starts from the same initial responsibilities as scikit-learn and adds the
same ``REG_COVAR``, so at convergence it lands where
``GaussianMixture(init_params=..., random_state=seed, n_init=1)`` lands.
"""

from __future__ import annotations

import numpy as np
from scipy.special import logsumexp
from sklearn.cluster import KMeans
from sklearn.mixture import GaussianMixture

from painter.model import COVARIANCE_TYPES, REG_COVAR, _component_log_pdf, checked_works, fit

__all__ = [
    "INITS",
    "EMStep",
    "best_setting",
    "em_steps",
    "mean_log_likelihoods",
    "model_scores",
    "most_likely_components",
    "responsibilities",
    "temper",
]

#: Initialisations, as scikit-learn's ``init_params`` names them.
INITS = ("kmeans", "random", "random_from_data")

#: One state of the fit: weights (k,), means (k, d), full covariances (k, d, d),
#: and the mean log-likelihood of the works under exactly these parameters.
EMStep = tuple[np.ndarray, np.ndarray, np.ndarray, float]


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


def _m_step(X: np.ndarray, resp: np.ndarray, covariance_type: str):
    """Weights, means and full covariances that best explain the works given ``resp``."""
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
    return nk / nk.sum(), means, covs


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
    steps : list of (weights, means, covariances, mean_log_likelihood)
        ``steps[0]`` is the initial model (the M-step on the initial
        responsibilities), ``steps[i]`` the model after ``i`` EM iterations.
        Shapes are (k,), (k, d), (k, d, d) (covariances always full matrices);
        the log-likelihood is the mean of log p(x) over ``X`` under that step's
        parameters, in nats per work, and never decreases from step to step.
    """
    X = checked_works(X, n_components, covariance_type)
    params = _m_step(X, _initial_responsibilities(X, n_components, init, seed), covariance_type)
    steps: list[EMStep] = []
    for _ in range(max_iter + 1):
        weights, means, covs = params
        # E-step in log space: log w_k + log N(x; mu_k, Sigma_k), normalised per work
        weighted = _log_weighted_pdf(weights, means, covs, X)
        log_norm = logsumexp(weighted, axis=1)
        steps.append((weights, means, covs, float(log_norm.mean())))
        if len(steps) > 2 and abs(steps[-1][3] - steps[-2][3]) < tol:
            break
        params = _m_step(X, np.exp(weighted - log_norm[:, None]), covariance_type)
    return steps


def _log_weighted_pdf(weights, means, covs, X) -> np.ndarray:
    """log w_k + log N(x; mean_k, cov_k), shape (n, k)."""
    with np.errstate(divide="ignore"):
        return np.log(weights)[None, :] + _component_log_pdf(means, covs, X)


def responsibilities(weights, means, covariances, X) -> np.ndarray:
    """How much each component explains each work, shape (n_samples, n_components); rows sum to 1."""
    weighted = _log_weighted_pdf(
        np.asarray(weights, float), np.asarray(means, float), np.asarray(covariances, float), X
    )
    return np.exp(weighted - logsumexp(weighted, axis=1, keepdims=True))


def most_likely_components(X, steps: list[EMStep]) -> list[tuple]:
    """Each step with one more entry: every work's most likely component, shape (n,) uint8."""
    X = np.asarray(X, dtype=float)
    return [(w, m, c, ll, np.argmax(responsibilities(w, m, c, X), axis=1).astype(np.uint8)) for w, m, c, ll in steps]


def model_scores(
    X, *, max_components: int = 8, held_out: float = 0.25, seed: int = 0, fitted=None
) -> dict[str, np.ndarray]:
    """BIC, AIC and held-out log-likelihood for 1..max_components and every covariance type.

    BIC and AIC come from the model fitted to all works (lower is better); the
    held-out score fits a fixed, seeded ``1 - held_out`` share of the works and
    averages log p(x) over the rest (higher is better: it rewards models that
    explain works they have not seen).

    ``fitted(n_components, covariance_type)`` may supply the fits to all works
    (for example already-cached ones); by default they are made with
    :func:`painter.model.fit`, the fit the Learn page shows.

    Returns
    -------
    scores : dict
        ``components`` (m,), and ``bic``, ``aic``, ``held_out`` each of shape
        (len(COVARIANCE_TYPES), m), rows in the order of ``COVARIANCE_TYPES``.
    """
    X = np.asarray(X, dtype=float)
    order = np.random.default_rng(seed).permutation(len(X))
    n_test = round(held_out * len(X))
    test, train = X[order[:n_test]], X[order[n_test:]]
    components = np.arange(1, max_components + 1)
    shape = (len(COVARIANCE_TYPES), len(components))
    scores = {"components": components, "bic": np.empty(shape), "aic": np.empty(shape), "held_out": np.empty(shape)}
    for i, cov in enumerate(COVARIANCE_TYPES):
        for j, k in enumerate(components):
            gmm: GaussianMixture = fitted(int(k), cov) if fitted else fit(X, int(k), cov)
            scores["bic"][i, j] = gmm.bic(X)
            scores["aic"][i, j] = gmm.aic(X)
            scores["held_out"][i, j] = gmm_on_train_score(train, test, int(k), cov)
    return scores


def best_setting(scores: dict[str, np.ndarray], metric: str) -> tuple[int, int]:
    """The best setting by one score of :func:`model_scores`: (row of the covariance type, column of the count).

    BIC and AIC are best where lowest; the held-out log-likelihood where highest.
    """
    values = scores[metric]
    best = np.argmax(values) if metric == "held_out" else np.argmin(values)
    row, column = np.unravel_index(best, values.shape)
    return int(row), int(column)


def gmm_on_train_score(train, test, n_components: int, covariance_type: str) -> float:
    """Mean log p(x) over ``test`` under a mixture fitted to ``train`` only."""
    return float(np.mean(fit(train, n_components, covariance_type).score_samples(test)))


def temper(covariances, temperature: float) -> np.ndarray:
    """Every component's covariance scaled by ``temperature`` (1 = the learned model).

    Below 1 the drawing sharpens towards each component's centre; above 1 it
    widens. Returns a new array of the same shape (k, d, d).
    """
    if not temperature > 0:
        raise ValueError(f"temperature must be positive, got {temperature!r}")
    return np.asarray(covariances, dtype=float) * float(temperature)


def mean_log_likelihoods(steps: list[EMStep]) -> np.ndarray:
    """The log-likelihood curve of a run, shape (len(steps),)."""
    return np.array([ll for *_, ll in steps])
