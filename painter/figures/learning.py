"""What a real model does: learned against exact arrows, the training loss, memorise or generalise,
guidance on the schools, and why compress first."""

from __future__ import annotations

import numpy as np

from painter.figures.theme import (
    ACCENT_COLOUR,
    HIGHLIGHT_COLOUR,
    LEGEND_ON_TOP,
    MARGIN,
    NEW_WORK_COLOUR,
    PLANE_BACKGROUND,
    WORK_DOTS,
    component_colour,
    labelled,
    marker_line,
    plane_axis,
)
from painter.figures.traces import component_outline, works_dots

#: The longest arrow drawn (grey levels): arrows show direction and relative size.
ARROW = 15.0
EXACT_COLOUR = "#555555"


def _arrows(base: np.ndarray, vectors: np.ndarray, scale: float, colour: str, name: str, width: float) -> dict:
    """Arrows from ``base`` (m, 2) along ``vectors`` (m, 2), one line trace.

    An arrow of length ``scale`` is ``ARROW`` long; lengths are shown by their square root, so
    the short arrows far from the data still show their direction.
    """
    lengths = np.linalg.norm(vectors, axis=1, keepdims=True)
    shown = ARROW * np.sqrt(lengths / max(scale, 1e-300))
    tips = base + vectors / np.maximum(lengths, 1e-300) * shown
    gap = np.full((len(base), 1), np.nan)
    x = np.column_stack([base[:, :1], tips[:, :1], gap]).ravel()
    y = np.column_stack([base[:, 1:], tips[:, 1:], gap]).ravel()
    sizes = np.tile([0.0, 7.0, 0.0], len(base))
    sizes[1::3] = np.where(lengths[:, 0] > 0, 7.0, 0.0)
    return dict(
        type="scatter",
        mode="lines+markers",
        x=x.astype(np.float32),
        y=y.astype(np.float32),
        name=name,
        hoverinfo="skip",
        line=dict(color=colour, width=width),
        marker=dict(symbol="arrow", angleref="previous", size=sizes.astype(np.float32), color=colour),
    )


def _plane(labels: dict[str, str], height: int = 520) -> dict:
    return dict(
        height=height,
        margin=MARGIN,
        plot_bgcolor=PLANE_BACKGROUND,
        legend=LEGEND_ON_TOP,
        xaxis=plane_axis(labels["x"]),
        yaxis=plane_axis(labels["y"], scaleanchor="x"),
    )


@labelled("x", "y", "learned", "exact", "works", "hover_work")
def arrows_figure(grid, learned, exact, works, *, labels: dict[str, str]) -> dict:
    """The learned score's arrows over the exact mixture's, at one noise level, with the training works.

    Parameters
    ----------
    grid : array-like of shape (m, 2)
        The arrows' base points.
    learned, exact : array-like of shape (m, 2)
        The two scores there; both are drawn on the exact one's scale (its longest arrow is ``ARROW``).
    works : array-like of shape (n, 2)
        The network's training works.
    labels : dict
    """
    grid, learned, exact = (np.asarray(a, dtype=float) for a in (grid, learned, exact))
    scale = float(np.linalg.norm(exact, axis=1).max())
    data = [
        works_dots(works, labels, WORK_DOTS),
        _arrows(grid, exact, scale, EXACT_COLOUR, labels["exact"], 3.0),
        _arrows(grid, learned, scale, ACCENT_COLOUR, labels["learned"], 1.8),
    ]
    return dict(data=data, layout=_plane(labels))


@labelled("x", "y", "by_learned", "by_exact", "works", "hover_work")
def moved_figure(by_learned, by_exact, works, *, labels: dict[str, str]) -> dict:
    """Works generated from the same noise by the learned score and by the exact one."""
    data = [
        works_dots(works, labels, WORK_DOTS),
        _points(by_exact, labels["by_exact"], EXACT_COLOUR, "circle-open", 7),
        _points(by_learned, labels["by_learned"], NEW_WORK_COLOUR, "circle", 5),
    ]
    return dict(data=data, layout=_plane(labels))


def _points(points, name: str, colour: str, symbol: str, size: int) -> dict:
    points = np.asarray(points, dtype=np.float32).reshape(-1, 2)
    return dict(
        type="scatter",
        mode="markers",
        x=points[:, 0],
        y=points[:, 1],
        name=name,
        hovertemplate="(%{x:.0f}, %{y:.0f})<extra>" + name + "</extra>",
        marker=dict(symbol=symbol, size=size, color=colour, line=dict(width=1.2, color=colour)),
    )


@labelled("pass", "loss")
def loss_figure(losses, *, labels: dict[str, str]) -> dict:
    """The training loss after each pass over fresh noisy works."""
    losses = np.asarray(losses, dtype=np.float32)
    data = [
        dict(
            type="scatter",
            mode="lines",
            x=np.arange(1, len(losses) + 1, dtype=np.float32),
            y=losses,
            name=labels["loss"],
            line=dict(color=ACCENT_COLOUR, width=2.5),
            hovertemplate=labels["pass"] + " %{x}: %{y:.3f}<extra></extra>",
        )
    ]
    layout = dict(
        height=260,
        margin=dict(l=10, r=10, t=10, b=10),
        showlegend=False,
        xaxis=dict(title=dict(text=labels["pass"])),
        yaxis=dict(title=dict(text=labels["loss"])),
    )
    return dict(data=data, layout=layout)


