"""Step 6a (your handwriting): how sure the model is of each digit."""

from __future__ import annotations

import numpy as np

from painter.figures.theme import ACCENT_COLOUR, HIGHLIGHT_COLOUR, MARGIN, labelled


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
        # 0, 50% and 100% labelled: a bar can reach the top (with only 0 and 50% it read as a 50% axis)
        yaxis=dict(range=[0, 1.02], tickvals=[0, 0.5, 1], tickformat=".0%", fixedrange=True),
        showlegend=False,
    )
    return dict(data=data, layout=layout)
