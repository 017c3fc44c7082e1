"""Figures that are built once, shared by every session, and encoded for the browser once.

Each time Streamlit draws a Plotly figure it asks the figure for its dict
(``Figure.to_dict``): Plotly deep-copies every trace, layout and animation
frame and checks every value for arrays to encode as binary. For the animated
figures of this app that costs 40 ms or more on every rerun, more than all of
the page's maths. A figure that depends only on a page's settings is built
once per setting (see :mod:`painter.cached`) and never changed afterwards, so
its encoded dict can be computed once too: :func:`freeze` does that.
"""

from __future__ import annotations

import plotly.graph_objects as go

__all__ = ["FrozenFigure", "freeze"]


class FrozenFigure(go.Figure):
    """A finished figure whose browser encoding was computed once (see :func:`freeze`).

    Notes
    -----
    :meth:`to_dict` returns fresh top-level containers (the figure dict, its
    layout, each trace and the frame list) around shared inner values, so a
    caller may replace top-level keys (for example ``layout["height"]``) but
    must not change nested values. Streamlit only reads them.
    """

    _encoded: dict

    def to_dict(self) -> dict:
        """The figure as Plotly's encoded dict (arrays as binary typed arrays), without re-encoding it."""
        spec = dict(self._encoded)
        spec["data"] = [dict(trace) for trace in spec["data"]]
        spec["layout"] = dict(spec["layout"])
        if "frames" in spec:
            spec["frames"] = list(spec["frames"])
        return spec


def freeze(figure: go.Figure) -> FrozenFigure:
    """Encode a finished figure once and make it a :class:`FrozenFigure`, in place.

    Parameters
    ----------
    figure : plotly.graph_objects.Figure
        The finished figure. It is taken over: nobody should change it
        afterwards (the encoding would not follow).

    Returns
    -------
    FrozenFigure
        The same object. It is not copied into a new one because a copy
        re-validates every property, which costs more than building the
        figure did; only its class changes, so its data, layout and frames
        read as before.
    """
    figure._encoded = figure.to_dict()
    figure.__class__ = FrozenFigure
    return figure
