"""Choosing the model: how many components, and which shape, by BIC, AIC or held-out works."""

from __future__ import annotations

import numpy as np
from sklearn.mixture import GaussianMixture

from painter.model import COVARIANCE_TYPES, Mixture, fit

__all__ = [
    "METRICS",
    "best_fit",
    "best_setting",
    "held_out_score",
    "model_scores",
    "shared_schools",
    "shared_schools_by_place",
]

#: The scores a model can be chosen by.
METRICS = ("bic", "aic", "held_out")


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
            scores["held_out"][i, j] = held_out_score(train, test, int(k), cov)
    return scores


def best_setting(scores: dict[str, np.ndarray], metric: str) -> tuple[int, int]:
    """The best setting by one score of :func:`model_scores`: (row of the covariance type, column of the count).

    BIC and AIC are best where lowest; the held-out log-likelihood where highest.
    """
    values = scores[metric]
    best = np.argmax(values) if metric == "held_out" else np.argmin(values)
    row, column = np.unravel_index(best, values.shape)
    return int(row), int(column)


def best_fit(X, *, max_components: int = 8) -> tuple[Mixture, int, str]:
    """The mixture BIC prefers for the works ``X`` (n, d), as page 5b chooses one: (mixture, components, shape).

    At most ``max_components`` components, and at most one per four works (at least one).
    """
    scores = model_scores(X, max_components=max(1, min(max_components, len(X) // 4)))
    row, column = best_setting(scores, "bic")
    k, covariance_type = int(scores["components"][column]), COVARIANCE_TYPES[row]
    return Mixture.from_sklearn(fit(X, k, covariance_type)), k, covariance_type


def held_out_score(train, test, n_components: int, covariance_type: str) -> float:
    """Mean log p(x) over ``test`` under a mixture fitted to ``train`` only."""
    return float(np.mean(fit(train, n_components, covariance_type).score_samples(test)))


def shared_schools(fine: Mixture, coarse: Mixture) -> list[tuple[int, float, float]]:
    """How a many-component fit shares out the schools of a few-component one.

    Each of ``fine``'s components joins the ``coarse`` component whose centre is nearest. Returns,
    for each coarse component in order, (how many fine components joined it, their total share of
    the works, the smallest share among them).
    """
    fine_means, coarse_means = np.asarray(fine.means), np.asarray(coarse.means)
    nearest = np.argmin(((fine_means[:, None, :] - coarse_means[None, :, :]) ** 2).sum(axis=-1), axis=1)
    weights = np.asarray(fine.weights)
    shares = []
    for school in range(len(coarse_means)):
        joined = weights[nearest == school]
        shares.append((len(joined), float(joined.sum()), float(joined.min()) if len(joined) else 0.0))
    return shares


def shared_schools_by_place(fine: Mixture, coarse: Mixture) -> dict[str, tuple[int, float]]:
    """:func:`shared_schools` for the contest's three schools, named by where they sit on the plane.

    ``coarse`` must have three components: the one lowest in pixel 2 is ``"bottom"``, the other two
    ``"left"`` and ``"right"`` by pixel 1. Returns, for each name, (how many of ``fine``'s components
    joined that school, their total share of the works), and under ``"smallest"`` (0, the smallest
    share of any fine component that joined one).
    """
    means = np.asarray(coarse.means)
    if means.shape[0] != 3:
        raise ValueError(f"expected a 3-component coarse mixture, got {means.shape[0]}")
    shares = shared_schools(fine, coarse)
    bottom = int(np.argmin(means[:, 1]))
    left, right = sorted((i for i in range(3) if i != bottom), key=lambda i: means[i, 0])
    places = {name: shares[school][:2] for name, school in (("bottom", bottom), ("left", left), ("right", right))}
    places["smallest"] = (0, min(least for _, _, least in shares if least > 0))
    return places
