"""What a real model does: learned against exact arrows, the training loss, memorise or generalise,
guidance on the schools, and why compress first."""

from __future__ import annotations

import numpy as np

from painter.figures.theme import (
    ACCENT_COLOUR,
    LEGEND_ON_TOP,
    MARGIN,
    NEW_WORK_COLOUR,
    PLANE_BACKGROUND,
    WORK_DOTS,
    chart_layout,
    component_colour,
    labelled,
    marker_line,
    plane_layout,
)
from painter.figures.traces import component_outline, scatter, works_dots

#: The longest arrow drawn (grey levels): arrows show direction and relative size. About the
#: spacing of the page's 7 × 7 grid (36 grey levels), so the arrows are long enough to tell
#: the blue line from the grey band on a half-width figure.
ARROW = 32.0
EXACT_COLOUR = "#555555"
#: The works guided towards a school: unlike every school's outline colour.
GUIDED_COLOUR = "#111111"
#: The exact score's arrows, drawn wide and pale under the learned ones.
EXACT_BAND = "#b4b4b4"


def _arrows(
    base: np.ndarray, vectors: np.ndarray, scale: float, colour: str, name: str, width: float, *, head: float = 7.0
) -> dict:
    """Arrows from ``base`` (m, 2) along ``vectors`` (m, 2), one line trace.

    An arrow of length ``scale`` is ``ARROW`` long; lengths are shown by their square root, so
    the short arrows far from the data still show their direction.
    """
    lengths = np.linalg.norm(vectors, axis=1, keepdims=True)
    shown = ARROW * np.sqrt(lengths / max(scale, 1e-300))
    tips = base + vectors / np.maximum(lengths, 1e-300) * shown
    gap = np.full((len(base), 1), np.nan)
    x = np.column_stack([base[:, :1], tips[:, :1], gap]).ravel().astype(np.float32)
    y = np.column_stack([base[:, 1:], tips[:, 1:], gap]).ravel().astype(np.float32)
    sizes = np.tile([0.0, head, 0.0], len(base))
    sizes[1::3] = np.where(lengths[:, 0] > 0, head, 0.0)
    heads = dict(symbol="arrow", angleref="previous", size=sizes.astype(np.float32), color=colour)
    line = dict(color=colour, width=width)
    return scatter("lines+markers", x, y, name=name, hoverinfo="skip", line=line, marker=heads)


def _plane(labels: dict[str, str]) -> dict:
    return plane_layout(labels["x"], labels["y"], height=520, plot_bgcolor=PLANE_BACKGROUND, legend=LEGEND_ON_TOP)


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
        # the exact arrows are a wide pale band and the learned ones a thin line on top: where the two
        # agree the blue line runs inside the grey band, where they differ the band shows beside it
        _arrows(grid, exact, scale, EXACT_BAND, labels["exact"], 11.0, head=18.0),
        _arrows(grid, learned, scale, ACCENT_COLOUR, labels["learned"], 3.0, head=10.0),
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
    hover = "(%{x:.0f}, %{y:.0f})<extra>" + name + "</extra>"
    marker = dict(symbol=symbol, size=size, color=colour, line=dict(width=1.2, color=colour))
    return scatter("markers", points[:, 0], points[:, 1], name=name, hovertemplate=hover, marker=marker)


@labelled("pass", "loss")
def loss_figure(losses, *, labels: dict[str, str]) -> dict:
    """The training loss after each pass over fresh noisy works."""
    losses = np.asarray(losses, dtype=np.float32)
    passes = np.arange(1, len(losses) + 1, dtype=np.float32)
    line = dict(color=ACCENT_COLOUR, width=2.5)
    hover = labels["pass"] + " %{x}: %{y:.3f}<extra></extra>"
    data = [scatter("lines", passes, losses, name=labels["loss"], line=line, hovertemplate=hover)]
    axes = dict(xaxis=dict(title=dict(text=labels["pass"])), yaxis=dict(title=dict(text=labels["loss"])))
    return dict(data=data, layout=dict(height=260, margin=MARGIN, showlegend=False, **axes))


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
    xaxis = dict(type="log", title=dict(text=labels["x"]), tickvals=x, ticktext=[f"{int(v)}" for v in x])
    yaxis = dict(title=dict(text=labels["y"]), rangemode="tozero")
    return dict(data=data, layout=chart_layout(380, xaxis=xaxis, yaxis=yaxis))


def _line(x, y, name: str, colour: str, dash: str) -> dict:
    line = dict(color=colour, dash=dash, width=2.5)
    hover = "%{x}: %{y:.1f}<extra>" + name + "</extra>"
    return scatter("lines+markers", x, np.asarray(y, dtype=np.float32), name=name, line=line, hovertemplate=hover)


