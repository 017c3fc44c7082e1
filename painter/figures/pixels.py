"""Pictures as numbers: a photo as a heatmap of its values, and a block of pixels with each value written."""

from __future__ import annotations

import numpy as np

from painter.digits import SIDE
from painter.figures.theme import ACCENT_COLOUR, GREYS, MARGIN
from painter.images import gallery

#: How far the zoom frame sits outside its region, as a share of the picture's larger side.
FRAME_PAD = 0.006


def photo_heatmap(gray: np.ndarray, region: tuple[int, int, int], colorbar_title: str, hover: str) -> dict:
    """A grayscale photo as a zoomable heatmap of its values, with one region outlined.

    Parameters
    ----------
    gray : ndarray of shape (H, W), dtype uint8
    region : (x0, y0, size)
        Top-left corner and side of the square outlined in blue.
    colorbar_title, hover : str
        Translated labels; ``hover`` is a Plotly hover template.
    """
    heatmap = dict(
        type="heatmap",
        z=np.asarray(gray, dtype=np.uint8),
        colorscale=GREYS,
        zmin=0,
        zmax=255,
        hovertemplate=hover + "<extra></extra>",
        colorbar=dict(title=dict(text=colorbar_title), thickness=14),
    )
    layout = dict(
        shapes=[zoom_frame(region, max(np.shape(gray)))],
        height=360,
        margin=MARGIN,
        xaxis=dict(constrain="domain", showgrid=False),
        yaxis=dict(autorange="reversed", scaleanchor="x", constrain="domain", showgrid=False),
    )
    return dict(data=[heatmap], layout=layout)


def zoom_frame(region: tuple[int, int, int], extent: int) -> dict:
    """The blue outline around a region of a picture ``extent`` pixels across: a frame only, never a fill.

    The frame sits just outside the region's pixels (by a small share of the picture, about a screen
    pixel when the whole photo is shown), so even a small region stays visible inside it.

    Parameters
    ----------
    region : (x0, y0, size)
        Top-left corner and side of the framed square, in pixels.
    extent : int
        The picture's larger side, in pixels.
    """
    x0, y0, size = region
    pad = 0.5 + max(1.0, FRAME_PAD * extent)
    return dict(
        type="rect",
        x0=x0 - pad,
        y0=y0 - pad,
        x1=x0 + size - 1 + pad,
        y1=y0 + size - 1 + pad,
        fillcolor="rgba(0,0,0,0)",
        line=dict(color=ACCENT_COLOUR, width=2),
    )


def number_grid_figure(block: np.ndarray, x0: int, y0: int, hover: str) -> dict:
    """A small block of pixels with each value written in its cell."""
    block = np.asarray(block, dtype=np.uint8)
    h, w = block.shape
    heatmap = dict(
        type="heatmap",
        z=block,
        x=np.arange(x0, x0 + w),
        y=np.arange(y0, y0 + h),
        colorscale=GREYS,
        zmin=0,
        zmax=255,
        showscale=False,
        texttemplate="%{z}",
        textfont=dict(size=13),
        xgap=1,
        ygap=1,
        hovertemplate=hover + "<extra></extra>",
    )
    layout = dict(
        height=460,
        margin=dict(l=10, r=10, t=30, b=10),
        plot_bgcolor="#ffffff",
        xaxis=dict(constrain="domain", showgrid=False, dtick=1, side="top"),
        yaxis=dict(autorange="reversed", scaleanchor="x", constrain="domain", showgrid=False, dtick=1),
    )
    return dict(data=[heatmap], layout=layout)


def strip_grid(now, predicted, gap: int = 1) -> np.ndarray:
    """Two rows of 8×8 pictures, the pictures now above the predicted final pictures, as one array.

    Parameters
    ----------
    now, predicted : array-like of shape (n, 64)
        Pixel values (clipped to 0–255 here, as they are shown).
    gap : int, default=1
        White cells between pictures (the digits are light on black, so white separates them).

    Returns
    -------
    grid : ndarray of shape (2·8 + gap, n·8 + (n − 1)·gap), uint8
        Whole grey levels, as the pictures are shown (and a quarter of the bytes of float32 per frame).
    """
    now = np.asarray(now)
    return gallery(np.concatenate([now, np.asarray(predicted)]).reshape(-1, SIDE, SIDE), 1, gap, per_row=len(now))
