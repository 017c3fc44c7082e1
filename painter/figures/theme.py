"""The look every figure shares: colours named after what they colour, scales, axes and margins."""

from __future__ import annotations

from collections.abc import Callable

#: The mixture's components, in order (Okabe–Ito: distinguishable with every common colour-vision deficiency).
COMPONENT_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
#: The outline of newly generated works.
NEW_WORK_COLOUR = "#E69F00"
#: The figure's main line or bar (the conditional curve, the counted pictures, the zoom box).
ACCENT_COLOUR = "#0072B2"
#: What the eye should find first: the chosen work, the best setting, a moving marker.
HIGHLIGHT_COLOUR = "#D55E00"
#: Sequential white-to-purple scale for densities (dark = likely), as in the post.
DENSITY_SCALE = [[0.0, "#ffffff"], [0.15, "#efedf5"], [0.4, "#bcbddc"], [0.7, "#807dba"], [1.0, "#3f007d"]]
#: Pixel value v drawn as exactly rgb(v, v, v) (Plotly's named "gray" scale is not exact).
GREYS = [[0.0, "rgb(0,0,0)"], [1.0, "rgb(255,255,255)"]]
PLANE_BACKGROUND = "#eef2f7"
PIXEL_RANGE = [-0.5, 255.5]
#: A pixel axis of a plane: the pixel values and a little more, so a work drawn at 0 or 255 is not cut by the frame.
PLANE_RANGE = [-8.5, 263.5]
PIXEL_TICKS = [0, 64, 128, 192, 255]
MARGIN = dict(l=10, r=10, t=10, b=10)
LEGEND_ON_TOP = dict(orientation="h", yanchor="bottom", y=1.01, x=0)
#: The contest's works as plain dots under a model.
WORK_DOTS = dict(size=4, color="#333333", opacity=0.55)


def component_colour(k: int) -> str:
    """The colour of component ``k`` (the colours repeat after eight)."""
    return COMPONENT_COLOURS[k % len(COMPONENT_COLOURS)]


def translucent(colour: str, alpha: float) -> str:
    """A ``#rrggbb`` colour as ``rgba(r,g,b,alpha)``."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha:g})"


def marker_line(x: float, width: float | None = 2) -> dict:
    """A vertical line across the whole plot at ``x`` (the visitor's own setting, such as their w).

    ``width`` None leaves the line's width to Plotly.
    """
    line = dict(color=HIGHLIGHT_COLOUR) if width is None else dict(color=HIGHLIGHT_COLOUR, width=width)
    return dict(type="line", xref="x", yref="paper", x0=x, x1=x, y0=0, y1=1, line=line)


def plane_axis(title: str, **extra) -> dict:
    """A 0–255 pixel axis (with a margin, :data:`PLANE_RANGE`), so the whole space of 2-pixel pictures shows."""
    return dict(
        range=PLANE_RANGE, title=dict(text=title), zeroline=False, constrain="domain", tickvals=PIXEL_TICKS, **extra
    )


def chart_layout(height: int, *, margin: dict = MARGIN, **fields) -> dict:
    """A figure's layout, ``height`` pixels tall, with the shared margins and the legend in a row on top.

    ``fields`` (the axes, the background, …) follow the legend.
    """
    return dict(height=height, margin=margin, legend=LEGEND_ON_TOP, **fields)


def plane_layout(x_title: str, y_title: str, *, height: int, **look) -> dict:
    """The layout of the square 0–255 plane of 2-pixel pictures, ``height`` pixels tall.

    ``look`` (the background, the legend, …) goes between the margins and the two axes.
    """
    axes = dict(xaxis=plane_axis(x_title), yaxis=plane_axis(y_title, scaleanchor="x"))
    return dict(height=height, margin=MARGIN, **look, **axes)


def side_axis(left: float, anchor: str, title: str, **extra) -> dict:
    """The x axis of a plot beside the plane: from ``left`` (paper units) to the right edge, over y axis ``anchor``."""
    return dict(domain=[left, 1.0], anchor=anchor, title=dict(text=title), **extra)


def labelled(*keys: str) -> Callable:
    """Declare the label keys a figure reads from its ``labels`` dict (kept as ``figure.labels``).

    Pages build the dict from this declaration (``app_pages.common.figure_labels``),
    and the text tests read it, so a new label is written in one place.
    """

    def declare(figure: Callable) -> Callable:
        figure.labels = keys
        return figure

    return declare
