"""The drawing pad: a 32×32 grid of cells drawn with a mouse, a pen or a finger.

Written with Streamlit's own component API (``st.components.v2``): its HTML is
below, its CSS and JavaScript sit beside this file and are sent inline, so
nothing is fetched from elsewhere and nothing is built. The pad sends one
value per stroke (when the pointer is lifted), not one per move: the 1024
cells row by row, 1 for ink and 0 for paper. On a touch screen the finger
draws on the pad instead of scrolling the page (``touch-action: none`` on
the pad only).

What comes back is untrusted (a visitor may forge it): :func:`cells` accepts
exactly 1024 numbers 0–1 and refuses anything else with a ``ValueError``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import streamlit as st

from painter.handwriting import FRAME as SIDE

__all__ = ["BRUSH", "SIDE", "cells", "drawing_pad"]

#: The brush's radius, in cells: strokes come out about as thick as the data set's digits (a thinner one makes a
#: plain 7 look like no digit the model has seen).
BRUSH = 1.8

_HERE = Path(__file__).parent
_HTML = '<div class="pad"><canvas class="cells" role="img"></canvas><button class="clear" type="button"></button></div>'

_pad = st.components.v2.component(
    "painter.drawing_pad",
    html=_HTML,
    css=(_HERE / "pad.css").read_text(encoding="utf-8"),
    js=(_HERE / "pad.js").read_text(encoding="utf-8"),
)


def _ignore() -> None:
    """The pad's value is read where it is drawn; a change needs no callback of its own."""


def drawing_pad(key: str, *, label: str, clear: str) -> object:
    """Draw the pad and return what it last sent: 1024 values, or None before the first stroke.

    Parameters
    ----------
    key : str
        The pad's widget key (its drawing is kept in the session under it).
    label : str
        What a screen reader says the pad is.
    clear : str
        The Clear button's text.

    Returns
    -------
    object
        Whatever the browser sent, unchecked: hand it to :func:`cells`.
    """
    result = _pad(
        key=key,
        data={"side": SIDE, "brush": BRUSH, "label": label, "clear": clear},
        default={"cells": None},
        on_cells_change=_ignore,
    )
    return result.get("cells")


def cells(value) -> np.ndarray | None:
    """The pad's value checked and shaped: ink per cell, shape (32, 32), or None when nothing was sent.

    Raises
    ------
    ValueError
        For anything but a list of 1024 finite numbers 0–1 (a forged value: a
        string, a dict, a wrong length, NaN).
    """
    if value is None:
        return None
    if not isinstance(value, list) or len(value) != SIDE * SIDE:
        raise ValueError(f"the pad sends a list of {SIDE * SIDE} numbers")
    ink = np.asarray(value)  # one pass in C: a string, None or a nested list gives a dtype that is no number
    if ink.dtype.kind not in "iuf":
        raise ValueError("the pad sends numbers only")
    ink = ink.astype(float)
    if not np.isfinite(ink).all() or ink.min() < 0 or ink.max() > 1:
        raise ValueError("the pad sends ink 0–1 in every cell")
    return ink.reshape(SIDE, SIDE)
