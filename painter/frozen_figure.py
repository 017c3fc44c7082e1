"""Figures that are built once, shared by every session, and encoded for the browser once.

Each time Streamlit draws a Plotly figure it asks the figure for its dict
(``Figure.to_dict``): Plotly deep-copies every trace, layout and animation
frame and checks every value for arrays to encode as binary. For the animated
figures of this app that costs 40 ms or more on every rerun, more than all of
the page's maths. A figure that depends only on a page's settings is built
once per setting (see :mod:`painter.cached`) and never changed afterwards, so
its encoded dict can be computed once too. :class:`FrozenFigure` does that.
"""

from __future__ import annotations

import plotly.graph_objects as go

__all__ = ["FrozenFigure"]


class FrozenFigure(go.Figure):
    """A finished figure whose browser encoding is computed once.

    Parameters
    ----------
    figure : plotly.graph_objects.Figure
        The finished figure. It is encoded now; later changes to ``figure``
        (or to this object) are not seen by :meth:`to_dict`.

    Notes
    -----
    :meth:`to_dict` returns fresh top-level containers (the figure dict, its
    layout, each trace and the frame list) around shared inner values, so a
    caller may replace top-level keys (for example ``layout["height"]``) but
    must not change nested values. Streamlit only reads them.
    """

    def __init__(self, figure: go.Figure) -> None:
        encoded = figure.to_dict()
        super().__init__(encoded)
        self._encoded = encoded

    def to_dict(self) -> dict:
        """The figure as Plotly's encoded dict (arrays as binary typed arrays), without re-encoding it."""
        spec = dict(self._encoded)
        spec["data"] = [dict(trace) for trace in spec["data"]]
        spec["layout"] = dict(spec["layout"])
        if "frames" in spec:
            spec["frames"] = list(spec["frames"])
        return spec
