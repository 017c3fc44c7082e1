"""Figures that are built once, shared by every session, and encoded for the browser once.

:mod:`painter.figures` writes each figure as a plain Plotly spec, a dict of
traces and layout. Handing a dict (or a ``go.Figure``) to Streamlit makes
Plotly check every property and deep-copy every array on each draw: about
15 ms for a plane with ten traces, 40 ms or more for an animation, more than
the page's maths. Here a spec is encoded once instead: :func:`freeze` turns
its arrays into plotly.js binary arrays and wraps the result in a
:class:`FrozenFigure`, which Streamlit sends as it is.

Nothing checks a spec at run time, so the tests check every spec the app
draws with ``plotly.graph_objects.Figure(spec)``, and check that a frozen
spec encodes exactly as Plotly encodes the same figure.
"""

from __future__ import annotations

import base64
import functools
from types import MappingProxyType

import numpy as np
import plotly.graph_objects as go
import plotly.io as pio

__all__ = ["FrozenFigure", "encode", "freeze", "resized", "with_traces"]

#: plotly.js's codes for the arrays it reads as binary ("typed array specs").
_TYPED = {
    np.dtype(name): code
    for name, code in (
        ("int8", "i1"),
        ("uint8", "u1"),
        ("int16", "i2"),
        ("uint16", "u2"),
        ("int32", "i4"),
        ("uint32", "u4"),
        ("float32", "f4"),
        ("float64", "f8"),
    )
}
#: Keys whose arrays plotly.js wants as plain lists (as Plotly's own encoder does).
_PLAIN_KEYS = frozenset({"geojson", "layer", "layers", "range"})


@functools.cache
def _template(name: str) -> dict:
    return pio.templates[name].to_plotly_json()


def _default_template() -> dict | None:
    """The template Plotly would add to a new figure now, as a dict (shared: never change it).

    Read when a figure is frozen, not when this module is imported: importing
    Streamlit makes its own theme ("streamlit") Plotly's default, and Streamlit
    restyles a figure through that template.
    """
    name = pio.templates.default
    return _template(name) if name else None


def _narrowed(array: np.ndarray) -> np.ndarray:
    """64-bit integers as the smallest type that holds them (plotly.js has no 64-bit integers)."""
    if array.dtype.kind not in "iu" or array.dtype.itemsize < 8 or array.size == 0:
        return array
    low, high = array.min(), array.max()
    kinds = ("int8", "int16", "int32") if array.dtype.kind == "i" else ("uint8", "uint16", "uint32")
    for kind in kinds:
        info = np.iinfo(kind)
        if info.min <= low and high <= info.max:
            return array.astype(kind)
    return array


def _typed_array(array: np.ndarray) -> dict | list:
    """A numeric array as plotly.js's binary ``{dtype, bdata, shape}``; anything else as a list."""
    array = _narrowed(array)
    code = _TYPED.get(array.dtype)
    if code is None or array.size == 0:
        return array.tolist()
    spec = {"dtype": code, "bdata": base64.b64encode(np.ascontiguousarray(array)).decode("ascii")}
    if array.ndim > 1:
        spec["shape"] = ", ".join(str(n) for n in array.shape)
    return spec


