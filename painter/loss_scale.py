"""The two ends of step 7a's loss scale: a network that learned nothing, and the best possible denoiser.

Both are measured as :func:`painter.learned.train` measures its loss (half the mean squared error of
the network's target, as scikit-learn reports it), on the same ``size`` noisy works, drawn the way
training draws them: a work picked at random, measured from the works' mean, plus noise of a size σ
drawn log-uniformly over :data:`painter.learned.TRAIN_SIGMAS`.
"""

from __future__ import annotations

import numpy as np

from painter.learned import TRAIN_SIGMAS, scalings

__all__ = ["floor_loss", "noisy_works", "unlearned_loss"]


def noisy_works(works, *, seed: int = 0, size: int = 20_000) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``size`` noisy works, drawn as training draws them.

    Parameters
    ----------
    works : array_like of shape (n, 2)

    Returns
    -------
    centred : ndarray of shape (n, 2)
        The works, measured from their mean.
    clean : ndarray of shape (size, 2)
        The work each noisy one came from (centred).
    sigma : ndarray of shape (size,)
        Its noise size.
    noisy : ndarray of shape (size, 2)
        ``clean + sigma · ε``.
    """
    works = np.asarray(works, dtype=np.float64)
    rng = np.random.default_rng(seed)
    centred = works - works.mean(axis=0)
    clean = centred[rng.integers(0, len(works), size)]
    low, high = np.log(TRAIN_SIGMAS)
    sigma = np.exp(rng.uniform(low, high, size))
    noisy = clean + sigma[:, None] * rng.standard_normal((size, 2))
    return centred, clean, sigma, noisy


def unlearned_loss(works, *, seed: int = 0, size: int = 20_000) -> float:
    """The training loss of a network that adds nothing (F = 0): the built-in first guess ``c_skip·y`` alone.

    Measured as :func:`painter.learned.train` measures its loss (half the mean squared error of F's target,
    as scikit-learn reports it), on ``size`` noisy works drawn the way training draws them.
    Training starts near this value; what the network learns is how far below it the loss goes.
    """
    _, clean, sigma, noisy = noisy_works(works, seed=seed, size=size)
    c_skip, c_out, _ = scalings(sigma)
    target = (clean - c_skip[:, None] * noisy) / c_out[:, None]
    return float(0.5 * np.mean(target**2))


def floor_loss(works, *, seed: int = 0, size: int = 20_000, chunk: int = 2_000) -> float:
    """The training loss of the best possible denoiser for these works: the floor no network can beat.

    For noise added to one of ``works`` (each equally likely), the best guess of the clean work is
    their average weighted by how likely each is to have become the noisy work (a Gaussian of width
    σ around it). Its loss is measured as :func:`unlearned_loss` measures one, on the same noisy
    works (the same ``seed`` and ``size``). It is above 0 because a noisy work could have come
    from several works, and it is reached only by a denoiser that knows the works exactly.
    """
    centred, clean, sigma, noisy = noisy_works(works, seed=seed, size=size)
    best = np.empty_like(noisy)
    for start in range(0, size, chunk):  # a chunk × N table of weights at a time
        x, s = noisy[start : start + chunk], sigma[start : start + chunk]
        log_weight = -((x[:, None, :] - centred[None]) ** 2).sum(axis=-1) / (2 * s[:, None] ** 2)
        weight = np.exp(log_weight - log_weight.max(axis=1, keepdims=True))
        best[start : start + chunk] = (weight @ centred) / weight.sum(axis=1, keepdims=True)
    _, c_out, _ = scalings(sigma)
    # the target and the best output differ by (clean − best) / c_out: c_skip·noisy cancels
    return float(0.5 * np.mean(((clean - best) / c_out[:, None]) ** 2))
