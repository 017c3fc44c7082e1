"""A Gaussian mixture as plain read-only arrays: the one shape every part of painter reads a model in.

:class:`Mixture` is made once at the edge (from scikit-learn, or from arrays) and then
passed, whole, to every function of :mod:`painter.model` and :mod:`painter.diffusion`.
What those functions need again and again is made once and kept on the mixture itself:
the Cholesky factors of its covariances (densities, drawing), its eigen-decomposition
(:class:`FactoredMixture`, the exact score at every noise level) and its overall mean
and covariance (where diffusion starts).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from painter.readonly import seal

__all__ = ["FactoredMixture", "Mixture", "temper"]


def _read_only(array) -> np.ndarray:
    """``array`` as a private read-only float array: kept as it is when it is one already, else copied."""
    if isinstance(array, np.ndarray) and array.dtype == float and not array.flags.writeable:
        return array
    out = np.array(array, dtype=float)
    out.setflags(write=False)
    return out


@dataclass(frozen=True, eq=False)
class Mixture:
    """A Gaussian mixture: component weights, means and full covariance matrices.

    Its arrays are read-only (arrays passed in writable are copied first), so a mixture
    shared by every session can never be changed by accident. Factorisations are made
    on first use and kept (:attr:`cholesky`, :attr:`factored`, :attr:`moments`).

    Attributes
    ----------
    weights : ndarray of shape (k,)
    means : ndarray of shape (k, d)
    covariances : ndarray of shape (k, d, d)
        Full covariance matrices, whatever shape the model was fitted with.
    """

    weights: np.ndarray
    means: np.ndarray
    covariances: np.ndarray

    def __post_init__(self) -> None:
        weights, means, covariances = (_read_only(a) for a in (self.weights, self.means, self.covariances))
        k, d = means.shape if means.ndim == 2 else (-1, -1)
        if weights.shape != (k,) or covariances.shape != (k, d, d):
            raise ValueError("a mixture needs weights (k,), means (k, d) and covariances (k, d, d)")
        object.__setattr__(self, "weights", weights)
        object.__setattr__(self, "means", means)
        object.__setattr__(self, "covariances", covariances)

    @classmethod
    def from_sklearn(cls, gmm) -> Mixture:
        """A fitted :class:`sklearn.mixture.GaussianMixture`'s parameters, every covariance as a full matrix.

        ``gmm`` is not changed.
        """
        k, d = gmm.means_.shape
        cov = np.asarray(gmm.covariances_, dtype=float)
        if gmm.covariance_type == "full":
            full = cov
        elif gmm.covariance_type == "tied":
            full = np.broadcast_to(cov, (k, d, d))
        elif gmm.covariance_type == "diag":
            full = np.einsum("ki,ij->kij", cov, np.eye(d))
        else:  # spherical
            full = cov[:, None, None] * np.eye(d)
        return cls(gmm.weights_, gmm.means_, full)

    @property
    def n_components(self) -> int:
        return len(self.weights)

    @property
    def n_features(self) -> int:
        return self.means.shape[1]

    @property
    def log_weights(self) -> np.ndarray:
        """log of the weights (normalised to sum to 1), shape (k,); -inf for a weight of 0."""
        with np.errstate(divide="ignore"):
            return np.log(self.weights / self.weights.sum())

    def tempered(self, temperature: float) -> Mixture:
        """The same mixture with every covariance scaled by ``temperature`` (see :func:`temper`)."""
        return Mixture(self.weights, self.means, temper(self.covariances, temperature))

    def component(self, index: int) -> Mixture:
        """Component ``index`` alone, as a mixture of one (weight 1)."""
        return Mixture(np.ones(1), self.means[index : index + 1], self.covariances[index : index + 1])

    def shifted(self, weights, means) -> Mixture:
        """New weights (k,) and means (k, d) with the same covariances, and their Cholesky factors if made.

        For a family of mixtures that differ only there (conditioning the same pixels on new values).
        """
        moved = Mixture(weights, means, self.covariances)
        if "cholesky" in self.__dict__:
            moved.__dict__["cholesky"] = self.cholesky
        return moved

    @cached_property
    def cholesky(self) -> np.ndarray:
        """Lower Cholesky factors L_k of the covariances (``Σ_k = L_k L_kᵀ``), shape (k, d, d), made once."""
        factors = np.linalg.cholesky(self.covariances)
        factors.setflags(write=False)
        return factors

    @cached_property
    def moments(self) -> tuple[np.ndarray, np.ndarray]:
        """The mixture's overall mean (d,) and covariance (d, d), made once."""
        w = self.weights / self.weights.sum()
        mean = w @ self.means
        centred = self.means - mean
        cov = np.einsum("k,kij->ij", w, self.covariances) + np.einsum("k,ki,kj->ij", w, centred, centred)
        mean.setflags(write=False)
        cov.setflags(write=False)
        return mean, cov

    @cached_property
    def factored(self) -> FactoredMixture:
        """The eigen-decomposition of every covariance (:class:`FactoredMixture`), made once."""
        return FactoredMixture.of(self)


