"""Real 8×8 pictures: the handwritten digits that ship with scikit-learn.

The same idea as the 2-pixel contest, in 64 dimensions. The 1,797 digits of
:func:`sklearn.datasets.load_digits` (values 0–16) are rescaled to 0–255 and
split once, with a fixed seed, into pictures the model learns from and
held-out pictures it never sees.

The model is a Gaussian mixture learned in a PCA space of :data:`PCA_DIMS`
dimensions and mapped back to pixels: component ``k`` becomes a Gaussian in
pixel space with mean ``m + W^T mu_k`` and covariance
``W^T Sigma_k W + s2 I``, where ``W`` holds the principal directions and
``s2`` is the average variance PCA left out (``PCA.noise_variance_``). So the
result is an ordinary full-covariance mixture over 64 pixels, and everything
in :mod:`painter.model` (density, sampling, conditioning) works on it as is.

The number of components is chosen by BIC on the training pictures among
:data:`CANDIDATES`. BIC is computed in the PCA space: the pixel-space density
is the PCA-space density times a residual Gaussian that does not depend on the
number of components, so the ranking is the same.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from sklearn.decomposition import PCA
from sklearn.mixture import GaussianMixture

from painter import model as _model
from painter.images import blank_sheet, crisp, to_pixels

__all__ = [
    "CANDIDATES",
    "DIGITS",
    "HELD_OUT",
    "PCA_DIMS",
    "SIDE",
    "DigitsModel",
    "best_by_bic",
    "bits_per_pixel",
    "checked_labelled",
    "fit",
    "hide",
    "inpaint",
    "inpainter",
    "labelled_split",
    "load",
    "load_labelled",
    "mask",
    "sample",
    "split",
    "tile",
    "variance_kept",
]

SIDE = 8
N_PIXELS = SIDE * SIDE
#: The classes: the digits 0–9.
DIGITS = tuple(range(10))
#: Pictures kept out of training, to test the model on pictures it never saw.
HELD_OUT = 297
#: Dimensions of the PCA space the mixture is learned in.
PCA_DIMS = 40
#: Component counts BIC chooses from.
CANDIDATES = (1, 2, 4, 6, 8, 10)
#: Variance added to each PCA-space covariance (as ``reg_covar``), for stability.
REG_COVAR = 1.0


def load() -> np.ndarray:
    """All 1,797 digits as rows of 64 pixel values 0–255 (see :func:`load_labelled`)."""
    return load_labelled()[0]


def load_labelled() -> tuple[np.ndarray, np.ndarray]:
    """All 1,797 digits and the digit each shows.

    Returns
    -------
    X : ndarray of shape (1797, 64), dtype float
        Row-major 8×8 pictures; the dataset's 0–16 values times 255/16.
    y : ndarray of shape (1797,), dtype int
        The digit 0–9 each picture shows.
    """
    from sklearn.datasets import load_digits

    digits = load_digits()
    return digits.data.astype(float) * (255.0 / 16.0), digits.target.astype(int)


def split(X, seed: int = 0, held_out: int = HELD_OUT) -> tuple[np.ndarray, np.ndarray]:
    """A fixed random split into (training pictures, held-out pictures)."""
    X = np.asarray(X, dtype=float)
    order = np.random.default_rng(seed).permutation(len(X))
    return X[order[held_out:]], X[order[:held_out]]


@dataclass(frozen=True)
class DigitsModel:
    """A mixture over 64 pixels learned through PCA.

    Attributes
    ----------
    mixture : Mixture
        The pixel-space mixture: weights (k,), means (k, 64), covariances (k, 64, 64).
    bic : float
        BIC of the PCA-space mixture on the training pictures (lower is better).
    noise_variance : float
        The isotropic variance ``s2`` added for the dimensions PCA left out.
    """

    mixture: _model.Mixture
    bic: float
    noise_variance: float


def fit(train, n_components: int, seed: int = 0, pca_dims: int = PCA_DIMS) -> DigitsModel:
    """Learn the mixture from the training pictures.

    Parameters
    ----------
    train : array-like of shape (n_samples, 64)
    n_components : int
        Number of Gaussian components.
    seed : int, default=0
        Seed of PCA and of the k-means start; the same inputs give the same model.
    pca_dims : int, default=PCA_DIMS

    Returns
    -------
    model : DigitsModel
    """
    train = np.asarray(train, dtype=float)
    if not 1 <= n_components <= len(train):
        raise ValueError(f"n_components must be between 1 and {len(train)}, got {n_components}")
    pca = PCA(n_components=pca_dims, random_state=seed).fit(train)
    scores = pca.transform(train)
    gmm = GaussianMixture(
        n_components=n_components, covariance_type="full", reg_covar=REG_COVAR, random_state=seed, max_iter=200
    ).fit(scores)
    W = pca.components_  # (p, 64)
    noise = float(pca.noise_variance_)
    means = pca.mean_[None, :] + gmm.means_ @ W
    covariances = np.einsum("pi,kpq,qj->kij", W, gmm.covariances_, W) + noise * np.eye(train.shape[1])
    covariances = 0.5 * (covariances + np.swapaxes(covariances, 1, 2))
    return DigitsModel(_model.Mixture(gmm.weights_, means, covariances), float(gmm.bic(scores)), noise)


def best_by_bic(models: dict[int, DigitsModel]) -> int:
    """The component count whose model has the lowest BIC."""
    return min(models, key=lambda k: models[k].bic)


def bits_per_pixel(mixture: _model.Mixture, X) -> float:
    """Average code length of the pictures ``X`` under the mixture, in bits per pixel.

    ``-mean(log2 p(x)) / d``. The probability of a picture of whole grey
    levels is approximated by the continuous density at it (the density times
    a bin of width 1 per pixel). The untrained AI (every pixel uniform over 256
    levels) needs exactly 8 bits per pixel.
    """
    X = np.atleast_2d(np.asarray(X, dtype=float))
    log_p = _model.log_density(mixture, X)
    return float(-np.mean(log_p) / (X.shape[1] * np.log(2.0)))


def variance_kept(X, dims: int = PCA_DIMS) -> float:
    """The share of how the pictures ``X`` differ that PCA's first ``dims`` directions hold.

    Their variance along those directions (the largest eigenvalues of the pictures'
    covariance) over their total variance: what "the few directions in which pictures
    differ most" keep, as a fraction from 0 to 1.
    """
    spread = np.linalg.eigvalsh(np.cov(np.asarray(X, dtype=float), rowvar=False))[::-1]
    return float(spread[:dims].sum() / spread.sum())


def sample(model: DigitsModel, n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` new digits, rounded and clipped to valid pixels: shape (n, 64) uint8."""
    return to_pixels(_model.sample(model.mixture, n, rng=rng))


