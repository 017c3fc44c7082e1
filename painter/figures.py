"""Plotly figures of the story, built from arrays and labels.

Every function takes plain data (arrays, numbers, already-translated labels)
and returns a figure *spec*: the dict ``{"data": [...], "layout": {...}}``
(plus ``"frames"`` for an animation) that ``plotly.graph_objects.Figure``
accepts. Figures are so testable without Streamlit and shared between pages.

Two choices keep the pages quick: a spec is never turned into a ``go.Figure``
while the app runs (Plotly checks every property of one, which costs more than
the maths of a page; :func:`painter.frozen_figure.freeze` encodes the spec
instead, and the tests check each spec with ``go.Figure``), and arrays go out
as uint8 or float32 (sent as compact binary).
"""

from __future__ import annotations

import numpy as np

__all__ = [
    "animation_controls",
    "click_layer",
    "conditional_figure",
    "contest_figure",
    "counting_figure",
    "density_figure",
    "density_plane",
    "diffusion_figure",
    "distance_histogram",
    "ellipse",
    "em_figure",
    "frame_indices",
    "new_works_traces",
    "number_grid_figure",
    "photo_heatmap",
    "scores_figure",
    "thumbnail_figure",
    "unfitted_figure",
]

#: Okabe–Ito colours: distinguishable with every common colour-vision deficiency.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
NEW_WORK = "#E69F00"
ACCENT = "#0072B2"
HIGHLIGHT = "#D55E00"
#: Sequential white-to-purple scale for densities (dark = likely), as in the post.
DENSITY_SCALE = [[0.0, "#ffffff"], [0.15, "#efedf5"], [0.4, "#bcbddc"], [0.7, "#807dba"], [1.0, "#3f007d"]]
#: Pixel value v drawn as exactly rgb(v, v, v) (Plotly's named "gray" scale is not exact).
GREYS = [[0.0, "rgb(0,0,0)"], [1.0, "rgb(255,255,255)"]]
PLANE_BACKGROUND = "#eef2f7"
PIXEL_RANGE = [-0.5, 255.5]
PIXEL_TICKS = [0, 64, 128, 192, 255]
MARGIN = dict(l=10, r=10, t=10, b=10)
LEGEND_ON_TOP = dict(orientation="h", yanchor="bottom", y=1.01, x=0)


def _plane_axis(title: str, **extra) -> dict:
    """A 0–255 pixel axis, so the whole space of 2-pixel pictures shows."""
    return dict(
        range=PIXEL_RANGE, title=dict(text=title), zeroline=False, constrain="domain", tickvals=PIXEL_TICKS, **extra
    )


def _works_traces(
    works,
    name: str,
    hover: str,
    *,
    size: int = 9,
    outline: str = "#555",
    outline_width: float = 0.6,
    showlegend: bool = True,
    offset: float = 2.2,
    xaxis: str = "x",
    yaxis: str = "y",
) -> list[dict]:
    """Each work drawn as a tiny 1×2 picture: two grey squares side by side.

    The left square is coloured by the work's pixel 1 and the right one by its
    pixel 2, on a black-to-white scale, so the plane shows the pictures
    themselves rather than anonymous dots.
    """
    works = np.asarray(works, dtype=float).reshape(-1, 2)
    shown = np.clip(np.rint(works), 0, 255).astype(np.uint8)
    traces = []
    for side, (dx, legend) in enumerate(((-offset, showlegend), (offset, False))):
        traces.append(
            dict(
                type="scatter",
                mode="markers",
                x=(works[:, 0] + dx).astype(np.float32),
                y=works[:, 1].astype(np.float32),
                name=name,
                legendgroup=name,
                showlegend=legend,
                customdata=shown,
                hovertemplate=hover + "<extra></extra>",
                xaxis=xaxis,
                yaxis=yaxis,
                marker=dict(
                    symbol="square",
                    size=size,
                    color=shown[:, side],
                    colorscale=GREYS,
                    cmin=0,
                    cmax=255,
                    line=dict(width=outline_width, color=outline),
                ),
            )
        )
    return traces


