"""Figures of the prompt → picture step, built from arrays and already-translated labels.

Plain Plotly specs, as in :mod:`painter.figures` (whose colours and pixel scale they share).
"""

from __future__ import annotations

import numpy as np

from painter.figures import ACCENT, GREYS, HIGHLIGHT, LEGEND_ON_TOP, NEW_WORK, animation_controls
from painter.images import to_pixels

__all__ = ["STRIP_LABELS", "TRADEOFF_LABELS", "strip_animation", "strip_grid", "tradeoff_figure"]

#: The label keys each figure needs (the page builds its labels from these).
STRIP_LABELS = ("now", "predicted", "play", "pause", "sigma", "hover")
TRADEOFF_LABELS = ("x", "agreement", "variety", "outside", "all", "low", "current", "real")
SIDE = 8


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
    rows = [to_pixels(p).reshape(-1, SIDE, SIDE) for p in (now, predicted)]
    n = len(rows[0])
    grid = np.full((2 * SIDE + gap, n * SIDE + (n - 1) * gap), 255, dtype=np.uint8)
    for r, pictures in enumerate(rows):
        for i, picture in enumerate(pictures):
            y, x = r * (SIDE + gap), i * (SIDE + gap)
            grid[y : y + SIDE, x : x + SIDE] = picture
    return grid


def _sigma_text(sigma: float) -> str:
    return f"{sigma:.2g}" if sigma < 10 else f"{sigma:.0f}"


def strip_animation(path, predicted, levels, *, labels: dict[str, str], height: int = 380) -> dict:
    """The pictures coming out of noise, step by step, with the model's predicted final picture below.

    Parameters
    ----------
    path, predicted : array-like of shape (frames, n, 64)
        The pictures at each shown step, and x + σ²·score at each.
    levels : array-like of shape (frames,)
        The noise level σ of each shown step.
    labels : dict
        :data:`STRIP_LABELS`: the two rows' names, play and pause, the slider's prefix, and the
        hover text (with ``%{z}``).

    Returns
    -------
    figure : dict
        A heatmap with one frame per step, play/pause buttons and a slider named by σ.
    """
    grids = [strip_grid(now, guess) for now, guess in zip(path, predicted, strict=True)]
    height_cells = grids[0].shape[0]
    heatmap = dict(
        type="heatmap",
        z=grids[-1],
        zmin=0,
        zmax=255,
        colorscale=GREYS,
        showscale=False,
        hovertemplate=labels["hover"] + "<extra></extra>",
    )
    frames = [dict(name=str(i), data=[dict(type="heatmap", z=grid)], traces=[0]) for i, grid in enumerate(grids)]
    hidden = dict(visible=False, fixedrange=True)
    rows = [
        dict(
            x=0,
            xref="paper",
            y=(SIDE / 2 - 0.5) + r * (SIDE + 1),
            yref="y",
            xanchor="right",
            text=labels[key],
            showarrow=False,
            textangle=-90,
            font=dict(size=12),
        )
        for r, key in enumerate(("now", "predicted"))
    ]
    layout = dict(
        height=height,
        margin=dict(l=40, r=10, t=10, b=110),
        plot_bgcolor="rgba(0,0,0,0)",
        xaxis=dict(hidden, scaleanchor="y", constrain="domain"),
        yaxis=dict(hidden, autorange="reversed", range=[height_cells - 0.5, -0.5]),
        annotations=rows,
        **animation_controls(
            labels, [_sigma_text(float(s)) for s in levels], duration=250, redraw=True, y=0, start=len(grids) - 1
        ),
    )
    return dict(data=[heatmap], layout=layout, frames=frames)


def tradeoff_figure(every_level: dict, low_noise: dict, guidance: float, real_variety: float, *, labels) -> dict:
    """What guidance trades: the judge's agreement, the variety and the pixels out of range, against w.

    Parameters
    ----------
    every_level, low_noise : dict of array-like of shape (m,)
        Curves from :func:`painter.prompt.tradeoff` (keys ``guidance``, ``agreement``, ``variety``,
        ``outside``), guided at every noise level and only at low noise.
    guidance : float
        The visitor's w, marked on every panel.
    real_variety : float
        The same variety measured on real digits (a dotted reference line).
    labels : dict
        :data:`TRADEOFF_LABELS`.

    Returns
    -------
    figure : dict
        Three panels stacked, sharing the w axis.
    """
    panels = (("agreement", ".0%", "y"), ("variety", ".0f", "y2"), ("outside", ".0%", "y3"))
    data = []
    for curves, name, colour, dash in (
        (every_level, labels["all"], ACCENT, "solid"),
        (low_noise, labels["low"], NEW_WORK, "dash"),
    ):
        for p, (key, fmt, axis) in enumerate(panels):
            data.append(
                dict(
                    type="scatter",
                    mode="lines+markers",
                    x=np.asarray(curves["guidance"], dtype=np.float32),
                    y=np.asarray(curves[key], dtype=np.float32),
                    xaxis="x",
                    yaxis=axis,
                    name=name,
                    legendgroup=name,
                    showlegend=p == 0,
                    line=dict(color=colour, dash=dash),
                    hovertemplate="w = %{x}<br>" + labels[key] + ": %{y:" + fmt + "}<extra>" + name + "</extra>",
                )
            )
    top = float(np.max(every_level["guidance"]))
    data.append(
        dict(
            type="scatter",
            mode="lines",
            x=[0.0, top],
            y=[real_variety, real_variety],
            xaxis="x",
            yaxis="y2",
            name=labels["real"],
            line=dict(color="#555555", dash="dot"),
            hoverinfo="skip",
        )
    )
    domains = ([0.70, 1.0], [0.36, 0.64], [0.0, 0.30])
    shapes = [
        dict(
            type="line",
            xref="x",
            yref="paper",
            x0=guidance,
            x1=guidance,
            y0=0,
            y1=1,
            line=dict(color=HIGHLIGHT, width=2),
        )
    ]
    layout = dict(
        height=560,
        margin=dict(l=10, r=10, t=30, b=10),
        legend=LEGEND_ON_TOP,
        shapes=shapes,
        annotations=[
            dict(
                x=guidance,
                xref="x",
                y=1.0,
                yref="paper",
                yanchor="bottom",
                text=labels["current"],
                showarrow=False,
                font=dict(color=HIGHLIGHT),
            )
        ],
        xaxis=dict(title=dict(text=labels["x"]), anchor="y3", range=[-0.3, top + 0.3]),
    )
    for (key, fmt, axis), domain in zip(panels, domains, strict=True):
        name = "yaxis" if axis == "y" else f"yaxis{axis[1:]}"
        layout[name] = dict(title=dict(text=labels[key]), domain=domain, tickformat=fmt, anchor="x")
    layout["yaxis"]["range"] = [0, 1.05]
    return dict(data=data, layout=layout)
