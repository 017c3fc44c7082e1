"""Traces that several figures share: the works, the components, the density, the click layer."""

from __future__ import annotations

import numpy as np

from painter.figures.theme import (
    DENSITY_SCALE,
    GREYS,
    HIGHLIGHT_COLOUR,
    NEW_WORK_COLOUR,
    labelled,
    translucent,
)
from painter.images import to_pixels
from painter.model import ellipse

#: A trace with no legend entry and no hover (an outline, a guide, a mark that explains itself).
UNLISTED = dict(showlegend=False, hoverinfo="skip")


def scatter(mode: str, x, y, **fields) -> dict:
    """A scatter trace through ``x``, ``y``, drawn as ``mode`` (``"markers"``, ``"lines"``, ``"lines+markers"``).

    ``fields`` are the rest of the trace (its name, look and hover), kept in the order given.
    """
    return dict(type="scatter", mode=mode, x=x, y=y, **fields)


def works_traces(
    works,
    name: str,
    hover: str,
    *,
    size: int = 9,
    outline: str = "#555",
    outline_width: float = 0.6,
    showlegend: bool = True,
) -> list[dict]:
    """Each work drawn as a tiny 1×2 picture: two grey squares side by side.

    The left square is coloured by the work's pixel 1 and the right one by its
    pixel 2, on a black-to-white scale, so the plane shows the pictures
    themselves rather than anonymous dots.
    """
    works = np.asarray(works, dtype=float).reshape(-1, 2)
    shown = to_pixels(works)
    offset = 2.2  # each square's distance from the work's place
    y = works[:, 1].astype(np.float32)
    template = hover + "<extra></extra>"
    traces = []
    for side, (dx, legend) in enumerate(((-offset, showlegend), (offset, False))):
        x = (works[:, 0] + dx).astype(np.float32)
        line = dict(width=outline_width, color=outline)
        marker = dict(symbol="square", size=size, color=shown[:, side], colorscale=GREYS, cmin=0, cmax=255, line=line)
        group = dict(name=name, legendgroup=name, showlegend=legend)
        traces.append(scatter("markers", x, y, **group, customdata=shown, hovertemplate=template, marker=marker))
    return traces


def works_dots(works, labels: dict[str, str], marker: dict, **extra) -> dict:
    """The training works as plain dots (named ``labels["works"]``, hover ``labels["hover_work"]``)."""
    works = np.asarray(works, dtype=np.float32)
    hover = labels["hover_work"] + "<extra></extra>"
    return scatter(
        "markers", works[:, 0], works[:, 1], name=labels["works"], hovertemplate=hover, marker=marker, **extra
    )


@labelled("new", "hover_new")
def new_works_traces(new_works, labels: dict[str, str]) -> list[dict]:
    """Generated works as tiny 1×2 pictures with an orange outline (``labels``: ``new``, ``hover_new``).

    Drawn on top of :func:`density_plane`; kept apart so that a plane shared by
    every draw can take each new draw without being built again.
    """
    return works_traces(
        new_works, labels["new"], labels["hover_new"], size=11, outline=NEW_WORK_COLOUR, outline_width=1.5
    )


def ring(work, name: str) -> dict:
    """A circle around one work, so it can be found among the others.

    An open symbol is drawn in the marker's own colour (its line colour alone would leave it to the
    theme's next trace colour).
    """
    marker = dict(symbol="circle-open", size=30, color=HIGHLIGHT_COLOUR, line=dict(width=3.5, color=HIGHLIGHT_COLOUR))
    return scatter("markers", [work[0]], [work[1]], name=name, hoverinfo="skip", marker=marker)


#: The colour bar reads the density as the share of works expected in a square of this many grey levels a side.
DENSITY_SQUARE = 10


def density_contour(grid, density, colorbar_title: str, showscale: bool = True) -> dict:
    """The density as filled contours; its colour bar in plain percentages, not e-notation.

    A density of works per grey level² is tiny (about 10⁻⁴); times the area of a
    :data:`DENSITY_SQUARE`-sided square it is the share of the works expected in such a square,
    a percentage a newcomer reads at once. The contours are the same either way.
    """
    grid = np.asarray(grid, dtype=np.float32)
    return dict(
        type="contour",
        x=grid,
        y=grid,
        z=np.asarray(density, dtype=np.float32) * np.float32(DENSITY_SQUARE**2),
        colorscale=DENSITY_SCALE,
        showscale=showscale,
        ncontours=14,
        line=dict(width=0.5, color="rgba(63,0,125,0.35)"),
        hoverinfo="skip",
        colorbar=dict(title=dict(text=colorbar_title, side="right"), thickness=14, tickformat=".1%"),
    )


def click_layer(hover: str, step: int = 5) -> dict:
    """An invisible grid of points over the plane, so a click anywhere selects a place.

    Plotly reports clicks and selections only on scatter points, not on
    contours, so this layer lies on top and turns a click into (x1, x2).
    """
    values = np.arange(0, 256, step, dtype=np.float32)
    x1, x2 = np.meshgrid(values, values)
    return scatter(
        "markers",
        x1.ravel(),
        x2.ravel(),
        showlegend=False,
        hovertemplate=hover + "<extra></extra>",
        marker=dict(size=step * 1.6, color="rgba(0,0,0,0)"),
        selected=dict(marker=dict(color=translucent(HIGHLIGHT_COLOUR, 0.9), size=12)),
        unselected=dict(marker=dict(opacity=0)),
    )


def stepped_scale(colours) -> list:
    """A colour scale that paints integer value i exactly in colours[i] (with cmin=-0.5, cmax=len-0.5)."""
    n = len(colours)
    return [pair for i, c in enumerate(colours) for pair in ([i / n, c], [(i + 1) / n, c])]


def component_outline(mean, cov, colour: str, name: str, *, n_points: int = 60, **extra) -> dict:
    """One component's 2-standard-deviation ellipse, as a line in its colour."""
    outline = ellipse(mean, cov, n_points=n_points).astype(np.float32)
    line = dict(color=colour, width=2.5)
    return scatter("lines", outline[:, 0], outline[:, 1], line=line, name=name, hoverinfo="skip", **extra)


#: The cross that marks a component's centre.
CENTRE_SYMBOL = "x-thin"
#: The colour of the centres' key in a legend (each centre itself has its component's colour).
CENTRE_KEY_COLOUR = "#333333"


def component_centres(x, y, colour, **extra) -> dict:
    """Components' centres as crosses (``colour``: one colour, or one per centre)."""
    marker = dict(symbol=CENTRE_SYMBOL, size=14, line=dict(width=3, color=colour))
    return scatter("markers", x, y, **UNLISTED, marker=marker, **extra)


def centres_key(name: str) -> dict:
    """A legend entry alone (no point is drawn): the cross of :func:`component_centres`, named ``name``.

    The centres themselves stay grouped with their components (hidden with them from the legend), so one
    entry says what every cross means.
    """
    marker = dict(symbol=CENTRE_SYMBOL, size=12, line=dict(width=2.5, color=CENTRE_KEY_COLOUR))
    return scatter("markers", [None], [None], name=name, hoverinfo="skip", marker=marker)
