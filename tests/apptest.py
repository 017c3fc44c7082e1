"""Helpers the test files share: open a page of the app under AppTest and read what it shows.

A plain module (``from tests.apptest import open_page``): ``tests/conftest.py`` holds only
fixtures, which pytest loads itself; importing it as a module too would load it twice.
"""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from app_pages import Page, Task

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("en", "ja")
#: The AppTest accessors of the widgets a Param is drawn as (see app_pages/common.py).
WIDGET_KINDS = ("slider", "number_input", "selectbox", "button_group", "toggle")


def app(query: dict[str, str] | None = None) -> AppTest:
    """``app.py`` under AppTest, not yet run, with ``query`` in its address."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for name, text in (query or {}).items():
        at.query_params[name] = text
    return at


def open_page(path: str | None = None, lang: str = "en") -> AppTest:
    at = app()
    at.run()
    if lang != "en":
        at.button_group(key="lang").set_value(lang).run()
    if path:
        at.switch_page(path).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def rerun(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    return "\n".join(e.value for kind in (at.markdown, at.caption, at.subheader, at.title) for e in kind)


def chart_specs(at: AppTest) -> list[str]:
    return [chart.proto.spec for chart in at.get("plotly_chart")]


def image_urls(at: AppTest) -> list[str]:
    return [img.url for element in at.get("image") for img in element.proto.imgs]


def widget(at: AppTest, key: str):
    """The widget drawn with ``key``, whatever its kind (a slider, a switch, a row of buttons...)."""
    for kind in WIDGET_KINDS:
        for element in getattr(at, kind):
            if element.key == key:
                return element
    raise LookupError(f"no widget with key {key!r} on the page")


def do_task(at: AppTest, task: Task) -> AppTest:
    """What a visitor does to complete ``task``: set each of its declared settings, then rerun."""
    for param, value in task.settings:
        widget(at, param.key).set_value(value)
    return rerun(at)


def _ids(node):
    proto = getattr(node, "proto", None)
    if proto is not None and getattr(proto, "id", ""):
        yield proto.id
    for child in getattr(node, "children", {}).values():
        yield from _ids(child)


def has_element(at: AppTest, key: str) -> bool:
    """Whether the page drew an element (a chart, a container) with the user key ``key``."""
    return any(element_id.endswith(f"-{key}") for element_id in _ids(at.main))


def main_figure_drawn(at: AppTest, entry: Page) -> bool:
    """Whether the page drew the main figure its registry entry declares."""
    return entry.main_figure is not None and has_element(at, entry.main_figure)
