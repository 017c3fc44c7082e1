"""Plotly figures of the story, built from arrays and labels.

Every function takes plain data (arrays, numbers, already-translated labels)
and returns a :class:`plotly.graph_objects.Figure`, so figures are testable
without Streamlit and shared between pages. Arrays are sent as float32 or
uint8 (Plotly encodes NumPy arrays as compact binary), which keeps each page's
payload small without visible loss.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

__all__ = [
    "conditional_figure",
    "contest_figure",
    "counting_figure",
    "density_figure",
    "ellipse",
    "mark_work",
    "number_grid_figure",
    "photo_heatmap",
]

#: Okabe–Ito colours: distinguishable with every common colour-vision deficiency.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
NEW_WORK = "#E69F00"
ACCENT = "#0072B2"
#: Sequential white-to-purple scale for densities (dark = likely), as in the post.
DENSITY_SCALE = [[0.0, "#ffffff"], [0.15, "#efedf5"], [0.4, "#bcbddc"], [0.7, "#807dba"], [1.0, "#3f007d"]]
PLANE_BACKGROUND = "#eef2f7"
PIXEL_RANGE = [-0.5, 255.5]


def _grey(values) -> list[str]:
    values = np.clip(np.rint(np.asarray(values, dtype=float)), 0, 255).astype(int)
    return [f"rgb({v},{v},{v})" for v in values]


def _plane_axes(fig: go.Figure, x_title: str, y_title: str, row=None, col=None) -> None:
    """0–255 axes with square pixels, so the whole space of 2-pixel pictures shows."""
    kw = {} if row is None else {"row": row, "col": col}
    fig.update_xaxes(
        range=PIXEL_RANGE, title_text=x_title, constrain="domain", zeroline=False, tickvals=[0, 64, 128, 192, 255], **kw
    )
    fig.update_yaxes(
        range=PIXEL_RANGE, title_text=y_title, zeroline=False, constrain="domain", tickvals=[0, 64, 128, 192, 255], **kw
    )


def _works_traces(works, name: str, hover: str, size: int = 9, offset: float = 2.2, showlegend: bool = True):
    """Each work drawn as a tiny 1×2 picture: two grey squares side by side.

    The left square has the work's pixel-1 grey, the right one its pixel-2
    grey, so the plane shows the pictures themselves, not anonymous dots.
    """
    works = np.asarray(works, dtype=float).reshape(-1, 2)
    shown = np.clip(np.rint(works), 0, 255)
    custom = shown.astype(np.uint8)
    common = dict(
        mode="markers",
        customdata=custom,
        hovertemplate=hover + "<extra></extra>",
        legendgroup=name,
        marker_symbol="square",
        marker_size=size,
    )
    left = go.Scatter(
        x=works[:, 0] - offset,
        y=works[:, 1],
        name=name,
        showlegend=showlegend,
        marker=dict(color=_grey(shown[:, 0]), line=dict(width=0.6, color="#555")),
        **common,
    )
    right = go.Scatter(
        x=works[:, 0] + offset,
        y=works[:, 1],
        name=name,
        showlegend=False,
        marker=dict(color=_grey(shown[:, 1]), line=dict(width=0.6, color="#555")),
        **common,
    )
    return [left, right]


def photo_heatmap(gray: np.ndarray, region: tuple[int, int, int], colorbar_title: str, hover: str) -> go.Figure:
    """A grayscale photo as a zoomable heatmap of its values, with one region outlined.

    Parameters
    ----------
    gray : ndarray of shape (H, W), dtype uint8
    region : (x0, y0, size)
        Top-left corner and side of the square outlined in blue.
    colorbar_title, hover : str
        Translated labels; ``hover`` is a Plotly hover template.
    """
    gray = np.asarray(gray, dtype=np.uint8)
    x0, y0, size = region
    fig = go.Figure(
        go.Heatmap(
            z=gray,
            colorscale="gray",
            zmin=0,
            zmax=255,
            hovertemplate=hover + "<extra></extra>",
            colorbar=dict(title=dict(text=colorbar_title), thickness=14),
        )
    )
    fig.add_shape(
        type="rect", x0=x0 - 0.5, y0=y0 - 0.5, x1=x0 + size - 0.5, y1=y0 + size - 0.5, line=dict(color=ACCENT, width=3)
    )
    fig.update_yaxes(autorange="reversed", scaleanchor="x", constrain="domain", showgrid=False)
    fig.update_xaxes(constrain="domain", showgrid=False)
    fig.update_layout(margin=dict(l=10, r=10, t=10, b=10), height=360)
    return fig


def number_grid_figure(block: np.ndarray, x0: int, y0: int, hover: str) -> go.Figure:
    """A small block of pixels with each value written in its cell."""
    block = np.asarray(block, dtype=np.uint8)
    h, w = block.shape
    fig = go.Figure(
        go.Heatmap(
            z=block,
            x=np.arange(x0, x0 + w),
            y=np.arange(y0, y0 + h),
            colorscale="gray",
            zmin=0,
            zmax=255,
            showscale=False,
            texttemplate="%{z}",
            textfont=dict(size=13),
            hovertemplate=hover + "<extra></extra>",
            xgap=1,
            ygap=1,
        )
    )
    fig.update_yaxes(autorange="reversed", scaleanchor="x", constrain="domain", showgrid=False, dtick=1)
    fig.update_xaxes(constrain="domain", showgrid=False, dtick=1, side="top")
    fig.update_layout(margin=dict(l=10, r=10, t=30, b=10), height=460, plot_bgcolor="#ffffff")
    return fig


def counting_figure(labels: list[str], digits: list[int], highlight: int, x_title: str, hover: str) -> go.Figure:
    """Horizontal bars of how many decimal digits each quantity has (log scale).

    ``highlight`` is the index of the bar drawn in the accent colour (the
    number of possible pictures); the rest are grey references.
    """
    colours = ["#9aa5b1"] * len(labels)
    colours[highlight] = ACCENT
    fig = go.Figure(
        go.Bar(
            x=digits,
            y=labels,
            orientation="h",
            marker_color=colours,
            text=[f"{d:,}" for d in digits],
            textposition="outside",
            cliponaxis=False,
            hovertemplate=hover + "<extra></extra>",
        )
    )
    fig.update_xaxes(type="log", title_text=x_title, showgrid=True)
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(margin=dict(l=10, r=60, t=10, b=10), height=80 + 46 * len(labels), showlegend=False)
    return fig


def contest_figure(works, x_title: str, y_title: str, name: str, hover: str) -> go.Figure:
    """The contest's works on the 256×256 plane of every possible 2-pixel picture."""
    fig = go.Figure(_works_traces(works, name, hover, showlegend=False))
    _plane_axes(fig, x_title, y_title)
    fig.update_layout(
        plot_bgcolor=PLANE_BACKGROUND,
        height=560,
        margin=dict(l=10, r=10, t=10, b=10),
        legend=dict(orientation="h", yanchor="bottom", y=1.01, x=0),
    )
    fig.update_yaxes(scaleanchor="x")
    return fig


