"""Settings in the URL: read safely, applied to the widgets, written back, refused with a notice."""

import pytest
from streamlit.testing.v1 import AppTest

from app_pages import page, story
from painter.i18n import translate
from painter.urlstate import Param, encode, parse
from tests.apptest import app


@pytest.mark.parametrize(
    ("param", "text", "value"),
    [
        (Param("k", "int", 1, 8), "5", 5),
        (Param("k", "int", 1, 8), " 8 ", 8),
        (Param("k", "int", 1, 8), "9", None),
        (Param("k", "int", 1, 8), "0", None),
        (Param("k", "int", 1, 8), "2.5", None),
        (Param("k", "int", 1, 8), "five", None),
        (Param("k", "int", 1, 8), "<script>", None),
        (Param("k", "int", 0, 10**9), "9" * 60, None),
        (Param("t", "float", 0.2, 3.0), "1.5", 1.5),
        (Param("t", "float", 0.2, 3.0), "nan", None),
        (Param("t", "float", 0.2, 3.0), "inf", None),
        (Param("b", "bool"), "1", True),
        (Param("b", "bool"), "false", False),
        (Param("b", "bool"), "maybe", None),
        (Param("c", "choice", choices=("full", "tied")), "tied", "tied"),
        (Param("c", "choice", choices=("full", "tied")), "TIED", None),
        (Param("s", "int", 50, 1000, step=50), "450", 450),
        (Param("s", "int", 50, 1000, step=50), "460", None),
        (Param("t", "float", 0.2, 3.0, step=0.1), "0.3", 0.3),
        (Param("t", "float", 0.2, 3.0, step=0.1), "0.35", None),
    ],
)
def test_each_value_is_read_or_refused(param, text, value):
    assert param.read(text) == value


def test_parse_reports_refused_names_and_ignores_the_rest():
    params = (Param("a", "int", 0, 5), Param("b", "bool"))
    assert parse({"a": "3", "b": "no", "other": "x"}, params) == ({"a": 3, "b": False}, [])
    assert parse({"a": "30"}, params) == ({}, ["a"])


@pytest.mark.parametrize(("value", "text"), [(True, "1"), (False, "0"), (5, "5"), (5.0, "5"), (1.5, "1.5"), ("x", "x")])
def test_encode_is_the_inverse_of_read(value, text):
    assert encode(value) == text


def _valid_other_value(param: Param):
    """A value the parameter allows that is unlikely to be the widget's default."""
    if param.kind == "choice" or param.choices:  # an int with a few allowed values (step 7a's k) included
        return param.choices[-1]
    if param.kind == "bool":
        return True
    if param.step:
        value = param.low + param.step
        return int(value) if param.kind == "int" else round(value, 6)
    return int(param.low) + 1 if param.kind == "int" else param.low


def _open(path: str, query: dict[str, str]) -> AppTest:
    at = app(query)
    at.switch_page(path).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


#: Every page that carries settings: one AppTest per page holds all its settings at once.
LINKED = [entry for entry in story() if entry.params]


@pytest.mark.parametrize("entry", LINKED, ids=lambda entry: entry.key)
def test_every_setting_round_trips_through_the_url(entry):
    wanted = {param.key: _valid_other_value(param) for param in entry.params}
    assert all(value != param.default for param, value in zip(entry.params, wanted.values(), strict=True)) or (
        entry.key == "digits"  # digits_k has no fixed default
    )
    at = _open(entry.path, {key: encode(value) for key, value in wanted.items()})
    for key, value in wanted.items():
        assert at.session_state[key] == value, key  # the widget now shows the linked value
        assert at.query_params[key] == encode(value), key  # and the address still carries it
    assert not at.toast


@pytest.mark.parametrize("entry", LINKED, ids=lambda entry: entry.key)
def test_every_bad_setting_falls_back_with_a_notice(entry):
    forged = "<script>alert(1)</script>"
    at = _open(entry.path, {param.key: forged for param in entry.params} | {"lang": "ja"})
    names = ", ".join(param.key for param in entry.params)  # every one refused, each named
    assert at.toast[0].value == translate("ja", "app.url_rejected", names=names)
    for param in entry.params:
        assert dict(at.query_params).get(param.key) != forged, param.key
        assert param.key not in at.session_state or at.session_state[param.key] != forged, param.key


def test_a_changed_setting_is_written_to_the_url():
    at = _open(page("style").path, {})
    at.slider(key="style_x1").set_value(99).run()
    assert at.query_params["style_x1"] == "99"
    assert at.query_params["lang"] == "en"


def test_presenter_mode_from_the_link_tucks_controls_away_and_fits_figures():
    from app_pages.common import PRESENTER_HEIGHT

    at = _open(page("learn").path, {"present": "1"})
    assert at.toggle(key="present").value
    styles = " ".join(element.proto.body for element in at.get("html"))
    assert '[data-testid="stSlider"]' in styles and "display: none" in styles  # controls tucked away
    assert f'"height":{PRESENTER_HEIGHT}' in at.get("plotly_chart")[0].proto.spec.replace(" ", "")
    assert at.query_params["present"] == "1"  # a copied link stays in presenter mode
    at.toggle(key="present_controls").set_value(True).run()
    styles = " ".join(element.proto.body for element in at.get("html"))
    assert '[data-testid="stSlider"]' not in styles  # the controls are back
