"""The 256×256 plane of every 2-pixel picture: the contest, the learned density, the style slice."""

from __future__ import annotations

import numpy as np

from painter.figures.theme import (
    ACCENT_COLOUR,
    DENSITY_SCALE,
    HIGHLIGHT_COLOUR,
    LEGEND_ON_TOP,
    NEW_WORK_COLOUR,
    PIXEL_RANGE,
    PLANE_BACKGROUND,
    WORK_DOTS,
    chart_layout,
    component_colour,
    labelled,
    plane_axis,
    plane_layout,
    side_axis,
    translucent,
)
from painter.figures.traces import (
    UNLISTED,
    centres_key,
    component_centres,
    component_outline,
    density_contour,
    new_works_traces,
    ring,
    scatter,
    works_dots,
    works_traces,
)


def contest_figure(
    works, x_title: str, y_title: str, name: str, hover: str, *, chosen: int | None = None, chosen_name: str = ""
) -> dict:
    """The contest's works on the 256×256 plane of every possible 2-pixel picture.

    ``chosen`` is the row of one work to draw again on top of all the others, ringed (with legend text
    ``chosen_name``), so no other work hides it.
    """
    data = works_traces(works, name, hover, showlegend=False)
    if chosen is not None:
        work = np.asarray(works)[chosen]
        data += works_traces([work], chosen_name, hover, size=11, outline=HIGHLIGHT_COLOUR, showlegend=False)
        data.append(ring(work, chosen_name))
    layout = plane_layout(x_title, y_title, height=560, plot_bgcolor=PLANE_BACKGROUND, legend=LEGEND_ON_TOP)
    return dict(data=data, layout=layout)


@labelled("x", "y", "density", "works", "component", "centre", "hover_work")
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
        Components, drawn as crosses and 2-standard-deviation ellipses; the legend names each ellipse
        and, once, the crosses (``centre``).
    labels : dict
        Translated texts: ``x``, ``y``, ``density``, ``works``, ``component``, ``centre``, ``hover_work``.
    """
    data = [
        density_contour(grid, density, labels["density"]),
        works_dots(works, labels, WORK_DOTS),
    ]
    for k, (mean, cov) in enumerate(zip(means, covariances, strict=True)):
        colour, group = component_colour(k), f"c{k}"
        data.append(component_outline(mean, cov, colour, f"{labels['component']} {k + 1}", legendgroup=group))
        data.append(component_centres([mean[0]], [mean[1]], colour, legendgroup=group))
    data.append(centres_key(labels["centre"]))
    return dict(data=data, layout=density_layout(labels))


@labelled(*density_plane.labels, "new", "hover_new")
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


@labelled("x", "y", "works", "hover_work")
def unfitted_figure(works, *, labels: dict[str, str], extra: list[dict] = ()) -> dict:
    """The plane of :func:`density_plane` before there is a model: the works alone, and ``extra`` on top.

    No contour and no colour bar (there is no density to show yet); the plane
    keeps its axes and size, so it does not jump once a model is fitted.
    """
    data = [works_dots(works, labels, WORK_DOTS), *extra]
    return dict(data=data, layout=dict(density_layout(labels), plot_bgcolor=PLANE_BACKGROUND))


def density_layout(labels: dict[str, str]) -> dict:
    """The layout of the learned-density plane (:func:`density_plane`, :func:`unfitted_figure`)."""
    return plane_layout(labels["x"], labels["y"], height=600, legend=LEGEND_ON_TOP)


@labelled("x", "y", "density", "cond", "slice", "work", "new", "hover_new", "hover_work", "hover_curve", "component")
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
        The 301st artist's own scene, marked with a hollow star on top (a new work may fall on it, and shows through).
    curve_x2, curve_p : ndarrays of shape (m,)
        The conditional density p(x2 | x1) along x2.
    components : ndarray of shape (k, m)
        Each component's weighted share of that curve (they sum to ``curve_p``), shaded under the
        curve in the component's colour (a line would hide under the curve wherever one
        component makes it alone, which is almost everywhere).
    new_x2 : ndarray of shape (n_new,)
        Scenes drawn for the kept style.
    labels : dict
        Translated texts: ``x``, ``y``, ``density``, ``cond``, ``slice``, ``work``,
        ``new``, ``hover_new``, ``hover_work``, ``hover_curve``, ``component``.
    """
    new_x2 = np.asarray(new_x2, dtype=float)
    curve_x2 = np.asarray(curve_x2, dtype=np.float32)
    slice_line = dict(color=ACCENT_COLOUR, width=3, dash="dash")
    star = dict(symbol="star-open", size=22, color=HIGHLIGHT_COLOUR, line=dict(width=2.5, color=HIGHLIGHT_COLOUR))
    work = dict(name=labels["work"], hovertemplate=labels["hover_work"] + "<extra></extra>", marker=star)
    data = [
        density_contour(grid, density, labels["density"], showscale=False),
        scatter("lines", [x1, x1], PIXEL_RANGE, name=labels["slice"], hoverinfo="skip", line=slice_line),
        *new_works_traces(np.column_stack([np.full_like(new_x2, x1), new_x2]), labels),
        scatter("markers", [x1], [work_x2], **work),  # hollow, on top: a new work under it still shows
    ]
    beside = dict(xaxis="x2", yaxis="y")  # the curve's plot, right of the plane, on the plane's y axis
    data += component_shares(components, curve_x2, labels["component"], beside)
    curve_p = np.asarray(curve_p, dtype=np.float32)
    hover = labels["hover_curve"] + "<extra></extra>"
    total = dict(name=labels["cond"], line=dict(color=ACCENT_COLOUR, width=3), hovertemplate=hover)
    data.append(scatter("lines", curve_p, curve_x2, **beside, **total))
    ticks = dict(symbol="line-ew-open", size=14, line=dict(width=2, color=NEW_WORK_COLOUR))
    data.append(scatter("markers", np.zeros_like(new_x2), new_x2, **beside, **UNLISTED, marker=ticks))
    # the curve's own x axis, right of the plane; its y axis is the plane's
    curve_axis = side_axis(0.67, "y", labels["cond"], rangemode="tozero", showgrid=True, exponentformat="e")
    axes = dict(xaxis=plane_axis(labels["x"], domain=[0.0, 0.64]), yaxis=plane_axis(labels["y"]), xaxis2=curve_axis)
    return dict(data=data, layout=chart_layout(600, plot_bgcolor="#ffffff", **axes))