def temper(covariances, temperature: float) -> np.ndarray:
    """Every component's covariance scaled by ``temperature`` (1 = the learned model).

    Below 1 the drawing sharpens towards each component's centre; above 1 it
    widens. Returns a new array of the same shape (k, d, d).
    """
    if not temperature > 0:
        raise ValueError(f"temperature must be positive, got {temperature!r}")
    return np.asarray(covariances, dtype=float) * float(temperature)


@dataclass(frozen=True)
class FactoredMixture:
    """A mixture with every covariance factored once, so its exact score at every noise level is cheap.

    Adding noise of size σ only adds σ² to each eigenvalue: with
    ``Σ_k = V_k diag(λ_k) V_kᵀ``, ``(Σ_k + σ²I)⁻¹ = V_k diag(1/(λ_k + σ²)) V_kᵀ``
    and ``log det(Σ_k + σ²I) = Σ log(λ_k + σ²)``. So the score at any σ costs
    two matrix products and no new factorisation. Read it as :attr:`Mixture.factored`.

    Attributes
    ----------
    log_weights : ndarray of shape (k,)
    means : ndarray of shape (k, d)
    values : ndarray of shape (k, d)
        Eigenvalues of each covariance.
    vectors : ndarray of shape (k·d, d), or None
        The eigenvectors, transposed and stacked (rows ``j·d .. (j + 1)·d − 1`` are
        ``V_jᵀ``, component j's); None when every covariance is the same multiple of I (then no
        rotation is needed, which keeps a mixture of thousands of tiny Gaussians cheap).
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

    @classmethod
    def of(cls, mixture: Mixture) -> FactoredMixture:
        """Factor ``mixture``'s covariances (symmetric, positive semi-definite)."""
        means, covariances = mixture.means, mixture.covariances
        k, d = means.shape
        diagonal = np.einsum("kii->ki", covariances)
        if np.all(covariances == diagonal[:, :, None] * np.eye(d)) and np.all(diagonal == diagonal[:, :1]):
            values, vectors = diagonal.copy(), None
        else:
            values, v = np.linalg.eigh(0.5 * (covariances + np.swapaxes(covariances, 1, 2)))
            vectors = np.ascontiguousarray(np.swapaxes(v, 1, 2).reshape(k * d, d))
        if np.any(values < 0):
            raise ValueError("covariances must be positive semi-definite")
        rotated = None if vectors is None else np.einsum("kij,kj->ki", vectors.reshape(k, d, d), means)
        return cls(mixture.log_weights, means, values, vectors, rotated)

    def score_t(self, xt: np.ndarray, sigma: float) -> np.ndarray:
        """The exact score at level ``sigma`` of points as columns, xt of shape (d, n) -> (d, n).

        Points as columns keep every array (components or coordinates) × n contiguous, so
        each call is a few matrix products over rows of n values: the inner loop of diffusion.
        """
        k, d = self.means.shape
        spread = self.values + sigma**2  # (k, d)
        if self.vectors is None:
            inverse = 1.0 / spread[:, 0]  # (k,)
            distance = (xt * xt).sum(axis=0)[None, :] - 2.0 * self.means @ xt + (self.means**2).sum(axis=1)[:, None]
            log_r = (
                self.log_weights[:, None] - 0.5 * d * np.log(spread[:, 0])[:, None] - 0.5 * inverse[:, None] * distance
            )
            r = normalised(log_r)  # (k, n)
            pull = r * inverse[:, None]
            return self.means.T @ pull - xt * pull.sum(axis=0)
        rotated = (self.vectors @ xt).reshape(k, d, -1) - self.rotated[:, :, None]  # V_kᵀ(x - μ_k)
        scaled = rotated / spread[:, :, None]
        log_r = (
            self.log_weights[:, None]
            - 0.5 * np.log(spread).sum(axis=1)[:, None]
            - 0.5 * np.einsum("kdn,kdn->kn", rotated, scaled)
        )
        r = normalised(log_r)
        return -(self.vectors.T @ (scaled * r[:, None, :]).reshape(k * d, -1))


def normalised(log_r: np.ndarray) -> np.ndarray:
    """Responsibilities (k, n) from their logs along axis 0, in log space (no overflow far from the data).

    ``log_r`` is a temporary of the caller's: it is overwritten, and returned as the responsibilities.
    """
    log_r -= log_r.max(axis=0)
    r = np.exp(log_r, out=log_r)
    r /= r.sum(axis=0)
    return r