@labelled("x", "y", "works", "hover_work", "guided", "school")
def guided_figure(points, works, means, covariances, school: int, *, labels: dict[str, str]) -> dict:
    """Works made for one school at one guidance scale, over the contest and every school's outline."""
    data = [works_dots(works, labels, WORK_DOTS)]
    for k in range(len(means)):
        outline = component_outline(means[k], covariances[k], component_colour(k), f"{labels['school']} {k + 1}")
        data.append(dict(outline, line=dict(color=component_colour(k), width=4.0 if k == school else 1.5)))
    # black diamonds: no school's outline has this colour (school 6's is the highlight colour)
    guided = _points(points, labels["guided"], GUIDED_COLOUR, "diamond", 7)
    data.append(dict(guided, marker=dict(guided["marker"], line=dict(width=0.8, color="#ffffff"))))
    # its legend has three rows: a little higher and see-through, so that its box does not cover the plot's top
    layout = dict(_plane(labels), legend=dict(LEGEND_ON_TOP, y=1.04, bgcolor="rgba(255,255,255,0)"))
    return dict(data=data, layout=layout)


@labelled("x", "agreement", "variety", "current")
def guided_curves(guidances, agreement, variety, guidance: float, *, labels: dict[str, str]) -> dict:
    """Agreement (exact posterior) and variety against the guidance scale, two panels sharing w."""
    panels = (
        (agreement, "agreement", ACCENT_COLOUR, [0.55, 1.0], dict(tickformat=".0%")),
        (variety, "variety", NEW_WORK_COLOUR, [0.0, 0.45], dict(rangemode="tozero")),
    )
    return _stacked_panels(guidances, panels, labels, height=420, marked=marker_line(guidance))


@labelled("x", "error", "quality", "likelihood", "current")
def compress_figure(dims, error, quality, likelihood, k: int, *, labels: dict[str, str]) -> dict:
    """Why compress first: reconstruction error, the judge's agreement and held-out log-likelihood against k."""
    panels = (
        (error, "error", EXACT_COLOUR, [0.71, 0.95], dict(rangemode="tozero")),
        (quality, "quality", ACCENT_COLOUR, [0.36, 0.6], dict(tickformat=".0%")),
        (likelihood, "likelihood", NEW_WORK_COLOUR, [0.0, 0.25], {}),
    )
    return _stacked_panels(dims, panels, labels, height=560, marked=marker_line(k, width=None), ticks_at_x=True)


def _stacked_panels(x, panels, labels: dict[str, str], *, height: int, marked: dict, ticks_at_x: bool = False) -> dict:
    """Curves against one x, each in a panel of its own, stacked top to bottom over the x axis.

    Parameters
    ----------
    x : array-like of shape (m,)
        The shared x values (the x axis is titled ``labels["x"]``, ticked at ``x`` if ``ticks_at_x``).
    panels : sequence of (y, key, colour, domain, look)
        Top to bottom: a curve (array-like of shape (m,)), its label key (the curve's name and the
        panel's title), its colour, the panel's place (``[bottom, top]`` in paper units) and the
        rest of its y axis (its format, its range mode).
    marked : dict
        A shape drawn across every panel (the visitor's own setting, see :func:`marker_line`), cut
        into one piece per panel so that it stops below each panel's title.
    """
    x = np.asarray(x, dtype=np.float32)
    data, axes, titles, shapes = [], {}, [], []
    for i, (y, key, colour, domain, look) in enumerate(panels, start=1):
        name = "y" if i == 1 else f"y{i}"
        data.append(dict(_line(x, y, labels[key], colour, "solid"), yaxis=name))
        axes["yaxis" + name[1:]] = dict(domain=domain, **look)
        shapes.append(dict(marked, y0=domain[0], y1=domain[1]))  # within the panel, clear of its title
        # each panel's title sits level above it, in its curve's colour: titles written up the y axes ran
        # into each other (a long Japanese title is taller than its panel), and a legend would repeat them
        titles.append(
            dict(
                text=f"<b>{labels[key]}</b>",
                x=0,
                y=domain[1],
                xref="paper",
                yref="paper",
                xanchor="left",
                yanchor="bottom",
                showarrow=False,
                font=dict(color=colour, size=13),
            )
        )
    shared = dict(title=dict(text=labels["x"]))
    if ticks_at_x:  # a label at every x, but none closer than 5% of the span to the next one up ("2" beside "4")
        kept = [float(x[-1])]
        for value in x[-2::-1]:
            if kept[-1] - value >= 0.05 * float(x[-1] - x[0]):
                kept.append(float(value))
        shared["tickvals"] = kept[::-1]
    shared["anchor"] = name  # the x axis lies under the bottom panel
    layout = chart_layout(
        height, margin=dict(MARGIN, t=40), xaxis=shared, **axes, shapes=shapes, annotations=titles, showlegend=False
    )
    return dict(data=data, layout=layout)