def component_shares(components, curve_x2, name: str, axes: dict) -> list[dict]:
    """Each component's share of the curve p(x2 | x1), shaded from zero in the component's colour.

    ``components`` (k, m) along ``curve_x2`` (m,); ``name`` (e.g. "component") is numbered from 1
    in each hover; ``axes`` are the curve plot's axes.
    """
    traces = []
    for k, share in enumerate(np.asarray(components, dtype=np.float32)):
        colour = component_colour(k)
        look = dict(fill="tozerox", fillcolor=translucent(colour, 0.35), line=dict(color=colour, width=1, dash="dot"))
        hover = f"{name} {k + 1}<extra></extra>"
        traces.append(scatter("lines", share, curve_x2, **axes, **UNLISTED, **look, hovertemplate=hover))
    return traces


@labelled("x", "y")
def thumbnail_figure(grid, density, works, means=(), covariances=(), *, labels: dict[str, str]) -> dict:
    """A small plane: a model's density contours with the works as dots (``x``, ``y`` labels).

    ``means`` and ``covariances`` (k, 2) and (k, 2, 2), if given, draw each component's
    2-standard-deviation ellipse in its colour, so the number of components shows (eight
    small ellipses sharing three schools, where the contours alone look like three).
    The lowest density band takes the planes' background colour instead of white, so every
    thumbnail shows the same grey wherever its model expects (almost) no works.
    """
    works = np.asarray(works, dtype=np.float32)
    bare = [[0.0, PLANE_BACKGROUND], *DENSITY_SCALE[1:]]
    data = [
        dict(density_contour(grid, density, "", showscale=False), colorscale=bare),
        scatter("markers", works[:, 0], works[:, 1], **UNLISTED, marker=dict(size=3, color="#333333", opacity=0.5)),
    ]
    for k, (mean, cov) in enumerate(zip(means, covariances, strict=True)):
        outline = component_outline(mean, cov, component_colour(k), "", showlegend=False)
        data.append(dict(outline, line=dict(outline["line"], width=1.5)))
    layout = plane_layout(labels["x"], labels["y"], height=280, plot_bgcolor=PLANE_BACKGROUND)
    return dict(data=data, layout=layout)


