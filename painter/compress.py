"""Why compress first: the trade-off Stable Diffusion's autoencoder strikes, on the 8×8 digits.

Stable Diffusion does not diffuse pixels: an autoencoder first squeezes each
picture into a much smaller **latent** (64×64×4 numbers for a 512×512×3
picture), the diffusion model learns and generates there, and the decoder
turns the result back into pixels (Rombach et al., 2022, "Latent Diffusion
Models"). Here PCA plays the autoencoder: a digit is kept as k numbers and
rebuilt from them.

Two things pull against each other as k grows:

- **Reconstruction**: from more numbers, a held-out digit is rebuilt more
  faithfully (the error falls with k, to 0 at k = 64).
- **Learning**: a mixture learned in k dimensions from 1,500 pictures has
  more to estimate as k grows (each full covariance has k(k+1)/2 numbers), so
  what it draws, read by step 8's judge, and how likely it finds held-out
  digits stop improving or get worse.

A small k loses detail; a large k leaves too little data per number learned.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.decomposition import PCA

from painter import digits as _digits
from painter import model as _model
from painter import prompt as _prompt
from painter.readonly import seal

__all__ = ["COMPONENTS", "DIMS", "Compression", "compress"]

#: The numbers of PCA dimensions the page compares (k on its slider).
DIMS = (2, 4, 8, 16, 24, 32, 48, 64)
#: Components of the mixture learned in k dimensions (as on page 5a).
COMPONENTS = 10
#: Digits drawn per k.
DRAWN = 200


@dataclass(frozen=True)
class Compression:
    """What k numbers per digit keep and what a mixture learned on them draws.

    Attributes
    ----------
    k : int
    rebuilt : ndarray of shape (m, 64)
        The held-out digits rebuilt from k numbers (clipped to 0..255).
    error : float
        Root-mean-square error of ``rebuilt`` per pixel (grey levels).
    drawn : ndarray of shape (DRAWN, 64), uint8
        Digits drawn from the mixture learned in k dimensions, decoded to pixels.
    quality : float
        Mean confidence of step 8's judge in its reading of ``drawn`` (its largest class probability).
    likelihood : float
        Mean log-likelihood per pixel of the held-out digits under that mixture (nats).
    """

    k: int
    rebuilt: np.ndarray
    error: float
    drawn: np.ndarray
    quality: float
    likelihood: float

    def __post_init__(self) -> None:
        seal(self)


def compress(train, held_out, k: int, judge, *, seed: int = 0) -> Compression:
    """Keep each digit as k PCA numbers: rebuild held-out digits, and draw from a mixture learned there.

    Parameters
    ----------
    train : array-like of shape (n, 64)
        Training digits, 0–255.
    held_out : array-like of shape (m, 64)
        Digits the model never saw.
    k : int
        Dimensions kept, 1..64.
    judge : sklearn.linear_model.LogisticRegression
        Step 8's judge (:func:`painter.judging.judge`).
    seed : int, default=0
        Seeds PCA, the mixture's start and the drawing.

    Returns
    -------
    compression : Compression
    """
    train = np.asarray(train, dtype=float)
    held_out = np.atleast_2d(np.asarray(held_out, dtype=float))
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or not 1 <= k <= train.shape[1]:
        raise ValueError(f"k must be an integer 1..{train.shape[1]}, got {k!r}")
    pca = PCA(n_components=int(k), random_state=seed).fit(train)
    rebuilt = np.clip(pca.inverse_transform(pca.transform(held_out)), 0, 255)
    error = float(np.sqrt(np.mean((rebuilt - held_out) ** 2)))
    with _prompt._single_thread():
        fitted = _digits.fit(train, COMPONENTS, seed, pca_dims=int(k))
    drawn = _digits.sample(fitted, DRAWN, np.random.default_rng(seed))
    quality = float(judge.predict_proba(drawn / 255.0).max(axis=1).mean())
    likelihood = float(_model.log_density(fitted.mixture, held_out).mean() / held_out.shape[1])
    return Compression(int(k), rebuilt, error, drawn, quality, likelihood)
