"""Step 6a (your handwriting): what the model reads, and how much of a style carries over."""

from __future__ import annotations

import numpy as np

from painter.figures.theme import ACCENT_COLOUR, HIGHLIGHT_COLOUR, LEGEND_ON_TOP, MARGIN, NEW_WORK_COLOUR, labelled


@labelled("hover")
def reading_figure(probabilities, digit: int, *, labels: dict[str, str]) -> dict:
    """Each digit's probability given the picture, the digit read highlighted.

    Parameters
    ----------
    probabilities : array-like of shape (10,)
    digit : int
        The digit read (or the one the visitor chose), drawn in the highlight colour.
    labels : dict
        ``hover``. No axis titles: the ticks (digits, percentages) say it, and on a phone a title
        would crowd them.
    """
    shares = np.asarray(probabilities, dtype=np.float32)
    colours = [HIGHLIGHT_COLOUR if d == digit else ACCENT_COLOUR for d in range(len(shares))]
    data = [
        dict(
            type="bar",
            x=[str(d) for d in range(len(shares))],
            y=shares,
            marker=dict(color=colours),
            hovertemplate=labels["hover"] + "<extra></extra>",
        )
    ]
    layout = dict(
        height=180,
        margin=dict(MARGIN, t=6),
        xaxis=dict(type="category", fixedrange=True),
        yaxis=dict(range=[0, 1], tickformat=".0%", fixedrange=True),
        showlegend=False,
    )
    return dict(data=data, layout=layout)


@labelled("yours", "random", "ink", "slant", "y", "hover")
def carry_figure(yours, random, *, labels: dict[str, str]) -> dict:
    """How much of the source's ink and slant reaches the other nine digits: its style against a random one.

    Parameters
    ----------
    yours, random : array-like of shape (2,)
        Correlations of ink and slant (:func:`painter.handwriting.carry_over`).
    labels : dict
        ``yours``, ``random``, ``ink``, ``slant``, ``y`` and ``hover``.
    """
    statistics = [labels["ink"], labels["slant"]]
    data = [
        dict(
            type="bar",
            x=statistics,
            y=np.asarray(values, dtype=np.float32),
            name=name,
            marker=dict(color=colour),
            text=[f"{v:.2f}" for v in values],
            textposition="outside",
            hovertemplate=labels["hover"] + "<extra>" + name + "</extra>",
        )
        for values, name, colour in (
            (yours, labels["yours"], NEW_WORK_COLOUR),
            (random, labels["random"], ACCENT_COLOUR),
        )
    ]
    layout = dict(
        height=260,
        margin=MARGIN,
        barmode="group",
        legend=LEGEND_ON_TOP,
        xaxis=dict(fixedrange=True),
        yaxis=dict(title=dict(text=labels["y"]), range=[-0.3, 1.1], fixedrange=True, zeroline=True),
    )
    return dict(data=data, layout=layout)