#: The 300 artists behind the class's works: faint, so the class stands out.
ARTIST_DOTS = dict(size=5, color="#9aa3ad", opacity=0.5)


#: Room for a legend of two rows above a plane drawn on a narrow screen (see :func:`class_figure`'s ``width``).
NARROW_LEGEND = 48


@labelled("x", "y", "artists", "class", "mine", "hover_class", "hover_artist")
def class_figure(works, ids, mine, artists, *, labels: dict[str, str], width: int | None = None) -> dict:
    """The class's works on the plane, beside the contest's 300 artists, a student's own works ringed.

    Parameters
    ----------
    works : ndarray of shape (n, 2)
        The class's works.
    ids : ndarray of shape (n,)
        Their ids (shown on hover, so the teacher can name one to remove).
    mine : ndarray of shape (n,)
        True where the work is the viewing student's own (all False on the board).
    artists : ndarray of shape (m, 2)
        The contest's works, drawn faintly behind.
    labels : dict
        ``x``, ``y``, ``artists``, ``class``, ``mine``, ``hover_class`` (with ``%{customdata[0]}``
        the id, ``[1]`` and ``[2]`` the pixels), ``hover_artist``.
    width : int, optional
        The width in pixels the figure is drawn at, when the page knows it (a phone's): the square
        plane is then only as tall as it is wide, with its legend above, instead of the desktop's
        fixed height with empty bands above and below it.
    """
    works = np.asarray(works, dtype=np.float32).reshape(-1, 2)
    mine = np.asarray(mine, dtype=bool)
    data = [works_dots(artists, {"works": labels["artists"], "hover_work": labels["hover_artist"]}, ARTIST_DOTS)]
    ids_and_pixels = np.column_stack([np.asarray(ids, dtype=np.int32), works.astype(np.int32)])
    hover = labels["hover_class"] + "<extra></extra>"
    dots = dict(size=12, color=ACCENT_COLOUR, line=dict(width=1.2, color="#ffffff"))
    data.append(
        scatter(
            "markers",
            works[:, 0],
            works[:, 1],
            name=labels["class"],
            customdata=ids_and_pixels,
            hovertemplate=hover,
            marker=dots,
        )
    )
    if mine.any():
        rings = dict(symbol="circle-open", size=26, line=dict(width=3.5, color=HIGHLIGHT_COLOUR))
        data.append(
            scatter("markers", works[mine, 0], works[mine, 1], name=labels["mine"], hoverinfo="skip", marker=rings)
        )
    layout = dict(density_layout(labels), plot_bgcolor=PLANE_BACKGROUND)
    if width is not None:
        margin = layout["margin"]
        square = width - margin["l"] - margin["r"] + margin["t"] + margin["b"]
        layout["height"] = min(layout["height"], square + NARROW_LEGEND)
    return dict(data=data, layout=layout)


@labelled(*dict.fromkeys((*density_figure.labels, *class_figure.labels)))
def class_learned_figure(
    grid, density, works, ids, artists, means, covariances, new_works, *, labels: dict[str, str]
) -> dict:
    """The board once it has learned from the class: the learned density, the 300 artists faint behind,
    the class's works on top of them as before learning, the components and the new works above all.

    Parameters
    ----------
    grid, density, means, covariances, new_works : as in :func:`density_figure`
    works, ids, artists : as in :func:`class_figure`
    labels : dict
        Those of :func:`density_figure` and :func:`class_figure`.
    """
    plane = density_figure(grid, density, works, means, covariances, new_works, labels=labels)
    contour, _dots, *above = plane["data"]  # the class's works as plain dots: drawn as on the board instead
    nobody = np.zeros(len(np.asarray(works).reshape(-1, 2)), dtype=bool)
    artists_then_class = class_figure(works, ids, nobody, artists, labels=labels)["data"]
    plane["data"] = [contour, *artists_then_class, *above]
    return plane
