"""New or copied? Each picture's nearest training picture.

A model that memorised its training pictures would draw pictures at distance
(almost) zero from one of them. Comparing the distances of drawn pictures with
those of real pictures the model never saw tells the two apart: a model that
makes new pictures sits about as far from its training set as unseen real
pictures do.
"""

from __future__ import annotations

import numpy as np

__all__ = ["nearest"]


def nearest(queries, train, chunk: int = 1024) -> tuple[np.ndarray, np.ndarray]:
    """The nearest training picture of every query, by Euclidean distance in pixel values.

    Parameters
    ----------
    queries : array-like of shape (n, d)
    train : array-like of shape (m, d)
    chunk : int, default=1024
        Queries handled at once (bounds the memory of the distance matrix).

    Returns
    -------
    index : ndarray of shape (n,), dtype int
        Row of ``train`` nearest to each query (the first one on ties).
    distance : ndarray of shape (n,)
        Its distance, recomputed directly so that an exact copy gives exactly 0.
    """
    queries = np.atleast_2d(np.asarray(queries, dtype=float))
    train = np.atleast_2d(np.asarray(train, dtype=float))
    if queries.shape[1] != train.shape[1] or len(train) == 0:
        raise ValueError("queries and train must have the same number of columns, and train at least one row")
    train_sq = np.einsum("ij,ij->i", train, train)
    index = np.empty(len(queries), dtype=int)
    for start in range(0, len(queries), chunk):
        block = queries[start : start + chunk]
        # |q - t|^2 = |q|^2 + |t|^2 - 2 q.t ; |q|^2 is the same for every t, so it can be left out
        index[start : start + chunk] = np.argmin(train_sq[None, :] - 2.0 * block @ train.T, axis=1)
    distance = np.linalg.norm(queries - train[index], axis=1)
    return index, distance
