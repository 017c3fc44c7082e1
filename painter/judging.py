"""The independent judge of generated digits, and the measures step 8 reads generated pictures by.

The *judge* is a logistic regression trained on the real training digits, never on anything a
generator made: how often it reads a picture as the asked digit is the *agreement*. *Variety*
is the average distance between two pictures of the same prompt; *near copies* are pictures
closer to a training picture than real unseen digits ever are.
"""

from __future__ import annotations

import numpy as np
from sklearn.linear_model import LogisticRegression

from painter.digits import DIGITS, checked_labelled
from painter.model import _thread_pools
from painter.neighbours import nearest

__all__ = ["agreement", "extreme_share", "judge", "near_copies", "readings", "real_variety", "variety"]


def judge(pictures, labels, seed: int = 0) -> LogisticRegression:
    """The independent judge: a logistic regression that reads digits, trained on real pictures.

    Parameters
    ----------
    pictures : array-like of shape (n, 64)
        Real pictures, 0–255.
    labels : array-like of shape (n,)

    Returns
    -------
    judge : LogisticRegression
        Reads pictures scaled to 0–1 (see :func:`agreement`).
    """
    pictures, labels = checked_labelled(pictures, labels)
    with _thread_pools().limit(limits=1):  # a small fit: one thread is faster
        return LogisticRegression(C=0.1, max_iter=2000, random_state=seed).fit(pictures / 255.0, labels)


def readings(judge: LogisticRegression, pictures) -> np.ndarray:
    """The digit the judge reads in each of ``pictures`` (n, 64), values 0–255 (clipped to them first).

    Returns
    -------
    digits : ndarray of shape (n,), int
    """
    pictures = np.atleast_2d(np.asarray(pictures, dtype=float))
    return judge.predict(np.clip(pictures, 0, 255) / 255.0).astype(int)


def agreement(judge: LogisticRegression, pictures, digit) -> float:
    """The share of ``pictures`` (n, 64), values 0–255, that the judge reads as ``digit``.

    ``digit`` is one digit for all, or an array (n,) of each picture's own.
    """
    return float(np.mean(readings(judge, pictures) == digit))


def extreme_share(pictures) -> float:
    """The share of all pixels of ``pictures`` (n, 64) that are exactly black or white (0 or 255)."""
    pictures = np.asarray(pictures)
    return float(np.mean((pictures == 0) | (pictures == 255)))


def variety(pictures) -> float:
    """The average distance between two different pictures of ``pictures`` (n, 64), in grey levels."""
    pictures = np.atleast_2d(np.asarray(pictures, dtype=float))
    n = len(pictures)
    if n < 2:
        return 0.0
    squared = np.einsum("ij,ij->i", pictures, pictures)
    gaps = np.sqrt(np.maximum(squared[:, None] + squared[None, :] - 2.0 * pictures @ pictures.T, 0.0))
    return float(gaps.sum() / (n * (n - 1)))


def near_copies(pictures, train, threshold: float) -> tuple[np.ndarray, np.ndarray, float]:
    """Each picture's nearest training picture, and the share closer than ``threshold``.

    Returns
    -------
    index : ndarray of shape (n,)
    distance : ndarray of shape (n,)
    share : float
        The share of pictures at distance < ``threshold`` from a training picture.
    """
    index, distance = nearest(pictures, train)
    return index, distance, float(np.mean(distance < threshold))


def real_variety(pictures, labels, n: int) -> float:
    """The variety of real pictures (:func:`variety` of the first ``n`` of each digit, mean over digits)."""
    pictures, labels = np.asarray(pictures), np.asarray(labels)
    return float(np.mean([variety(pictures[labels == d][:n]) for d in DIGITS]))