def _works_dots(works, labels: dict[str, str], marker: dict, **extra) -> dict:
    """The training works as plain dots (named ``labels["works"]``, hover ``labels["hover_work"]``)."""
    works = np.asarray(works, dtype=np.float32)
    return dict(
        type="scatter",
        mode="markers",
        x=works[:, 0],
        y=works[:, 1],
        name=labels["works"],
        hovertemplate=labels["hover_work"] + "<extra></extra>",
        marker=marker,
        **extra,
    )


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
    x0, y0, size = region
    heatmap = dict(
        type="heatmap",
        z=np.asarray(gray, dtype=np.uint8),
        colorscale=GREYS,
        zmin=0,
        zmax=255,
        hovertemplate=hover + "<extra></extra>",
        colorbar=dict(title=dict(text=colorbar_title), thickness=14),
    )
    box = dict(
        type="rect", x0=x0 - 0.5, y0=y0 - 0.5, x1=x0 + size - 0.5, y1=y0 + size - 0.5, line=dict(color=ACCENT, width=3)
    )
    layout = dict(
        shapes=[box],
        height=360,
        margin=MARGIN,
        xaxis=dict(constrain="domain", showgrid=False),
        yaxis=dict(autorange="reversed", scaleanchor="x", constrain="domain", showgrid=False),
    )
    return dict(data=[heatmap], layout=layout)


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


def counting_figure(labels: list[str], digits: list[int], highlight: int, x_title: str, hover: str) -> dict:
    """Horizontal bars of how many decimal digits each quantity has (log scale).

    ``highlight`` is the index of the bar drawn in the accent colour (the
    number of possible pictures); the rest are grey references.
    """
    colours = ["#9aa5b1"] * len(labels)
    colours[highlight] = ACCENT
    bars = dict(
        type="bar",
        x=digits,
        y=labels,
        orientation="h",
        marker=dict(color=colours),
        text=[f"{d:,}" for d in digits],
        textposition="outside",
        cliponaxis=False,
        hovertemplate=hover + "<extra></extra>",
    )
    layout = dict(
        height=80 + 46 * len(labels),
        margin=dict(l=10, r=60, t=10, b=10),
        showlegend=False,
        xaxis=dict(type="log", title=dict(text=x_title), showgrid=True),
        yaxis=dict(autorange="reversed"),
    )
    return dict(data=[bars], layout=layout)


def _ring(work, name: str, xaxis: str = "x", yaxis: str = "y") -> dict:
    """A circle around one work, so it can be found among the others."""
    return dict(
        type="scatter",
        mode="markers",
        x=[work[0]],
        y=[work[1]],
        name=name,
        hoverinfo="skip",
        xaxis=xaxis,
        yaxis=yaxis,
        marker=dict(symbol="circle-open", size=30, line=dict(width=3.5, color=HIGHLIGHT)),
    )


def contest_figure(
    works, x_title: str, y_title: str, name: str, hover: str, *, chosen: int | None = None, chosen_name: str = ""
) -> dict:
    """The contest's works on the 256×256 plane of every possible 2-pixel picture.

    ``chosen`` is the row of one work to ring (with legend text ``chosen_name``).
    """
    data = _works_traces(works, name, hover, showlegend=False)
    if chosen is not None:
        data.append(_ring(np.asarray(works)[chosen], chosen_name))
    layout = dict(
        height=560,
        margin=MARGIN,
        plot_bgcolor=PLANE_BACKGROUND,
        legend=LEGEND_ON_TOP,
        xaxis=_plane_axis(x_title),
        yaxis=_plane_axis(y_title, scaleanchor="x"),
    )
    return dict(data=data, layout=layout)


def ellipse(mean, cov, n_std: float = 2.0, n_points: int = 60) -> np.ndarray:
    """Points on the ``n_std`` contour of a 2-D Gaussian, shape (n_points, 2)."""
    values, vectors = np.linalg.eigh(np.asarray(cov, dtype=float))
    angles = np.linspace(0.0, 2.0 * np.pi, n_points)
    circle = np.stack([np.cos(angles), np.sin(angles)], axis=1)
    return np.asarray(mean, dtype=float) + n_std * (circle * np.sqrt(np.maximum(values, 0.0))) @ vectors.T


def _density_contour(grid, density, colorbar_title: str, showscale: bool = True) -> dict:
    grid = np.asarray(grid, dtype=np.float32)
    return dict(
        type="contour",
        x=grid,
        y=grid,
        z=np.asarray(density, dtype=np.float32),
        colorscale=DENSITY_SCALE,
        showscale=showscale,
        ncontours=14,
        line=dict(width=0.5, color="rgba(63,0,125,0.35)"),
        hoverinfo="skip",
        colorbar=dict(title=dict(text=colorbar_title), thickness=14, exponentformat="e"),
    )


