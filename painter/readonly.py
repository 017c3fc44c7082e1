"""Read-only results: a model or a result shared by every session must not be changed by one of them."""

from __future__ import annotations

import dataclasses

import numpy as np

__all__ = ["frozen", "seal"]


def seal(instance) -> None:
    """Replace every array field of a frozen dataclass ``instance`` by a read-only view of it.

    Called from ``__post_init__``: the instance can then be cached for the whole
    server as it is. The arrays the caller passed in stay writable (only the
    views are read-only), and nothing is copied.
    """
    for field in dataclasses.fields(instance):
        value = getattr(instance, field.name)
        if isinstance(value, np.ndarray):
            view = value.view()
            view.setflags(write=False)
            object.__setattr__(instance, field.name, view)


def frozen(array: np.ndarray) -> np.ndarray:
    """``array`` itself, made read-only in place: for a result that is about to be shared."""
    array.setflags(write=False)
    return array