#: The parts of a picture that can be hidden.
MASKS = ("bottom", "right", "box")


def mask(kind: str, box: tuple[int, int, int, int] | None = None) -> np.ndarray:
    """Which of the 64 pixels are hidden: a boolean array of shape (64,).

    Parameters
    ----------
    kind : {"bottom", "right", "box"}
        The bottom half, the right half, or the rectangle ``box``.
    box : (row0, row1, col0, col1), optional
        Rows ``row0..row1`` and columns ``col0..col1`` inclusive (only for "box").
    """
    hidden = np.zeros((SIDE, SIDE), dtype=bool)
    if kind == "bottom":
        hidden[SIDE // 2 :, :] = True
    elif kind == "right":
        hidden[:, SIDE // 2 :] = True
    elif kind == "box":
        if box is None:
            raise ValueError("a box needs (row0, row1, col0, col1)")
        r0, r1, c0, c1 = (int(v) for v in box)
        r0, r1, c0, c1 = max(r0, 0), min(r1, SIDE - 1), max(c0, 0), min(c1, SIDE - 1)
        hidden[r0 : r1 + 1, c0 : c1 + 1] = True
    else:
        raise ValueError(f"kind must be one of {MASKS}, got {kind!r}")
    if hidden.all():
        raise ValueError("at least one pixel must stay visible")
    return hidden.ravel()


def inpaint(model: DigitsModel, picture, hidden, n: int, rng: np.random.Generator) -> np.ndarray:
    """Draw ``n`` completions of ``picture`` from the exact conditional of the mixture.

    The visible pixels are fixed; the hidden ones are drawn from
    p(hidden | visible), a mixture computed by :func:`painter.model.condition`
    (per component Gaussian conditioning, weights recomputed in log space).

    Returns
    -------
    completions : ndarray of shape (n, 64), dtype uint8
        The visible pixels as given, the hidden ones drawn and made valid pixels.
    """
    return inpainter(model, hidden)(picture, n, rng)


def inpainter(model: DigitsModel, hidden) -> Callable[[np.ndarray, int, np.random.Generator], np.ndarray]:
    """:func:`inpaint` prepared for one hidden region: ``inpainter(model, hidden)(picture, n, rng)``.

    The conditioning work that depends only on which pixels are hidden is
    done once (see :func:`painter.model.conditioner_for`), and so is the Cholesky
    factorisation of the conditional covariances, which do not depend on the
    visible values either. Drawing again, or completing another picture with
    the same region hidden, costs about as much as drawing new digits.
    """
    hidden = np.asarray(hidden, dtype=bool).reshape(-1)
    visible = np.flatnonzero(~hidden)
    given = _model.conditioner_for(model.mixture, known_idx=visible)

    def complete(picture, n: int, rng: np.random.Generator) -> np.ndarray:
        picture = np.asarray(picture, dtype=float).reshape(-1)
        out = np.repeat(picture[None, :], n, axis=0)
        out[:, hidden] = _model.sample(given(picture[visible]), n, rng=rng)
        return to_pixels(out)

    return complete


def hide(picture, hidden, shade: int = 128) -> np.ndarray:
    """The picture with its hidden pixels painted a flat mid grey, shape (64,) uint8."""
    out = to_pixels(picture).reshape(-1).copy()
    out[np.asarray(hidden, dtype=bool).reshape(-1)] = shade
    return out


def tile(pictures, per_row: int = 8, scale: int = 6, gap: int = 2, frame: int = 1, hidden=None) -> np.ndarray:
    """Lay 8×8 pictures out in a grid, each enlarged with crisp pixels and framed.

    Parameters
    ----------
    pictures : array-like of shape (n, 64)
    hidden : array-like of shape (64,), optional
        Pixels to outline in orange in every picture (the inpainted part).

    Returns
    -------
    grid : ndarray of shape (H, W, 3), dtype uint8
    """
    pictures = to_pixels(pictures).reshape(-1, SIDE, SIDE)
    cell = SIDE * scale + 2 * frame
    grid, corners = blank_sheet(len(pictures), cell, cell, per_row=per_row, gap=gap, channels=(3,))
    outline = None
    if hidden is not None:  # the border of the hidden region, the same in every picture
        edge = crisp(np.asarray(hidden, dtype=bool).reshape(SIDE, SIDE), scale)
        inner = np.zeros_like(edge)
        inner[1:-1, 1:-1] = edge[:-2, 1:-1] & edge[2:, 1:-1] & edge[1:-1, :-2] & edge[1:-1, 2:]
        outline = edge & ~inner
    for (y, x), picture in zip(corners, pictures, strict=True):
        grid[y : y + cell, x : x + cell] = 150
        big = np.repeat(crisp(picture, scale)[..., None], 3, axis=2)
        if outline is not None:
            big[outline] = (230, 159, 0)
        grid[y + frame : y + frame + SIDE * scale, x + frame : x + frame + SIDE * scale] = big
    return grid


def labelled_split(seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The digits with their labels, split exactly as :func:`split` splits them.

    Returns
    -------
    train : ndarray of shape (1500, 64)
    train_labels : ndarray of shape (1500,), dtype int
    held_out : ndarray of shape (297, 64)
    held_out_labels : ndarray of shape (297,), dtype int
    """
    pictures, labels = load_labelled()
    both_train, both_held = split(np.column_stack([pictures, labels]), seed)
    return both_train[:, :-1], both_train[:, -1].astype(int), both_held[:, :-1], both_held[:, -1].astype(int)


def checked_labelled(pictures, labels) -> tuple[np.ndarray, np.ndarray]:
    """Labelled pictures as (float pictures (n, 64), int labels (n,)), after checking them.

    Raises
    ------
    ValueError
        For mismatched shapes, values outside 0–255, or labels that are not the digits 0–9, each present.
    """
    pictures = np.asarray(pictures, dtype=float)
    labels = np.asarray(labels)
    if pictures.ndim != 2 or pictures.shape[1] != N_PIXELS or len(labels) != len(pictures):
        raise ValueError("pictures must have shape (n, 64) and labels shape (n,)")
    if not np.all(np.isfinite(pictures)) or pictures.min() < 0 or pictures.max() > 255:
        raise ValueError("pixel values must be between 0 and 255")
    if not np.issubdtype(labels.dtype, np.integer) or not set(np.unique(labels)) == set(DIGITS):
        raise ValueError("labels must be integers 0-9, every digit present")
    return pictures, labels.astype(int)