def ellipse(mean, cov, n_std: float = 2.0, n_points: int = 60) -> np.ndarray:
    """Points on the ``n_std`` contour of a 2-D Gaussian, shape (n_points, 2)."""
    values, vectors = np.linalg.eigh(np.asarray(cov, dtype=float))
    angles = np.linspace(0.0, 2.0 * np.pi, n_points)
    circle = np.stack([np.cos(angles), np.sin(angles)], axis=1)
    return np.asarray(mean, dtype=float) + n_std * (circle * np.sqrt(np.maximum(values, 0.0))) @ vectors.T


def _density_contour(grid: np.ndarray, density: np.ndarray, colorbar_title: str, showscale: bool = True):
    return go.Contour(
        x=grid.astype(np.float32),
        y=grid.astype(np.float32),
        z=density.astype(np.float32),
        colorscale=DENSITY_SCALE,
        showscale=showscale,
        ncontours=14,
        line=dict(width=0.5, color="rgba(63,0,125,0.35)"),
        colorbar=dict(title=dict(text=colorbar_title), thickness=14, exponentformat="e"),
        hoverinfo="skip",
    )


def density_figure(grid, density, works, means, covariances, new_works, *, labels: dict[str, str]) -> go.Figure:
    """The learned density as contours, with the works, the components and new works.

    Parameters
    ----------
    grid : ndarray of shape (m,)
        Pixel values along each axis at which ``density`` was evaluated.
    density : ndarray of shape (m, m)
        ``density[i, j]`` is the model's density at (x1=grid[j], x2=grid[i]).
    works : ndarray of shape (n, 2)
        Training works, drawn as small dots.
    means, covariances : ndarrays of shape (k, 2) and (k, 2, 2)
        Components, drawn as crosses and 2-standard-deviation ellipses.
    new_works : ndarray of shape (n_new, 2)
        Generated works, drawn as tiny 1×2 pictures.
    labels : dict
        Translated texts: ``x``, ``y``, ``density``, ``works``, ``component``,
        ``new``, ``hover_work``, ``hover_new``.
    """
    fig = go.Figure(_density_contour(np.asarray(grid), np.asarray(density), labels["density"]))
    works = np.asarray(works, dtype=float)
    fig.add_trace(
        go.Scatter(
            x=works[:, 0],
            y=works[:, 1],
            mode="markers",
            name=labels["works"],
            marker=dict(size=4, color="#333333", opacity=0.55),
            hovertemplate=labels["hover_work"] + "<extra></extra>",
        )
    )
    for k, (mean, cov) in enumerate(zip(means, covariances, strict=True)):
        colour = OKABE_ITO[k % len(OKABE_ITO)]
        ring = ellipse(mean, cov)
        fig.add_trace(
            go.Scatter(
                x=ring[:, 0],
                y=ring[:, 1],
                mode="lines",
                line=dict(color=colour, width=2.5),
                name=f"{labels['component']} {k + 1}",
                legendgroup=f"c{k}",
                hoverinfo="skip",
            )
        )
        fig.add_trace(
            go.Scatter(
                x=[mean[0]],
                y=[mean[1]],
                mode="markers",
                legendgroup=f"c{k}",
                showlegend=False,
                marker=dict(symbol="x-thin", size=14, line=dict(width=3, color=colour)),
                hoverinfo="skip",
            )
        )
    for trace in _works_traces(new_works, labels["new"], labels["hover_new"], size=11):
        trace.marker.line = dict(width=1.5, color=NEW_WORK)
        fig.add_trace(trace)
    _plane_axes(fig, labels["x"], labels["y"])
    fig.update_yaxes(scaleanchor="x")
    fig.update_layout(
        height=600, margin=dict(l=10, r=10, t=10, b=10), legend=dict(orientation="h", yanchor="bottom", y=1.01, x=0)
    )
    return fig