def density_plane(grid, density, works, means, covariances, *, labels: dict[str, str]) -> dict:
    """The learned density as contours, with the works and the components (no new works yet).

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
    labels : dict
        Translated texts: ``x``, ``y``, ``density``, ``works``, ``component``, ``hover_work``.
    """
    data = [
        _density_contour(grid, density, labels["density"]),
        _works_dots(works, labels, dict(size=4, color="#333333", opacity=0.55)),
    ]
    for k, (mean, cov) in enumerate(zip(means, covariances, strict=True)):
        colour, ring = OKABE_ITO[k % len(OKABE_ITO)], ellipse(mean, cov).astype(np.float32)
        data.append(
            dict(
                type="scatter",
                mode="lines",
                x=ring[:, 0],
                y=ring[:, 1],
                line=dict(color=colour, width=2.5),
                name=f"{labels['component']} {k + 1}",
                legendgroup=f"c{k}",
                hoverinfo="skip",
            )
        )
        data.append(
            dict(
                type="scatter",
                mode="markers",
                x=[mean[0]],
                y=[mean[1]],
                legendgroup=f"c{k}",
                showlegend=False,
                hoverinfo="skip",
                marker=dict(symbol="x-thin", size=14, line=dict(width=3, color=colour)),
            )
        )
    return dict(data=data, layout=_plane_layout(labels))


def new_works_traces(new_works, labels: dict[str, str]) -> list[dict]:
    """Generated works as tiny 1×2 pictures with an orange outline (``labels``: ``new``, ``hover_new``).

    Drawn on top of :func:`density_plane`; kept apart so that a plane shared by
    every draw can take each new draw without being built again.
    """
    return _works_traces(new_works, labels["new"], labels["hover_new"], size=11, outline=NEW_WORK, outline_width=1.5)


def density_figure(
    grid, density, works, means, covariances, new_works, *, labels: dict[str, str], extra: list[dict] = ()
) -> dict:
    """:func:`density_plane` with :func:`new_works_traces` on top, and ``extra`` traces above them.

    ``extra`` are more traces drawn on top (for example :func:`click_layer`);
    ``labels`` are those of both functions.
    """
    plane = density_plane(grid, density, works, means, covariances, labels=labels)
    plane["data"] += [*new_works_traces(new_works, labels), *extra]
    return plane


def unfitted_figure(works, *, labels: dict[str, str], extra: list[dict] = ()) -> dict:
    """The plane of :func:`density_plane` before there is a model: the works alone, and ``extra`` on top.

    No contour and no colour bar (there is no density to show yet); the plane
    keeps its axes and size, so it does not jump once a model is fitted.
    """
    data = [_works_dots(works, labels, dict(size=4, color="#333333", opacity=0.55)), *extra]
    return dict(data=data, layout=dict(_plane_layout(labels), plot_bgcolor=PLANE_BACKGROUND))


def _plane_layout(labels: dict[str, str]) -> dict:
    """The layout of the learned-density plane (:func:`density_plane`, :func:`unfitted_figure`)."""
    return dict(
        height=600,
        margin=MARGIN,
        legend=LEGEND_ON_TOP,
        xaxis=_plane_axis(labels["x"]),
        yaxis=_plane_axis(labels["y"], scaleanchor="x"),
    )


