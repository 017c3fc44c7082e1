"""Charts: how many digits a count has, the scores of every model, distances to the nearest work."""

from __future__ import annotations

import numpy as np

from painter.figures.theme import (
    ACCENT_COLOUR,
    COMPONENT_COLOURS,
    HIGHLIGHT_COLOUR,
    LEGEND_ON_TOP,
    MARGIN,
    NEW_WORK_COLOUR,
    chart_layout,
    labelled,
    marker_line,
)
from painter.figures.traces import scatter

SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def counting_figure(labels: list[str], digits: list[int], highlight: int, x_title: str, hover: str) -> dict:
    """Horizontal bars of how many decimal digits each quantity has (log scale).

    ``highlight`` is the index of the bar drawn in the accent colour (the
    number of possible pictures); the rest are grey references.
    """
    colours = ["#9aa5b1"] * len(labels)
    colours[highlight] = ACCENT_COLOUR
    top = max(1, len(str(max(max(digits), 1))))  # the powers of ten up to just above the longest bar
    tickvals = [10**n for n in range(top + 1)]
    ticktext = ["1", "10"] + [f"10{str(n).translate(SUPERSCRIPTS)}" for n in range(2, top + 1)]
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
        # powers of ten written as 1, 10, 10², ... so that no "k" or "M" (English abbreviations) appears
        xaxis=dict(type="log", title=dict(text=x_title), showgrid=True, tickvals=tickvals, ticktext=ticktext),
        yaxis=dict(autorange="reversed"),
    )
    return dict(data=[bars], layout=layout)


@labelled("x", "y", "best", "hover", "types")
def scores_figure(components, scores, best: tuple[int, int], *, labels: dict[str, str]) -> dict:
    """One score against the number of components, a line per covariance type, the best marked.

    Parameters
    ----------
    components : ndarray of shape (m,)
        The numbers of components tried (the x axis).
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
    data = []
    for i, (name, row) in enumerate(zip(labels["types"], scores, strict=True)):
        line = dict(color=COMPONENT_COLOURS[i], width=2.5, dash=dashes[i % len(dashes)])
        look = dict(line=line, marker=dict(size=7), hovertemplate=labels["hover"] + "<extra>" + name + "</extra>")
        data.append(scatter("lines+markers", components, row, name=name, **look))
    row, column = best
    star = dict(symbol="star", size=22, color=HIGHLIGHT_COLOUR, line=dict(width=1.5, color="#000"))
    data.append(
        scatter(
            "markers", [components[column]], [scores[row, column]], name=labels["best"], hoverinfo="skip", marker=star
        )
    )
    xaxis = dict(title=dict(text=labels["x"]), dtick=1, showgrid=True)
    yaxis = dict(title=dict(text=labels["y"]), showgrid=True)
    return dict(data=data, layout=chart_layout(420, xaxis=xaxis, yaxis=yaxis))


@labelled("x", "y", "drawn", "unseen", "hover")
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
        for values, name, colour in (
            (unseen, labels["unseen"], ACCENT_COLOUR),
            (drawn, labels["drawn"], NEW_WORK_COLOUR),
        )
    ]
    layout = dict(
        height=320,
        margin=MARGIN,
        barmode="overlay",
        legend=LEGEND_ON_TOP,
        # two empty bins of room past the last bar, so the longest distances do not look cut off at the edge
        xaxis=dict(title=dict(text=labels["x"]), range=[0.0, bins["end"] + 2 * bins["size"]]),
        yaxis=dict(title=dict(text=labels["y"]), tickformat=".0%"),
    )
    return dict(data=data, layout=layout)


def tradeoff_range(top: float) -> list[float]:
    """The w axis of :func:`tradeoff_figure`, 0 to ``top`` with room on each side.

    The left room is wide enough that the visitor's line at w = 0 stands clear of the y axes.
    """
    return [-0.06 * top, top * 1.03]


@labelled("x", "agreement", "variety", "outside", "all", "low", "current", "real")
def tradeoff_figure(
    every_level: dict,
    low_noise: dict,
    guidance: float,
    real_variety: float,
    real_agreement: float | None = None,
    *,
    labels,
) -> dict:
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
    real_agreement : float, optional
        The judge's accuracy on held-out real digits: the same dotted line in the agreement panel.
    labels : dict
        The axis, the three panels' names, the two curves' names, the current w and the real digits' line.

    Returns
    -------
    figure : dict
        Three panels stacked, sharing the w axis.
    """
    panels = (("agreement", ".0%", "y"), ("variety", ".0f", "y2"), ("outside", ".0%", "y3"))
    data = []
    for curves, name, colour, dash in (
        (every_level, labels["all"], ACCENT_COLOUR, "solid"),
        (low_noise, labels["low"], NEW_WORK_COLOUR, "dash"),
    ):
        for p, (key, fmt, axis) in enumerate(panels):
            w, y = np.asarray(curves["guidance"], dtype=np.float32), np.asarray(curves[key], dtype=np.float32)
            group = dict(name=name, legendgroup=name, showlegend=p == 0)  # one legend entry for the three panels
            hover = "w = %{x}<br>" + labels[key] + ": %{y:" + fmt + "}<extra>" + name + "</extra>"
            line = dict(color=colour, dash=dash)
            data.append(scatter("lines+markers", w, y, xaxis="x", yaxis=axis, **group, line=line, hovertemplate=hover))
    top = float(np.max(every_level["guidance"]))
    real = dict(name=labels["real"], line=dict(color="#555555", dash="dot"), hoverinfo="skip")
    data.append(scatter("lines", [0.0, top], [real_variety, real_variety], xaxis="x", yaxis="y2", **real))
    if real_agreement is not None:  # one legend entry for both dotted lines
        line = [real_agreement, real_agreement]
        hidden = dict(real, legendgroup="real", showlegend=False)
        data.append(scatter("lines", [0.0, top], line, xaxis="x", yaxis="y", **hidden))
        data[-2]["legendgroup"] = "real"
    # wide gaps: a panel's lowest tick label ("0%") stood right against the next panel's highest
    domains = ([0.75, 1.0], [0.375, 0.625], [0.0, 0.25])
    shapes = [marker_line(guidance)]
    current = dict(x=guidance, xref="x", y=1.0, yref="paper", yanchor="bottom", text=labels["current"])
    layout = dict(
        height=640,  # each panel tall enough for its y title written up its side (a long Japanese one was cut)
        margin=dict(l=10, r=10, t=60, b=10),
        legend=dict(LEGEND_ON_TOP, y=1.06),  # above the row where "your w" is written
        shapes=shapes,
        annotations=[dict(current, showarrow=False, font=dict(color=HIGHLIGHT_COLOUR))],
        xaxis=dict(title=dict(text=labels["x"]), anchor="y3", range=tradeoff_range(top), zeroline=False),
    )
    for (key, fmt, axis), domain in zip(panels, domains, strict=True):
        name = "yaxis" if axis == "y" else f"yaxis{axis[1:]}"
        layout[name] = dict(title=dict(text=labels[key], font=dict(size=12)), domain=domain, tickformat=fmt, anchor="x")
    layout["yaxis"]["range"] = [0, 1.05]  # the whole scale: here agreement barely moves, and that is the finding
    # from 0 too: fitted to its curves, the lowest one lay on the panel's bottom edge, down among the w labels
    outside = max(float(np.max(curves["outside"])) for curves in (every_level, low_noise))
    layout["yaxis3"]["range"] = [0, max(outside, 0.01) * 1.15]
    return dict(data=data, layout=layout)
