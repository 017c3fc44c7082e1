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
    labelled,
)


def counting_figure(labels: list[str], digits: list[int], highlight: int, x_title: str, hover: str) -> dict:
    """Horizontal bars of how many decimal digits each quantity has (log scale).

    ``highlight`` is the index of the bar drawn in the accent colour (the
    number of possible pictures); the rest are grey references.
    """
    colours = ["#9aa5b1"] * len(labels)
    colours[highlight] = ACCENT_COLOUR
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


@labelled("x", "y", "best", "hover", "types")
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
            line=dict(color=COMPONENT_COLOURS[i], width=2.5, dash=dashes[i % len(dashes)]),
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
            marker=dict(symbol="star", size=22, color=HIGHLIGHT_COLOUR, line=dict(width=1.5, color="#000")),
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
        xaxis=dict(title=dict(text=labels["x"]), rangemode="tozero"),
        yaxis=dict(title=dict(text=labels["y"]), tickformat=".0%"),
    )
    return dict(data=data, layout=layout)