@labelled("x", "y", "to_own", "fresh", "between")
def halves_figure(sizes, to_own, fresh, between, *, labels: dict[str, str]) -> dict:
    """Memorise or generalise, against the number of works each network learns from.

    Parameters
    ----------
    sizes : array-like of shape (s,)
        Works per network.
    to_own, fresh, between : array-like of shape (s,)
        Median distances (grey levels): a generated work to its own network's nearest training
        work; an unseen work to the nearest training work; the two halves' works from the same noise.
    """
    x = np.asarray(sizes, dtype=np.float32)
    data = [
        _line(x, to_own, labels["to_own"], NEW_WORK_COLOUR, "solid"),
        _line(x, fresh, labels["fresh"], EXACT_COLOUR, "dot"),
        _line(x, between, labels["between"], ACCENT_COLOUR, "solid"),
    ]
    layout = dict(
        height=380,
        margin=MARGIN,
        legend=LEGEND_ON_TOP,
        xaxis=dict(type="log", title=dict(text=labels["x"]), tickvals=x, ticktext=[f"{int(v)}" for v in x]),
        yaxis=dict(title=dict(text=labels["y"]), rangemode="tozero"),
    )
    return dict(data=data, layout=layout)


def _line(x, y, name: str, colour: str, dash: str) -> dict:
    return dict(
        type="scatter",
        mode="lines+markers",
        x=x,
        y=np.asarray(y, dtype=np.float32),
        name=name,
        line=dict(color=colour, dash=dash, width=2.5),
        hovertemplate="%{x}: %{y:.1f}<extra>" + name + "</extra>",
    )


@labelled("x", "y", "works", "hover_work", "guided", "school")
def guided_figure(points, works, means, covariances, school: int, *, labels: dict[str, str]) -> dict:
    """Works made for one school at one guidance scale, over the contest and every school's outline."""
    data = [works_dots(works, labels, WORK_DOTS)]
    for k in range(len(means)):
        outline = component_outline(means[k], covariances[k], component_colour(k), f"{labels['school']} {k + 1}")
        data.append(dict(outline, line=dict(color=component_colour(k), width=4.0 if k == school else 1.5)))
    data.append(_points(points, labels["guided"], HIGHLIGHT_COLOUR, "circle", 6))
    return dict(data=data, layout=_plane(labels))


@labelled("x", "agreement", "variety", "current")
def guided_curves(guidances, agreement, variety, guidance: float, *, labels: dict[str, str]) -> dict:
    """Agreement (exact posterior) and variety against the guidance scale, two panels sharing w."""
    x = np.asarray(guidances, dtype=np.float32)
    data = [
        dict(_line(x, agreement, labels["agreement"], ACCENT_COLOUR, "solid"), yaxis="y"),
        dict(_line(x, variety, labels["variety"], NEW_WORK_COLOUR, "solid"), yaxis="y2"),
    ]
    layout = dict(
        height=420,
        margin=dict(l=10, r=10, t=40, b=10),
        legend=LEGEND_ON_TOP,
        xaxis=dict(title=dict(text=labels["x"]), anchor="y2"),
        yaxis=dict(domain=[0.55, 1.0], title=dict(text=labels["agreement"]), tickformat=".0%"),
        yaxis2=dict(domain=[0.0, 0.45], title=dict(text=labels["variety"]), rangemode="tozero"),
        shapes=[marker_line(guidance)],
    )
    return dict(data=data, layout=layout)


@labelled("x", "error", "quality", "likelihood", "current")
def compress_figure(dims, error, quality, likelihood, k: int, *, labels: dict[str, str]) -> dict:
    """Why compress first: reconstruction error, the judge's agreement and held-out log-likelihood against k."""
    x = np.asarray(dims, dtype=np.float32)
    data = [
        dict(_line(x, error, labels["error"], EXACT_COLOUR, "solid"), yaxis="y"),
        dict(_line(x, quality, labels["quality"], ACCENT_COLOUR, "solid"), yaxis="y2"),
        dict(_line(x, likelihood, labels["likelihood"], NEW_WORK_COLOUR, "solid"), yaxis="y3"),
    ]
    layout = dict(
        height=560,
        margin=dict(l=10, r=10, t=40, b=10),
        legend=LEGEND_ON_TOP,
        xaxis=dict(title=dict(text=labels["x"]), tickvals=x, anchor="y3"),
        yaxis=dict(domain=[0.7, 1.0], title=dict(text=labels["error"]), rangemode="tozero"),
        yaxis2=dict(domain=[0.36, 0.64], title=dict(text=labels["quality"]), tickformat=".0%"),
        yaxis3=dict(domain=[0.0, 0.3], title=dict(text=labels["likelihood"])),
        shapes=[dict(type="line", xref="x", yref="paper", x0=k, x1=k, y0=0, y1=1, line=dict(color=HIGHLIGHT_COLOUR))],
    )
    return dict(data=data, layout=layout)