def conditional_figure(
    grid, density, x1: float, work_x2: float, curve_x2, curve_p, components, new_x2, *, labels: dict[str, str]
) -> go.Figure:
    """Keep the style, vary the scene: the slice x1 = const and the curve p(x2 | x1).

    Parameters
    ----------
    grid, density : as in :func:`density_figure`
    x1 : float
        The kept style (pixel 1).
    work_x2 : float
        The 301st artist's own scene, marked with a star.
    curve_x2, curve_p : ndarrays of shape (m,)
        The conditional density p(x2 | x1) along x2.
    components : ndarray of shape (k, m)
        Each component's weighted share of that curve (sums to ``curve_p``).
    new_x2 : ndarray of shape (n_new,)
        Scenes drawn for the kept style.
    labels : dict
        Translated texts: ``x``, ``y``, ``density``, ``cond``, ``slice``, ``work``,
        ``new``, ``component``, ``hover_new``, ``hover_curve``.
    """
    fig = make_subplots(rows=1, cols=2, shared_yaxes=True, column_widths=[0.66, 0.34], horizontal_spacing=0.03)
    fig.add_trace(
        _density_contour(np.asarray(grid), np.asarray(density), labels["density"], showscale=False), row=1, col=1
    )
    fig.add_trace(
        go.Scatter(
            x=[x1, x1],
            y=PIXEL_RANGE,
            mode="lines",
            name=labels["slice"],
            line=dict(color=ACCENT, width=3, dash="dash"),
            hoverinfo="skip",
        ),
        row=1,
        col=1,
    )
    new_x2 = np.asarray(new_x2, dtype=float)
    new_works = np.column_stack([np.full_like(new_x2, x1), new_x2])
    for trace in _works_traces(new_works, labels["new"], labels["hover_new"], size=11):
        trace.marker.line = dict(width=1.5, color=NEW_WORK)
        fig.add_trace(trace, row=1, col=1)
    fig.add_trace(
        go.Scatter(
            x=[x1],
            y=[work_x2],
            mode="markers",
            name=labels["work"],
            marker=dict(symbol="star", size=20, color="#D55E00", line=dict(width=1.5, color="#000")),
            hovertemplate=labels["hover_work"] + "<extra></extra>",
        ),
        row=1,
        col=1,
    )
    for k, share in enumerate(np.asarray(components)):
        fig.add_trace(
            go.Scatter(
                x=share,
                y=curve_x2,
                mode="lines",
                showlegend=False,
                hoverinfo="skip",
                line=dict(color=OKABE_ITO[k % len(OKABE_ITO)], width=1.5, dash="dot"),
            ),
            row=1,
            col=2,
        )
    fig.add_trace(
        go.Scatter(
            x=curve_p,
            y=curve_x2,
            mode="lines",
            name=labels["cond"],
            fill="tozerox",
            line=dict(color=ACCENT, width=3),
            fillcolor="rgba(0,114,178,0.18)",
            hovertemplate=labels["hover_curve"] + "<extra></extra>",
        ),
        row=1,
        col=2,
    )
    fig.add_trace(
        go.Scatter(
            x=np.zeros_like(new_x2),
            y=new_x2,
            mode="markers",
            showlegend=False,
            marker=dict(symbol="line-ew-open", size=14, line=dict(width=2, color=NEW_WORK)),
            hoverinfo="skip",
        ),
        row=1,
        col=2,
    )
    _plane_axes(fig, labels["x"], labels["y"], row=1, col=1)
    fig.update_xaxes(title_text=labels["cond"], rangemode="tozero", showgrid=True, exponentformat="e", row=1, col=2)
    fig.update_layout(
        height=600,
        margin=dict(l=10, r=10, t=10, b=10),
        plot_bgcolor="#ffffff",
        legend=dict(orientation="h", yanchor="bottom", y=1.01, x=0),
    )
    return fig


def mark_work(fig: go.Figure, work, name: str, row=None, col=None) -> go.Figure:
    """Ring one work on a plane figure so it can be found among the others."""
    kw = {} if row is None else {"row": row, "col": col}
    fig.add_trace(
        go.Scatter(
            x=[work[0]],
            y=[work[1]],
            mode="markers",
            name=name,
            hoverinfo="skip",
            marker=dict(symbol="circle-open", size=30, line=dict(width=3.5, color="#D55E00")),
        ),
        **kw,
    )
    return fig