def conditional_figure(
    grid, density, x1: float, work_x2: float, curve_x2, curve_p, components, new_x2, *, labels: dict[str, str]
) -> dict:
    """Keep the style, vary the scene: the slice x1 = const beside the curve p(x2 | x1).

    Parameters
    ----------
    grid, density : as in :func:`density_plane`
    x1 : float
        The kept style (pixel 1).
    work_x2 : float
        The 301st artist's own scene, marked with a star.
    curve_x2, curve_p : ndarrays of shape (m,)
        The conditional density p(x2 | x1) along x2.
    components : ndarray of shape (k, m)
        Each component's weighted share of that curve (they sum to ``curve_p``).
    new_x2 : ndarray of shape (n_new,)
        Scenes drawn for the kept style.
    labels : dict
        Translated texts: ``x``, ``y``, ``density``, ``cond``, ``slice``, ``work``,
        ``new``, ``hover_new``, ``hover_work``, ``hover_curve``.
    """
    new_x2 = np.asarray(new_x2, dtype=float)
    curve_x2 = np.asarray(curve_x2, dtype=np.float32)
    data = [
        _density_contour(grid, density, labels["density"], showscale=False),
        dict(
            type="scatter",
            mode="lines",
            x=[x1, x1],
            y=PIXEL_RANGE,
            name=labels["slice"],
            hoverinfo="skip",
            line=dict(color=ACCENT, width=3, dash="dash"),
        ),
        *_works_traces(
            np.column_stack([np.full_like(new_x2, x1), new_x2]),
            labels["new"],
            labels["hover_new"],
            size=11,
            outline=NEW_WORK,
            outline_width=1.5,
        ),
        dict(
            type="scatter",
            mode="markers",
            x=[x1],
            y=[work_x2],
            name=labels["work"],
            hovertemplate=labels["hover_work"] + "<extra></extra>",
            marker=dict(symbol="star", size=20, color=HIGHLIGHT, line=dict(width=1.5, color="#000")),
        ),
    ]
    for k, share in enumerate(np.asarray(components, dtype=np.float32)):
        data.append(
            dict(
                type="scatter",
                mode="lines",
                x=share,
                y=curve_x2,
                xaxis="x2",
                yaxis="y",
                showlegend=False,
                hoverinfo="skip",
                line=dict(color=OKABE_ITO[k % len(OKABE_ITO)], width=1.5, dash="dot"),
            )
        )
    data.append(
        dict(
            type="scatter",
            mode="lines",
            x=np.asarray(curve_p, dtype=np.float32),
            y=curve_x2,
            xaxis="x2",
            yaxis="y",
            name=labels["cond"],
            fill="tozerox",
            fillcolor="rgba(0,114,178,0.18)",
            line=dict(color=ACCENT, width=3),
            hovertemplate=labels["hover_curve"] + "<extra></extra>",
        )
    )
    data.append(
        dict(
            type="scatter",
            mode="markers",
            x=np.zeros_like(new_x2),
            y=new_x2,
            xaxis="x2",
            yaxis="y",
            showlegend=False,
            hoverinfo="skip",
            marker=dict(symbol="line-ew-open", size=14, line=dict(width=2, color=NEW_WORK)),
        )
    )
    layout = dict(
        height=600,
        margin=MARGIN,
        legend=LEGEND_ON_TOP,
        plot_bgcolor="#ffffff",
        xaxis=_plane_axis(labels["x"], domain=[0.0, 0.64]),
        yaxis=_plane_axis(labels["y"]),
        xaxis2=dict(
            domain=[0.67, 1.0],
            anchor="y",
            title=dict(text=labels["cond"]),
            rangemode="tozero",
            showgrid=True,
            exponentformat="e",
        ),
    )
    return dict(data=data, layout=layout)


def click_layer(hover: str, step: int = 5) -> dict:
    """An invisible grid of points over the plane, so a click anywhere selects a place.

    Plotly reports clicks and selections only on scatter points, not on
    contours, so this layer lies on top and turns a click into (x1, x2).
    """
    values = np.arange(0, 256, step, dtype=np.float32)
    x1, x2 = np.meshgrid(values, values)
    return dict(
        type="scatter",
        mode="markers",
        x=x1.ravel(),
        y=x2.ravel(),
        showlegend=False,
        hovertemplate=hover + "<extra></extra>",
        marker=dict(size=step * 1.6, color="rgba(0,0,0,0)"),
        selected=dict(marker=dict(color="rgba(213,94,0,0.9)", size=12)),
        unselected=dict(marker=dict(opacity=0)),
    )


def _stepped_scale(colours) -> list:
    """A colour scale that paints integer value i exactly in colours[i] (with cmin=-0.5, cmax=len-0.5)."""
    n = len(colours)
    return [pair for i, c in enumerate(colours) for pair in ([i / n, c], [(i + 1) / n, c])]


