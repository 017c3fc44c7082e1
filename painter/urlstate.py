"""Settings in the URL: read them safely, write them back.

A teacher prepares a view, copies its link, and the class opens exactly that
view. Every value that arrives in a URL is untrusted text, so each setting is
declared with its type and its allowed range or choices; anything else is
refused (and reported by name) instead of reaching a widget.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

__all__ = ["Param", "encode", "parse"]

_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


@dataclass(frozen=True)
class Param:
    """One setting that may travel in the URL.

    Parameters
    ----------
    key : str
        The widget's key, also the name in the URL.
    kind : {"int", "float", "bool", "choice"}
        How the text is read.
    low, high : float, optional
        Inclusive bounds for ``int`` and ``float``.
    choices : tuple, optional
        Allowed values for ``choice`` (strings), or the only values an ``int`` may take.
    step : float, optional
        For a slider that moves in steps: the value must be ``low`` plus a whole number of steps.
    default : optional
        The widget's value before the visitor or a link sets one: by default the first
        choice, ``False`` for a ``bool``, and ``low`` for a number. ``None`` for a number
        with choices means the page works its default out (it is not fixed).
    labels : str, optional
        For a ``choice``: the catalogue prefix of its options' labels (choice ``v`` reads
        ``<labels>.<v>``); the widget drawn from it and the catalogue test both read it.
    """

    key: str
    kind: str
    low: float | None = None
    high: float | None = None
    choices: tuple = ()
    step: float | None = None
    default: object = None
    labels: str | None = None

    def __post_init__(self) -> None:
        if self.default is None and not (self.kind == "int" and self.choices):
            default = {"choice": self.choices[0] if self.choices else None, "bool": False}.get(self.kind, self.low)
            object.__setattr__(self, "default", default)
        if self.default is not None and self.kind != "bool" and self.read(encode(self.default)) != self.default:
            raise ValueError(f"the default of {self.key!r} is not one of its allowed values: {self.default!r}")

    def read(self, text: str):
        """The value ``text`` stands for, or ``None`` if it is not allowed."""
        text = text.strip()
        if len(text) > 40:
            return None
        if self.kind == "choice":
            return text if text in self.choices else None
        if self.kind == "bool":
            lowered = text.lower()
            return True if lowered in _TRUE else False if lowered in _FALSE else None
        try:
            value = int(text) if self.kind == "int" else float(text)
        except ValueError:
            return None
        if isinstance(value, float) and not math.isfinite(value):
            return None
        if (self.low is not None and value < self.low) or (self.high is not None and value > self.high):
            return None
        if self.choices and value not in self.choices:
            return None
        if self.step:
            steps = (value - (self.low or 0)) / self.step
            if abs(steps - round(steps)) > 1e-6:
                return None
        return value


def parse(query: Mapping[str, str], params: Sequence[Param]) -> tuple[dict[str, object], list[str]]:
    """The declared settings found in ``query``.

    Returns
    -------
    values : dict
        Widget key -> value, for every setting present and allowed.
    rejected : list of str
        Names of the settings present but not allowed (to tell the visitor).
    """
    values, rejected = {}, []
    for param in params:
        if param.key not in query:
            continue
        value = param.read(str(query[param.key]))
        if value is None:
            rejected.append(param.key)
        else:
            values[param.key] = value
    return values, rejected


def encode(value: object) -> str:
    """A widget value as URL text (the inverse of :meth:`Param.read`)."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
