"""painter.phone: which browsers are phones, and figures reshaped for them without touching the shared spec."""

import copy

import numpy as np
import plotly.graph_objects as go
import pytest

from painter import figures
from painter.frozen_figure import freeze
from painter.phone import BUTTON_ROW, PHONE_CHART_WIDTH, PHONE_MARGIN, for_phone, is_phone

IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1"
ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36"
ANDROID_TABLET = "Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 Chrome/126.0 Safari/537.36"
DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


@pytest.mark.parametrize(
    ("agent", "phone"), [(IPHONE, True), (ANDROID, True), (ANDROID_TABLET, False), (DESKTOP, False), (None, False)]
)
def test_phones_are_told_from_desktops_and_tablets(agent, phone):
    assert is_phone(agent) is phone


def _side_by_side_spec() -> dict:
    """A main plot with a colour bar and a legend, and a side plot sharing its y axis (as on the style page)."""
    return dict(
        data=[
            dict(type="contour", z=np.ones((3, 3)), colorbar=dict(title=dict(text="density"), thickness=14)),
            dict(type="scatter", x=[1, 2], y=[3, 4], name="works"),
            dict(type="scatter", x=[0.1, 0.2], y=[3, 4], xaxis="x2", yaxis="y", name="curve"),
        ],
        layout=dict(
            height=600,
            margin=dict(l=10, r=60, t=10, b=10),
            legend=dict(orientation="v", x=1.02),
            xaxis=dict(domain=[0.0, 0.64], title=dict(text="pixel 1")),
            yaxis=dict(scaleanchor="x", title=dict(text="pixel 2"), range=[0, 255]),
            xaxis2=dict(domain=[0.67, 1.0], anchor="y"),
        ),
    )


def test_a_phone_figure_keeps_the_full_width_for_the_main_plot():
    spec = _side_by_side_spec()
    phone = for_phone(spec)
    layout = phone["layout"]
    assert layout["xaxis"]["domain"] == [0.0, 1.0] and layout["xaxis2"]["domain"] == [0.0, 1.0]
    # the side plot now sits below the main one, on its own y axis matched to the main one
    assert layout["yaxis3"]["matches"] == "y" and layout["yaxis3"]["domain"][1] < layout["yaxis"]["domain"][0]
    assert phone["data"][2]["yaxis"] == "y3" and phone["data"][1].get("yaxis") is None
    assert layout["height"] > 600
    assert phone["data"][0]["colorbar"]["orientation"] == "h" and phone["data"][0]["colorbar"]["thickness"] < 14
    assert layout["legend"]["orientation"] == "h"
    assert layout["margin"]["l"] <= PHONE_MARGIN["l"] and layout["margin"]["r"] <= PHONE_MARGIN["r"]
    assert layout["dragmode"] is False
    go.Figure(phone)  # still a valid figure


def test_the_shared_spec_is_not_changed():
    spec = _side_by_side_spec()
    layout, traces = copy.deepcopy(spec["layout"]), [dict(trace) for trace in spec["data"]]
    for_phone(spec)
    assert spec["layout"] == layout
    assert [set(trace) for trace in spec["data"]] == [set(trace) for trace in traces]
    assert spec["data"][0]["colorbar"] == dict(title=dict(text="density"), thickness=14)
    assert spec["data"][2]["yaxis"] == "y"


def test_a_frozen_figure_is_reshaped_from_its_encoding():
    frozen = freeze(_side_by_side_spec())
    phone = for_phone(frozen.to_dict())
    go.Figure(phone)
    assert phone["layout"]["xaxis"]["domain"] == [0.0, 1.0]
    assert frozen.layout["xaxis"]["domain"] == [0.0, 0.64]  # the shared one is untouched


def test_a_figure_without_a_side_plot_keeps_its_axes():
    spec = dict(data=[dict(type="scatter", x=[1], y=[2])], layout=dict(height=400, xaxis=dict(title="x")))
    phone = for_phone(spec)
    assert "xaxis2" not in phone["layout"] and phone["layout"]["height"] == 400
    assert phone["layout"]["xaxis"]["title"]["text"] == "x"


def test_horizontal_bars_carry_their_names_above_them():
    spec = dict(
        data=[dict(type="bar", orientation="h", x=[5, 80], y=["pictures of this size", "atoms"])],
        layout=dict(height=200, margin=dict(r=60), yaxis=dict(autorange="reversed")),
    )
    phone = for_phone(spec)
    assert phone["layout"]["yaxis"]["showticklabels"] is False
    assert [a["text"] for a in phone["layout"]["annotations"]] == ["pictures of this size", "atoms"]
    assert [a["y"] for a in phone["layout"]["annotations"]] == ["pictures of this size", "atoms"]
    assert phone["data"][0]["offset"] > 0  # the bar sits below its name on a reversed axis
    go.Figure(phone)


def _strip(frames: int = 3) -> dict:
    """Step 8's noise → digit strip: 8 pictures and their predictions, played by buttons and a σ slider beside them."""
    path = np.random.default_rng(0).uniform(0, 255, size=(frames, 8, 64))
    labels = {key: key for key in figures.strip_animation.labels}
    return figures.strip_animation(path, path, np.geomspace(300, 1, frames), labels=labels)


def test_an_animation_slider_moves_under_its_buttons_on_a_phone():
    spec = _strip()
    desktop_slider = spec["layout"]["sliders"][0]
    assert desktop_slider["x"] > 0  # on a desktop it shares the buttons' row
    phone = for_phone(spec)
    slider = phone["layout"]["sliders"][0]
    assert (slider["x"], slider["len"]) == (0.0, 1.0)
    assert slider["pad"]["t"] == desktop_slider["pad"]["t"] + BUTTON_ROW
    assert phone["layout"]["margin"]["b"] == spec["layout"]["margin"]["b"] + BUTTON_ROW
    assert spec["layout"]["sliders"][0] is desktop_slider and desktop_slider["x"] > 0  # the shared spec is untouched
    go.Figure(phone)


def test_a_strip_of_pictures_is_as_tall_as_its_pictures_on_a_phone():
    spec = _strip()
    phone = for_phone(spec)["layout"]
    rows, columns = (abs(high - low) for low, high in (phone["yaxis"]["range"], phone["xaxis"]["range"]))
    pictures = (PHONE_CHART_WIDTH - phone["margin"]["l"] - phone["margin"]["r"]) * rows / columns
    assert rows / columns < 0.3  # two rows of eight pictures: wide
    assert phone["height"] - phone["margin"]["t"] - phone["margin"]["b"] == pytest.approx(pictures, abs=1.5)
    assert phone["height"] < spec["layout"]["height"]


def test_an_animation_whose_slider_has_its_own_row_keeps_it():
    spec = dict(
        data=[dict(type="scatter", x=[1], y=[2])],
        layout=dict(height=400, updatemenus=[dict(type="buttons")], sliders=[dict(x=0.0, len=1.0, pad=dict(t=40))]),
    )
    phone = for_phone(spec)["layout"]
    assert phone["sliders"] == spec["layout"]["sliders"] and phone["height"] == 400