def em_figure(works, steps, *, labels: dict[str, str], duration: int = 350) -> dict:
    """EM as an animation: components move, works change colour, the likelihood climbs.

    Parameters
    ----------
    works : ndarray of shape (n, 2)
    steps : list of (weights, means, covariances, log_likelihood, labels)
        One entry per iteration; ``labels`` (n,) is each work's most likely
        component under that iteration's parameters.
    labels : dict
        Translated texts: ``x``, ``y``, ``iteration``, ``ll``, ``component``,
        ``works``, ``play``, ``pause``, ``reset``, ``hover_work``, ``hover_ll``.
    duration : int
        Milliseconds per frame when playing.

    The frames only replace the moving traces (works' colours, ellipses,
    centres, the marker on the curve), and the browser plays them: playing
    never reruns the app.
    """
    works = np.asarray(works, dtype=np.float32)
    k = len(steps[0][0])
    colours = [OKABE_ITO[i % len(OKABE_ITO)] for i in range(k)]
    curve = np.array([step[3] for step in steps], dtype=np.float32)
    iterations = np.arange(len(steps), dtype=np.int16)

    def moving(i: int, step) -> list[dict]:
        _, means, covs, ll, owner = step
        traces = [dict(type="scatter", marker=dict(color=np.asarray(owner, dtype=np.uint8)))]
        for mean, cov in zip(means, covs, strict=True):
            ring = ellipse(mean, cov, n_points=40).astype(np.float32)
            traces.append(dict(type="scatter", x=ring[:, 0], y=ring[:, 1]))
        centres = np.asarray(means, np.float32)
        traces.append(dict(type="scatter", x=centres[:, 0], y=centres[:, 1]))
        traces.append(dict(type="scatter", x=[i], y=[float(ll)]))
        return traces

    first = moving(0, steps[0])
    data = [
        _works_dots(
            works,
            labels,
            dict(
                size=6, color=first[0]["marker"]["color"], colorscale=_stepped_scale(colours), cmin=-0.5, cmax=k - 0.5
            ),
            showlegend=False,
        )
    ]
    for i, ring in enumerate(first[1 : k + 1]):
        data.append(
            dict(
                type="scatter",
                mode="lines",
                x=ring["x"],
                y=ring["y"],
                name=f"{labels['component']} {i + 1}",
                line=dict(color=colours[i], width=2.5),
                hoverinfo="skip",
            )
        )
    data.append(
        dict(
            type="scatter",
            mode="markers",
            x=first[k + 1]["x"],
            y=first[k + 1]["y"],
            showlegend=False,
            hoverinfo="skip",
            marker=dict(symbol="x-thin", size=14, line=dict(width=3, color=colours)),
        )
    )
    data.append(
        dict(
            type="scatter",
            mode="markers",
            x=first[k + 2]["x"],
            y=first[k + 2]["y"],
            xaxis="x2",
            yaxis="y2",
            showlegend=False,
            hoverinfo="skip",
            marker=dict(size=12, color=HIGHLIGHT),
        )
    )
    data.append(
        dict(
            type="scatter",
            mode="lines+markers",
            x=iterations,
            y=curve,
            xaxis="x2",
            yaxis="y2",
            name=labels["ll"],
            showlegend=False,
            line=dict(color=ACCENT, width=2),
            marker=dict(size=4, color=ACCENT),
            hovertemplate=labels["hover_ll"] + "<extra></extra>",
        )
    )
    moving_traces = list(range(k + 3))
    frames = [dict(name=str(i), data=moving(i, step), traces=moving_traces) for i, step in enumerate(steps)]
    still = dict(frame=dict(duration=0, redraw=False), mode="immediate", transition=dict(duration=0))
    slider = dict(
        active=0,
        x=0.0,
        len=1.0,
        y=0,
        yanchor="top",
        pad=dict(t=40, b=0),
        currentvalue=dict(prefix=labels["iteration"] + " "),
        steps=[dict(method="animate", label=str(i), args=[[str(i)], still]) for i in range(len(steps))],
    )
    play = dict(frame=dict(duration=duration, redraw=False), fromcurrent=True, transition=dict(duration=duration // 2))
    buttons = dict(
        type="buttons",
        direction="left",
        showactive=False,
        x=0.0,
        y=1.02,
        xanchor="left",
        yanchor="bottom",
        pad=dict(r=6, t=0),
        buttons=[
            dict(label="▶ " + labels["play"], method="animate", args=[None, play]),
            dict(label="❚❚ " + labels["pause"], method="animate", args=[[None], still]),
            dict(label="⟲ " + labels["reset"], method="animate", args=[["0"], still]),
        ],
    )
    low, high = float(curve.min()), float(curve.max())
    margin = max(high - low, 0.02) * 0.08
    layout = dict(
        height=560,
        margin=dict(l=10, r=10, t=50, b=10),
        plot_bgcolor=PLANE_BACKGROUND,
        legend=dict(orientation="h", yanchor="bottom", y=1.02, x=1.0, xanchor="right"),
        xaxis=_plane_axis(labels["x"], domain=[0.0, 0.58]),
        yaxis=_plane_axis(labels["y"], scaleanchor="x"),
        xaxis2=dict(
            domain=[0.66, 1.0],
            anchor="y2",
            title=dict(text=labels["iteration"]),
            range=[-0.5, len(steps) - 0.5],
            showgrid=True,
        ),
        yaxis2=dict(
            domain=[0.25, 0.85], anchor="x2", title=dict(text=labels["ll"]), range=[low - margin, high + margin]
        ),
        updatemenus=[buttons],
        sliders=[slider],
    )
    return dict(data=data, layout=layout, frames=frames)


def scores_figure(components, scores, best: tuple[int, int], *, labels: dict[str, str]) -> dict:
    """One score against the number of components, a line per covariance type, the best marked.

    Parameters
    ----------
    components : ndarray of shape (m,)
    scores : ndarray of shape (n_types, m)
        Row ``i`` belongs to the ``i``-th name in ``labels["types"]``.
    best : (row, column)
        The best setting, drawn as a star.
    labels : dict
        ``x``, ``y``, ``best``, ``hover`` and ``types`` (a list of translated names).
    """
    components = np.asarray(components)
    scores = np.asarray(scores, dtype=float)
    dashes = ("solid", "dash", "dot", "dashdot")
    data = [
        dict(
            type="scatter",
            mode="lines+markers",
            x=components,
            y=row,
            name=name,
            line=dict(color=OKABE_ITO[i], width=2.5, dash=dashes[i % len(dashes)]),
            marker=dict(size=7),
            hovertemplate=labels["hover"] + "<extra>" + name + "</extra>",
        )
        for i, (name, row) in enumerate(zip(labels["types"], scores, strict=True))
    ]
    row, column = best
    data.append(
        dict(
            type="scatter",
            mode="markers",
            x=[components[column]],
            y=[scores[row, column]],
            name=labels["best"],
            hoverinfo="skip",
            marker=dict(symbol="star", size=22, color=HIGHLIGHT, line=dict(width=1.5, color="#000")),
        )
    )
    layout = dict(
        height=420,
        margin=MARGIN,
        legend=LEGEND_ON_TOP,
        xaxis=dict(title=dict(text=labels["x"]), dtick=1, showgrid=True),
        yaxis=dict(title=dict(text=labels["y"]), showgrid=True),
    )
    return dict(data=data, layout=layout)


def thumbnail_figure(grid, density, works, *, labels: dict[str, str]) -> dict:
    """A small plane: a model's density contours with the works as dots (``x``, ``y`` labels)."""
    works = np.asarray(works, dtype=np.float32)
    data = [
        _density_contour(grid, density, "", showscale=False),
        dict(
            type="scatter",
            mode="markers",
            x=works[:, 0],
            y=works[:, 1],
            showlegend=False,
            hoverinfo="skip",
            marker=dict(size=3, color="#333333", opacity=0.5),
        ),
    ]
    layout = dict(
        height=280,
        margin=MARGIN,
        xaxis=_plane_axis(labels["x"]),
        yaxis=_plane_axis(labels["y"], scaleanchor="x"),
    )
    return dict(data=data, layout=layout)


#: The animated plane shows the picture square with a margin: noise starts partly outside 0..255.
DIFFUSION_RANGE = [-96.0, 351.0]
TRACE_COLOURS = ("#D55E00", "#0072B2", "#009E73", "#CC79A7", "#E69F00")


def frame_indices(steps: int, max_frames: int = 40) -> np.ndarray:
    """Which points of a ``steps``-step trajectory become animation frames.

    Returns
    -------
    indices : ndarray of shape (m,), int
        Increasing, from 0 (the noise) to ``steps`` (the works), at most
        ``max_frames`` of them and evenly spaced in steps (for a geometric
        schedule, evenly spaced in log σ).
    """
    return np.unique(np.rint(np.linspace(0, steps, min(steps + 1, max_frames))).astype(int))


def arrow_grid(count: int = 12, span=DIFFUSION_RANGE) -> np.ndarray:
    """Base points of the score arrows: a ``count``×``count`` grid inside ``span``, shape (count², 2)."""
    step = (span[1] - span[0]) / count
    ticks = span[0] + step * (np.arange(count) + 0.5)
    x1, x2 = np.meshgrid(ticks, ticks)
    return np.column_stack([x1.ravel(), x2.ravel()])


def _arrow_angles(vectors: np.ndarray) -> np.ndarray:
    """The direction of each vector as a marker angle: whole degrees clockwise from straight up, in [-180, 180).

    The arrow field is drawn as arrow-shaped markers at fixed places, so each
    animation frame only carries one small integer per arrow (a drawn line per
    arrow took twelve numbers, and made the animation twice as heavy).
    """
    vectors = np.asarray(vectors, dtype=float)
    degrees = np.degrees(np.arctan2(vectors[..., 0], vectors[..., 1]))  # from +x2 (up) towards +x1 (right)
    return (np.mod(np.rint(degrees) + 180, 360) - 180).astype(np.int16)  # in [-180, 180), as Plotly keeps angles


def _trails(paths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Several paths of shape (p, t, 2) as one NaN-separated polyline."""
    gap = np.full((len(paths), 1, 2), np.nan)
    joined = np.concatenate([paths, gap], axis=1).reshape(-1, 2).astype(np.float32)
    return joined[:, 0], joined[:, 1]


def animation_controls(
    labels: dict[str, str], steps: list[str], *, duration: int, redraw: bool, y: float, start: int
) -> dict:
    """Play and pause buttons and a slider over frames named ``"0"``, ``"1"``, …: the layout's
    ``updatemenus`` and ``sliders``.

    ``labels`` gives ``play``, ``pause`` and ``sigma`` (the slider's prefix); ``steps`` the slider's label of
    each frame; ``duration`` ms per frame when playing; ``redraw`` for traces Plotly cannot move (heatmaps);
    ``y`` where the controls sit (paper units) and ``start`` the frame the slider shows first.
    """
    still = dict(mode="immediate", frame=dict(duration=0, redraw=redraw), transition=dict(duration=0))
    playing = dict(frame=dict(duration=duration, redraw=redraw), transition=dict(duration=0), fromcurrent=True)
    buttons = [
        dict(label=labels["play"], method="animate", args=[None, playing]),
        dict(label=labels["pause"], method="animate", args=[[None], still]),
    ]
    return dict(
        updatemenus=[
            dict(
                type="buttons",
                direction="left",
                x=0.0,
                y=y,
                xanchor="left",
                yanchor="top",
                pad=dict(t=40, r=10),
                showactive=False,
                buttons=buttons,
            )
        ],
        sliders=[
            dict(
                active=start,
                x=0.3,  # clear of the play and pause buttons on the left
                y=y,
                len=0.7,
                xanchor="left",
                yanchor="top",
                pad=dict(t=30),
                currentvalue=dict(prefix=labels["sigma"], xanchor="right", font=dict(size=14, color="#31333f")),
                font=dict(color="rgba(0,0,0,0)"),
                steps=[dict(label=label, method="animate", args=[[str(i)], still]) for i, label in enumerate(steps)],
            )
        ],
    )


def diffusion_figure(
    grid,
    density,
    trajectory,
    levels,
    arrow_points,
    arrow_vectors,
    *,
    traced: int = 4,
    labels: dict[str, str],
) -> dict:
    """Reverse diffusion animated: the cloud flows from noise onto the learned distribution.

    Parameters
    ----------
    grid, density : as in :func:`density_plane`
        The learned density, drawn as contours behind everything.
    trajectory : ndarray of shape (m, n, 2)
        The points at the ``m`` animation frames (e.g. ``path[frame_indices(steps)]``).
    levels : ndarray of shape (m,)
        The noise level σ of each frame.
    arrow_points : ndarray of shape (a, 2)
        Where the score is drawn (see :func:`arrow_grid`).
    arrow_vectors : ndarray of shape (m, a, 2)
        The score at those points at each frame's σ; only its direction is drawn (arrow markers).
    traced : int, default=4
        How many single points (the first ones) have their path drawn so far.
    labels : dict
        Translated texts: ``x``, ``y``, ``density``, ``points``, ``score``, ``trail``,
        ``now``, ``hover_now``, ``play``, ``pause``, ``sigma``, ``square``.

    Returns
    -------
    spec : dict
        The first frame as data, one frame per row of ``trajectory`` holding only
        the moving traces, a play/pause button and a slider over the frames.
    """
    trajectory = np.asarray(trajectory, dtype=np.float32)
    arrow_points = np.asarray(arrow_points, dtype=np.float32)
    arrow_vectors = np.asarray(arrow_vectors, dtype=float)
    traced = min(traced, trajectory.shape[1])

    def moving(i: int) -> list[dict]:
        tx, ty = _trails(np.swapaxes(trajectory[: i + 1, :traced], 0, 1))
        now = _works_traces(trajectory[i, :traced], labels["now"], labels["hover_now"], size=12, outline="#000")
        return [
            dict(type="scatter", marker=dict(angle=_arrow_angles(arrow_vectors[i]))),
            dict(type="scatter", x=trajectory[i, :, 0], y=trajectory[i, :, 1]),
            dict(type="scatter", x=tx, y=ty),
            *[
                dict(
                    type="scatter",
                    x=trace["x"],
                    y=trace["y"],
                    customdata=trace["customdata"],
                    marker=dict(color=trace["marker"]["color"]),
                )
                for trace in now
            ],
        ]

    first = moving(0)
    square = dict(
        type="scatter",
        mode="lines",
        x=[0, 255, 255, 0, 0],
        y=[0, 0, 255, 255, 0],
        name=labels["square"],
        hoverinfo="skip",
        line=dict(color="#555", width=1.5, dash="dot"),
    )
    arrows = dict(
        type="scatter",
        mode="markers",
        x=arrow_points[:, 0],
        y=arrow_points[:, 1],
        name=labels["score"],
        hoverinfo="skip",
        marker=dict(first[0]["marker"], symbol="arrow", size=13, color="rgba(0,114,178,0.6)", line=dict(width=0)),
    )
    cloud = dict(
        first[1],
        mode="markers",
        name=labels["points"],
        hoverinfo="skip",
        marker=dict(size=5, color="#222222", opacity=0.6),
    )
    trail = dict(
        first[2],
        mode="lines",
        name=labels["trail"],
        hoverinfo="skip",
        line=dict(color=HIGHLIGHT, width=1.5),
        opacity=0.8,
    )
    now = _works_traces(trajectory[0, :traced], labels["now"], labels["hover_now"], size=12, outline="#000")
    data = [_density_contour(grid, density, labels["density"], showscale=False), square, arrows, cloud, trail, *now]
    moving_traces = [2, 3, 4, 5, 6]

    def sigma_text(sigma: float) -> str:
        return f"{sigma:.2g}" if sigma < 10 else f"{sigma:.0f}"

    frames = [dict(name=str(i), data=moving(i), traces=moving_traces) for i in range(len(trajectory))]
    layout = dict(
        height=680,
        margin=dict(l=10, r=10, t=10, b=10),
        legend=LEGEND_ON_TOP,
        plot_bgcolor="#ffffff",
        xaxis=dict(_plane_axis(labels["x"]), range=DIFFUSION_RANGE),
        yaxis=dict(_plane_axis(labels["y"], scaleanchor="x"), range=DIFFUSION_RANGE),
        **animation_controls(
            labels, [sigma_text(float(sigma)) for sigma in levels], duration=120, redraw=False, y=-0.1, start=0
        ),
    )
    layout["margin"]["b"] = 150
    return dict(data=data, layout=layout, frames=frames)


def distance_histogram(drawn, unseen, *, labels: dict[str, str]) -> dict:
    """Distances to the nearest training picture: drawn pictures against real unseen ones.

    Both histograms are normalised to a share of their pictures, so sets of
    different sizes compare directly; a model that copied would pile its drawn
    pictures up at 0.

    Parameters
    ----------
    drawn, unseen : array-like of shape (n,) and (m,)
        Distances in pixel values.
    labels : dict
        ``x``, ``y``, ``drawn``, ``unseen`` and ``hover``.
    """
    drawn = np.asarray(drawn, dtype=np.float32)
    unseen = np.asarray(unseen, dtype=np.float32)
    top = float(max(drawn.max(initial=0), unseen.max(initial=0), 1.0))
    bins = dict(start=0.0, end=top * 1.02, size=top / 30)
    data = [
        dict(
            type="histogram",
            x=values,
            name=name,
            xbins=bins,
            histnorm="probability",
            opacity=0.6,
            marker=dict(color=colour),
            hovertemplate=labels["hover"] + "<extra>" + name + "</extra>",
        )
        for values, name, colour in ((unseen, labels["unseen"], ACCENT), (drawn, labels["drawn"], NEW_WORK))
    ]
    layout = dict(
        height=320,
        margin=MARGIN,
        barmode="overlay",
        legend=LEGEND_ON_TOP,
        xaxis=dict(title=dict(text=labels["x"]), rangemode="tozero"),
        yaxis=dict(title=dict(text=labels["y"]), tickformat=".0%"),
    )
    return dict(data=data, layout=layout)