def _plain(value):
    """``value`` with every array, however deep, as a list (what Plotly sends under :data:`_PLAIN_KEYS`)."""
    if isinstance(value, dict):
        return {name: _plain(item) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value.tolist() if isinstance(value, np.ndarray) else value


def _encoded(value):
    if isinstance(value, dict):
        return {name: _plain(item) if name in _PLAIN_KEYS else _encoded(item) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [item.tolist() if isinstance(item, np.ndarray) else _encoded(item) for item in value]
    if isinstance(value, np.ndarray):
        return _typed_array(value)
    return value


def encode(spec: dict) -> dict:
    """A new spec with every numeric array of ``spec`` as a plotly.js binary array.

    Parameters
    ----------
    spec : dict
        A Plotly figure spec: ``data`` (a list of trace dicts), ``layout`` and
        optionally ``frames``, with NumPy arrays anywhere a value may be an array.

    Returns
    -------
    dict
        New containers all the way down (``spec`` is not changed), arrays
        encoded as Plotly itself encodes them (``Figure.to_dict``) and
        Plotly's default template added to the layout, so the browser draws
        exactly what it would draw for ``go.Figure(spec)``.
    """
    encoded = _encoded(spec)
    encoded.setdefault("data", [])
    layout = encoded.setdefault("layout", {})
    template = _default_template()
    if template is not None:
        layout.setdefault("template", template)
    return encoded


class FrozenFigure(go.Figure):
    """A finished figure that carries only its browser encoding (see :func:`freeze`).

    It is a ``go.Figure`` in name only: Streamlit sends any ``go.Figure`` by
    calling its :meth:`to_dict`, and for this one that returns the encoding
    made once. Setting up a real ``go.Figure`` (its layout, the default
    template) costs about a millisecond, so that is skipped: only
    :meth:`to_dict` and :attr:`data`, :attr:`layout` and :attr:`frames`
    (the encoded parts, to read) work on a frozen figure.

    Notes
    -----
    A frozen figure is shared by every session, so nothing it hands out may
    be changed below the top level. :meth:`to_dict` returns fresh top-level
    containers (the figure dict, its layout, each trace and the frame list)
    around shared inner values: a caller may replace top-level keys (for
    example ``layout["height"]``, see :func:`resized`) but must not change
    nested values. :attr:`data`, :attr:`layout` and :attr:`frames` are
    read-only at the top level only. Streamlit only reads them.
    """

    _encoded: dict

    def __init__(self, encoded: dict) -> None:  # go.Figure.__init__ deliberately not called
        object.__setattr__(self, "_encoded", encoded)

    @property
    def data(self) -> tuple[dict, ...]:
        """The traces, as encoded (arrays as ``{dtype, bdata}``)."""
        return tuple(self._encoded["data"])

    @property
    def layout(self) -> MappingProxyType:
        """The layout, as encoded."""
        return MappingProxyType(self._encoded["layout"])

    @property
    def frames(self) -> tuple[dict, ...]:
        """The animation frames, as encoded (none for a still figure)."""
        return tuple(self._encoded.get("frames", ()))

    def __repr__(self) -> str:
        return f"FrozenFigure({len(self.data)} traces, {len(self.frames)} frames, height={self.layout.get('height')})"

    def to_dict(self) -> dict:
        """The figure as Plotly's encoded dict (arrays as binary typed arrays), without re-encoding it."""
        spec = dict(self._encoded)
        spec["data"] = [dict(trace) for trace in spec["data"]]
        spec["layout"] = dict(spec["layout"])
        if "frames" in spec:
            spec["frames"] = list(spec["frames"])
        return spec


def freeze(spec: dict) -> FrozenFigure:
    """Encode a finished figure spec once, for every draw to come.

    Parameters
    ----------
    spec : dict
        A figure spec as :mod:`painter.figures` builds it. It is not changed.

    Returns
    -------
    FrozenFigure
        What Streamlit sends for ``spec``; drawing it again costs no more encoding.
    """
    return FrozenFigure(encode(spec))


def resized(figure: FrozenFigure, height: int) -> FrozenFigure:
    """The same frozen figure, at most ``height`` pixels tall (the shared one is not changed)."""
    spec = figure.to_dict()
    spec["layout"]["height"] = min(spec["layout"].get("height") or height, height)
    return FrozenFigure(spec)


def with_traces(figure: FrozenFigure, traces: list[dict]) -> FrozenFigure:
    """``figure`` with ``traces`` drawn on top: only the new traces are encoded, ``figure`` is not changed.

    A plane shared by every draw (see :func:`painter.cached.density_plane`)
    takes each visitor's draws this way without being built or encoded again.
    """
    spec = figure.to_dict()
    spec["data"] += encode({"data": list(traces)})["data"]
    return FrozenFigure(spec)
