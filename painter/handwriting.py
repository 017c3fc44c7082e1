"""Your handwriting, every digit: a style model of the 8×8 digits in closed form.

Each picture is its digit's mean plus a few numbers of *style* mapped to
pixels, plus noise (probabilistic PCA, Tipping & Bishop 1999, of the
differences between each training picture and its digit's mean, pooled over
the ten digits)::

    x = mu_digit + W z + e,    z ~ N(0, I_dims),    e ~ N(0, s2 I_64)

The maximum-likelihood ``W`` and ``s2`` are read off the eigendecomposition
of the pooled within-class covariance ``S = U diag(l) U^T``: ``s2`` is the
average of the eigenvalues left out, ``W = U_dims (diag(l_dims) - s2 I)^½``.
Because ``W`` is shared by all ten digits, the same ``z`` means the same
slant, thickness and width on any digit: the *style* of a picture is the
posterior mean of ``z`` given it, ``(W^T W + s2 I)^-1 W^T (x - mu_digit)``,
and writing digit ``b`` in that style is ``mu_b + W z``.

The digit, when not given, is the one the model itself finds most probable:
every digit's pictures are Gaussian with the same covariance ``W W^T + s2 I``,
so Bayes' rule with the training shares as the prior gives each digit's
probability (:func:`read`).

Pictures are rows of 64 grey levels 0–255 as in :mod:`painter.digits`; a
visitor's drawing (32×32 cells) becomes one exactly as the data set's digits
were made (:func:`from_drawing`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from painter import digits as _digits
from painter.digits import labelled_split
from painter.drawing import DESCRIBED, DIRECTION_NAMES, FRAME, STATISTICS, from_drawing, from_photo, ink, slant, width
from painter.readonly import seal

__all__ = [
    "DIGITS",
    "DIMS",
    "FRAME",
    "HandwritingModel",
    "Reading",
    "carry_over",
    "direction_names",
    "direction_strip",
    "every_digit",
    "fit",
    "from_drawing",
    "from_photo",
    "ink",
    "labelled_split",
    "moved",
    "read",
    "slant",
    "style_of",
    "variations",
    "write",
]

DIGITS = tuple(range(10))
#: The default number of style numbers, and the range a page offers.
DIMS = 8
DIMS_RANGE = (1, 32)
N_PIXELS = _digits.SIDE * _digits.SIDE
#: How far below the least likely training picture a picture may fall and still be called typical, in
#: standard deviations of the training pictures' log densities. Strokes drawn on the pad are sharper than the
#: scanned digits', so a plain 7 drawn there lands below every training picture; a scribble lands far lower.
TYPICAL_MARGIN = 4.0


@dataclass(frozen=True)
class HandwritingModel:
    """Class means plus probabilistic PCA of the pooled within-class differences.

    Attributes
    ----------
    means : ndarray of shape (10, 64)
        Each digit's mean picture.
    W : ndarray of shape (64, dims)
        The style directions, scaled so that a style ``z ~ N(0, I)``.
    noise_variance : float
        ``s2``, the variance per pixel the style leaves out.
    priors : ndarray of shape (10,)
        The share of each digit among the training pictures.
    typical_log_density : float
        The least log density (under the picture's most likely digit) of any training
        picture, less :data:`TYPICAL_MARGIN` of their standard deviations: a picture
        below it looks like no digit the model has seen.
    spreads : ndarray of shape (3,)
        Within-digit standard deviations of the training pictures' ink, slant and
        width (:data:`DESCRIBED`), the units :func:`direction_names` measures in.
    """

    means: np.ndarray
    W: np.ndarray
    noise_variance: float
    priors: np.ndarray
    typical_log_density: float
    spreads: np.ndarray

    def __post_init__(self) -> None:
        seal(self)

    @property
    def dims(self) -> int:
        """The number of style numbers."""
        return self.W.shape[1]


@dataclass(frozen=True)
class Reading:
    """What the model reads a picture as.

    Attributes
    ----------
    digit : int
        The most probable digit.
    probabilities : ndarray of shape (10,)
        Each digit's probability given the picture.
    typical : bool
        Whether the picture is at least as likely as nearly every training picture
        (False: a scribble that looks like no digit, whatever the probabilities say).
    """

    digit: int
    probabilities: np.ndarray
    typical: bool

    def __post_init__(self) -> None:
        seal(self)

    @property
    def probability(self) -> float:
        """The probability of the digit read."""
        return float(self.probabilities[self.digit])


def _pictures(pictures, what: str = "pictures") -> np.ndarray:
    array = np.asarray(pictures, dtype=float)
    if array.ndim != 2 or array.shape[1] != N_PIXELS:
        raise ValueError(f"{what} must have shape (n, {N_PIXELS}), got {array.shape}")
    if not np.isfinite(array).all():
        raise ValueError(f"{what} must be finite")
    return array


def _picture(picture) -> np.ndarray:
    try:
        array = np.asarray(picture, dtype=float)
    except (TypeError, ValueError):
        raise ValueError("a picture must be 64 numbers") from None
    if array.shape != (N_PIXELS,):
        raise ValueError(f"a picture must have shape ({N_PIXELS},), got {array.shape}")
    if not np.isfinite(array).all():
        raise ValueError("a picture must be finite")
    return array


def _digit(digit) -> int:
    if isinstance(digit, bool) or not isinstance(digit, int | np.integer) or not 0 <= digit <= 9:
        raise ValueError(f"a digit must be an integer 0–9, got {digit!r}")
    return int(digit)


def _style(model: HandwritingModel, style) -> np.ndarray:
    try:
        z = np.asarray(style, dtype=float)
    except (TypeError, ValueError):
        raise ValueError("a style must be numbers") from None
    if z.shape != (model.dims,):
        raise ValueError(f"a style must have shape ({model.dims},), got {z.shape}")
    if not np.isfinite(z).all():
        raise ValueError("a style must be finite")
    return z


def fit(pictures, labels, *, dims: int = DIMS) -> HandwritingModel:
    """Learn the class means and the style directions (closed form, no iterations).

    Parameters
    ----------
    pictures : array-like of shape (n, 64)
        Grey levels 0–255.
    labels : array-like of shape (n,)
        The digit 0–9 each picture shows; every digit at least twice.
    dims : int, default=8
        The number of style numbers, 1–32.

    Returns
    -------
    model : HandwritingModel
        Read-only arrays.

    Raises
    ------
    ValueError
        For mismatched shapes, labels outside 0–9 or a digit missing, ``dims``
        outside 1–32, or non-finite values.
    """
    X = _pictures(pictures)
    y = np.asarray(labels)
    if y.shape != (len(X),):
        raise ValueError(f"labels must have shape ({len(X)},), got {y.shape}")
    if isinstance(dims, bool) or not isinstance(dims, int | np.integer) or not DIMS_RANGE[0] <= dims <= DIMS_RANGE[1]:
        raise ValueError(f"dims must be an integer {DIMS_RANGE[0]}–{DIMS_RANGE[1]}, got {dims!r}")
    if not np.issubdtype(y.dtype, np.number) or not np.isfinite(y).all() or (y != np.round(y)).any():
        raise ValueError("labels must be the digits 0–9")
    y = y.astype(int)
    counts = np.bincount(y[(y >= 0) & (y <= 9)], minlength=10)
    if (y < 0).any() or (y > 9).any() or (counts < 2).any():
        raise ValueError("labels must be the digits 0–9, each at least twice")
    means = np.stack([X[y == d].mean(axis=0) for d in DIGITS])
    differences = X - means[y]
    covariance = differences.T @ differences / (len(X) - len(DIGITS))
    eigenvalues, eigenvectors = np.linalg.eigh(covariance)
    eigenvalues, eigenvectors = eigenvalues[::-1].clip(min=0.0), eigenvectors[:, ::-1]
    noise = max(float(eigenvalues[dims:].mean()), 1e-6)
    # one sign per direction, so the same data always gives the same directions
    signs = np.sign(eigenvectors[np.abs(eigenvectors).argmax(axis=0), np.arange(N_PIXELS)])
    W = eigenvectors[:, :dims] * signs[:dims] * np.sqrt(np.maximum(eigenvalues[:dims] - noise, 0.0))
    model = HandwritingModel(means, W, noise, counts / counts.sum(), -np.inf, np.zeros(3))
    log_density = _log_densities(model, X).max(axis=1)
    spreads = np.std(_statistics(X, described=True) - _statistics(means, described=True)[y], axis=0)
    return HandwritingModel(
        means, W, noise, counts / counts.sum(), float(log_density.min() - TYPICAL_MARGIN * log_density.std()), spreads
    )


def _log_densities(model: HandwritingModel, X: np.ndarray) -> np.ndarray:
    """log N(x; mu_d, W W^T + s2 I) for every picture and digit: shape (n, 10).

    Through the Woodbury identity: only a dims×dims matrix is inverted.
    """
    s2, W = model.noise_variance, model.W
    M = W.T @ W + s2 * np.eye(model.dims)
    differences = X[:, None, :] - model.means[None, :, :]  # (n, 10, 64)
    projected = differences @ W  # (n, 10, dims)
    quadratic = (
        np.einsum("ndp,ndp->nd", differences, differences)
        - np.einsum(
            "ndk,ndk->nd", projected, np.linalg.solve(M, projected.reshape(-1, model.dims).T).T.reshape(projected.shape)
        )
    ) / s2
    log_det = np.linalg.slogdet(M)[1] + (N_PIXELS - model.dims) * np.log(s2)
    return -0.5 * (quadratic + log_det + N_PIXELS * np.log(2 * np.pi))


def read(model: HandwritingModel, picture) -> Reading:
    """Which digit the model reads ``picture`` (shape (64,)) as, with each digit's probability.

    Raises
    ------
    ValueError
        For a wrong shape or non-finite values.
    """
    x = _picture(picture)
    log_density = _log_densities(model, x[None, :])[0]
    log_posterior = log_density + np.log(np.maximum(model.priors, 1e-300))
    probabilities = np.exp(log_posterior - log_posterior.max())
    probabilities /= probabilities.sum()
    digit = int(probabilities.argmax())
    return Reading(digit, probabilities, bool(log_density.max() >= model.typical_log_density))


def style_of(model: HandwritingModel, picture, digit: int | None = None) -> np.ndarray:
    """The style of ``picture``: the posterior mean of ``z`` given it and its digit.

    Parameters
    ----------
    model : HandwritingModel
    picture : array-like of shape (64,)
    digit : int, optional
        The digit it shows; the one the model reads it as (:func:`read`) when None.

    Returns
    -------
    style : ndarray of shape (dims,)

    Raises
    ------
    ValueError
        For a wrong shape or non-finite values, or a digit outside 0–9.
    """
    x = _picture(picture)
    digit = read(model, x).digit if digit is None else _digit(digit)
    W = model.W
    M = W.T @ W + model.noise_variance * np.eye(model.dims)
    return np.linalg.solve(M, W.T @ (x - model.means[digit]))


def _written(model: HandwritingModel, z: np.ndarray, digit: int) -> np.ndarray:
    return model.means[digit] + model.W @ z


def write(model: HandwritingModel, style, digit: int) -> np.ndarray:
    """Digit ``digit`` written in ``style``: its mean plus ``W · style``, rounded and clipped to 0–255.

    Returns
    -------
    picture : ndarray of shape (64,), dtype uint8

    Raises
    ------
    ValueError
        For a digit outside 0–9, or a style of the wrong length or non-finite.
    """
    return _to_pixels(_written(model, _style(model, style), _digit(digit)))


def every_digit(model: HandwritingModel, style) -> np.ndarray:
    """All ten digits written in ``style`` (:func:`write` for 0–9).

    Returns
    -------
    pictures : ndarray of shape (10, 64), dtype uint8
    """
    z = _style(model, style)
    return _to_pixels(model.means + (model.W @ z)[None, :])


def moved(model: HandwritingModel, style, offsets) -> np.ndarray:
    """``style`` moved along the first style directions: ``offsets[k]`` added to its number k.

    Offsets beyond the model's ``dims`` are ignored (a 2-number style has no third direction).

    Returns
    -------
    style : ndarray of shape (dims,)
    """
    z = _style(model, style).copy()
    shift = np.asarray(offsets, dtype=float)[: model.dims]
    if not np.isfinite(shift).all():
        raise ValueError("offsets must be finite")
    z[: len(shift)] += shift
    return z


def _to_pixels(values: np.ndarray) -> np.ndarray:
    return np.clip(np.rint(values), 0, 255).astype(np.uint8)


def variations(model: HandwritingModel, style, digit: int, n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` pictures of ``digit`` in ``style`` with the model's own pixel noise added (``e ~ N(0, s2 I)``).

    One style still allows many pictures: these are draws of ``x`` given ``z``.

    Returns
    -------
    pictures : ndarray of shape (n, 64), dtype uint8
    """
    mean = _written(model, _style(model, style), _digit(digit))
    return _to_pixels(mean + rng.normal(0.0, np.sqrt(model.noise_variance), size=(int(n), N_PIXELS)))


def direction_strip(
    model: HandwritingModel, direction: int, digit: int, *, steps: int = 5, span: float = 2.0
) -> np.ndarray:
    """``digit`` written with style ``t · e_direction`` for ``steps`` values of t from −span to +span.

    Returns
    -------
    pictures : ndarray of shape (steps, 64), dtype uint8
    """
    if not 0 <= direction < model.dims:
        raise ValueError(f"direction must be 0–{model.dims - 1}, got {direction!r}")
    digit = _digit(digit)
    return np.stack([write(model, np.eye(model.dims)[direction] * t, digit) for t in np.linspace(-span, span, steps)])


def _statistics(pictures, described: bool = False) -> np.ndarray:
    values = [ink(pictures), slant(pictures)] + ([width(pictures)] if described else [])
    return np.stack(values, axis=-1)


def carry_over(model: HandwritingModel, pictures, labels, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """How much of each source's ink and slant its style carries to the other nine digits.

    For each source picture and each other digit, the digit is written in the
    source's style (:func:`style_of` with the source's own digit). The measure is
    the correlation, over all (source, digit) pairs, between the source's
    deviation from its digit's training mean and the written digit's deviation
    from the average of all written pictures of that digit. The same with a
    random style (``z ~ N(0, I)``) in place of the source's is the baseline (≈ 0).

    Parameters
    ----------
    model : HandwritingModel
    pictures : array-like of shape (n, 64)
        Pictures the model never saw (the held-out digits).
    labels : array-like of shape (n,)
    rng : numpy.random.Generator
        Draws the random styles.

    Returns
    -------
    dict
        ``"yours"`` and ``"random"``: ndarrays of shape (2,), the correlations of
        ink and slant (:data:`STATISTICS`).
    """
    X = _pictures(pictures)
    y = np.asarray(labels, dtype=int)
    source = _statistics(X) - _statistics(model.means)[y]
    M = model.W.T @ model.W + model.noise_variance * np.eye(model.dims)
    styles = np.linalg.solve(M, model.W.T @ (X - model.means[y]).T).T  # (n, dims)
    random = rng.standard_normal(styles.shape)
    result = {}
    for name, z in (("yours", styles), ("random", random)):
        written = _to_pixels(model.means[None, :, :] + (z @ model.W.T)[:, None, :])  # (n, 10, 64)
        statistics = _statistics(written)  # (n, 10, 2)
        deviation = statistics - statistics.mean(axis=0, keepdims=True)
        other = np.arange(10)[None, :] != y[:, None]
        a = np.broadcast_to(source[:, None, :], deviation.shape)[other]
        b = deviation[other]
        result[name] = np.array([np.corrcoef(a[:, k], b[:, k])[0, 1] for k in range(len(STATISTICS))])
    return result


def direction_names(model: HandwritingModel, *, count: int = 3, threshold: float = 1.0) -> tuple[str | None, ...]:
    """What each of the first ``count`` style directions changes, when the data says so clearly.

    Moving along direction k from −2 to +2 changes every digit's ink, slant and
    width; the averages of those changes over the ten digits, in units of the
    training pictures' within-digit spread, are compared. A direction is named
    (:data:`DIRECTION_NAMES`) after the statistic it changes by more than
    ``threshold`` spreads and by 1.5 times any other; each name goes to at most
    one direction (the one that changes it most); the rest are None (unnamed).

    Returns
    -------
    names : tuple of str or None, length min(count, dims)
    """
    shown = min(count, model.dims)
    changes = np.zeros((shown, len(DESCRIBED)))
    for k in range(shown):
        ends = [_statistics(direction_strip(model, k, d, steps=2), described=True) for d in DIGITS]
        changes[k] = np.abs(np.mean([e[1] - e[0] for e in ends], axis=0)) / np.maximum(model.spreads, 1e-9)
    names: list[str | None] = [None] * shown
    for k in range(shown):
        best = int(changes[k].argmax())
        others = np.delete(changes[k], best)
        clear = changes[k, best] > threshold and (changes[k, best] > 1.5 * others).all()
        if clear and changes[k, best] == changes[:, best].max():
            names[k] = DIRECTION_NAMES[best]
    return tuple(names)
