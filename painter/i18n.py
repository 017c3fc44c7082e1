"""Every text the app shows, looked up by key in the visitor's language.

The catalogues live in :mod:`painter.locales` (one module per language, each a
flat ``TEXT`` dict); pages call :func:`t` and never hold user-facing literals.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from painter.locales import en, ja

__all__ = [
    "CATALOGUES",
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "current_language",
    "language_for_locale",
    "option_labels",
    "t",
    "translate",
]

CATALOGUES: dict[str, dict[str, str]] = {"ja": ja.TEXT, "en": en.TEXT}
LANGUAGES = tuple(CATALOGUES)
DEFAULT_LANGUAGE = "en"

#: The session-state key (and URL parameter) that holds the chosen language.
LANGUAGE_KEY = "lang"


def translate(language: str, key: str, **values) -> str:
    """The text for ``key`` in ``language``, with ``{placeholders}`` filled from ``values``."""
    catalogue = CATALOGUES.get(language, CATALOGUES[DEFAULT_LANGUAGE])
    text = catalogue[key]
    return text.format(**values) if values else text


def language_for_locale(locale: str | None) -> str:
    """The app language for a browser locale such as ``"ja-JP"`` (English otherwise)."""
    if locale and locale.lower().split("-")[0] in CATALOGUES:
        return locale.lower().split("-")[0]
    return DEFAULT_LANGUAGE


def current_language() -> str:
    """The language this session chose (the switch in ``app.py``)."""
    language = st.session_state.get(LANGUAGE_KEY)
    return language if language in CATALOGUES else DEFAULT_LANGUAGE


def t(key: str, **values) -> str:
    """The text for ``key`` in this session's language."""
    return translate(current_language(), key, **values)


def option_labels(prefix: str) -> Callable[[object], str]:
    """A ``format_func`` for a widget's options: option ``v`` is shown as the text ``{prefix}.{v}``.

    The language is fixed when the widget is drawn, so the labels stay those of
    that run even if the function is called later, outside the script.
    """
    language = current_language()
    return lambda value: translate(language, f"{prefix}.{value}")
