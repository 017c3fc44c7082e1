"""Figures and page layout for a phone held upright (about 390 px wide, touch).

Streamlit tells the script nothing about the screen, so a phone is known two
ways: the browser's user agent (:func:`is_phone`, read by the page helper
that draws each chart) reshapes a finished figure spec
(:func:`for_phone`), and CSS media queries (:data:`PHONE_CSS`) rearrange the
page around it. A desktop browser matches neither, so it looks exactly as before.
"""

from __future__ import annotations

import re

#: A figure layout's axis names: xaxis, yaxis, xaxis2, …
_AXIS = re.compile(r"[xy]axis\d*")
#: User-agent words that phones (and only phones) send. Tablets without "Mobile" keep the desktop figures.
_PHONE_AGENT = re.compile(r"iPhone|iPod|Android.+Mobile|Mobile Safari|Windows Phone|Mobi\b", re.IGNORECASE)

#: A figure's margins on a phone: thin at the sides (a figure's own wider top and bottom margins are kept).
PHONE_MARGIN = dict(l=4, r=4, t=28, b=4)
#: The colour bar of a density or a heatmap: a thin horizontal bar under the plot, not a column beside it.
PHONE_COLORBAR = dict(orientation="h", thickness=8, len=0.9, x=0.5, xanchor="center", y=-0.12, yanchor="top")


def _phone_colorbar(colorbar: dict) -> dict:
    """A colour bar laid flat under the plot, its title above it: a title beside a flat bar that spans the
    plot's width would run off the figure's edge and be cut."""
    out = {**colorbar, **PHONE_COLORBAR}
    if "title" in out:
        title = out["title"] if isinstance(out["title"], dict) else {"text": out["title"]}
        out["title"] = {**title, "side": "top"}
    return out


#: When two plots stand side by side, the first (the main one) gets this share of the height.
MAIN_SHARE = 0.62
#: How much taller a figure whose side plot moves below the main one becomes.
STACKED_GROWTH = 1.35
#: How much taller a chart of horizontal bars becomes when each bar's name is written above it.
BARS_GROWTH = 1.25
#: The width a chart gets on a phone 390 px wide, inside the page's padding (see :data:`PHONE_CSS`).
PHONE_CHART_WIDTH = 374
#: The height of a row of play and pause buttons, which a slider beside them moves under.
BUTTON_ROW = 44


def is_phone(user_agent: str | None) -> bool:
    """Whether a browser's user agent names a phone.

    Parameters
    ----------
    user_agent : str or None
        The ``User-Agent`` request header (``None`` when unknown, as in tests).

    Returns
    -------
    bool
        True for iPhone, Android phones and other agents that say "Mobile"; false
        for desktops, tablets that ask for the desktop site and unknown agents.
    """
    return bool(user_agent) and _PHONE_AGENT.search(user_agent) is not None


def _axis_domain(layout: dict, name: str) -> list[float]:
    return list((layout.get(name) or {}).get("domain") or [0.0, 1.0])


def _side_by_side(layout: dict) -> bool:
    """Whether the layout puts a second x axis to the right of the first (a main plot and a side plot)."""
    if "xaxis2" not in layout:
        return False
    return _axis_domain(layout, "xaxis")[1] <= _axis_domain(layout, "xaxis2")[0]


def _stacked(spec: dict) -> None:
    """Move the side plot (``xaxis2``) below the main one, each as wide as the figure.

    The side plot may share the main plot's y axis (the style page's curve of
    scenes beside the plane); it then gets a y axis of its own, matched to the
    main one, so both still read the same scale.
    """
    layout = spec["layout"]
    main_bottom = 1.0 - MAIN_SHARE
    layout["xaxis"] = {**layout["xaxis"], "domain": [0.0, 1.0]}
    side_x = {**layout["xaxis2"], "domain": [0.0, 1.0]}
    main_y = dict(layout.get("yaxis") or {})
    layout["yaxis"] = {**main_y, "domain": [main_bottom + 0.08, 1.0]}
    side_y_name = side_x.get("anchor", "y")
    if side_y_name == "y":  # shared with the main plot: give the side plot its own, matched axis
        side_y_name = "y3"
        layout["yaxis3"] = {
            key: value for key, value in main_y.items() if key not in ("scaleanchor", "domain", "constrain")
        } | {"anchor": "x2", "matches": "y"}
        side_x["anchor"] = "y3"
        spec["data"] = [{**trace, "yaxis": "y3"} if trace.get("xaxis") == "x2" else trace for trace in spec["data"]]
    axis_key = "yaxis" + side_y_name[1:]
    layout[axis_key] = {**(layout.get(axis_key) or {}), "domain": [0.0, main_bottom - 0.04], "anchor": "x2"}
    layout["xaxis2"] = side_x
    if layout.get("height"):
        layout["height"] = int(layout["height"] * STACKED_GROWTH)


def _compact_axis(axis: dict) -> dict:
    """An axis with small tick labels and its title close to them: on a phone every pixel of width counts."""
    axis = {**axis, "tickfont": {**(axis.get("tickfont") or {}), "size": 10}}
    if "title" in axis:
        title = axis["title"] if isinstance(axis["title"], dict) else {"text": axis["title"]}
        axis["title"] = {**title, "font": {**(title.get("font") or {}), "size": 11}, "standoff": 2}
    return axis


def _is_horizontal_bar(trace: dict) -> bool:
    return trace.get("type") == "bar" and trace.get("orientation") == "h"


def _labels_above_bars(spec: dict) -> None:
    """Horizontal bars: each bar's name written above it, inside the plot, so long names take no width.

    The names become annotations and the axis shows none: Plotly's own ``ticklabelposition="inside"``
    can set its margins redrawing each other for ever, freezing the page.
    """
    layout = spec["layout"]
    yaxis = layout.get("yaxis") or {}
    layout["yaxis"] = {**yaxis, "showticklabels": False, "ticks": ""}
    # each bar moves off its name: below it (towards larger categories on a reversed axis, smaller otherwise)
    offset = 0.05 if yaxis.get("autorange") == "reversed" else -0.45
    bars = [trace for trace in spec["data"] if _is_horizontal_bar(trace)]
    spec["data"] = [
        {**trace, "width": 0.4, "offset": offset} if _is_horizontal_bar(trace) else trace for trace in spec["data"]
    ]
    names = [name for trace in bars for name in trace.get("y", ()) if isinstance(name, str)]
    layout["annotations"] = [
        *(layout.get("annotations") or ()),
        *(
            dict(
                text=name,
                xref="paper",
                x=0,
                xanchor="left",
                y=name,
                yanchor="bottom",
                showarrow=False,
                font=dict(size=11),
            )
            for name in names
        ),
    ]
    # the numbers written past each bar's end keep their room on the right
    layout["margin"] = {**layout["margin"], "r": max(layout["margin"].get("r", 0), 56)}
    if layout.get("height"):
        layout["height"] = int(layout["height"] * BARS_GROWTH)


def _slider_under_buttons(layout: dict) -> None:
    """A slider beside the play and pause buttons (it starts right of x = 0) moves under them, full width.

    At 390 px the buttons are wider than the share of the row left to them, and
    the slider's first steps would hide under the pause button.
    """
    sliders = layout.get("sliders") or []
    if not layout.get("updatemenus") or not any(slider.get("x", 0) > 0 for slider in sliders):
        return

    def below(slider: dict) -> dict:
        pad = slider.get("pad") or {}
        return {**slider, "x": 0.0, "len": 1.0, "pad": {**pad, "t": pad.get("t", 0) + BUTTON_ROW}}

    layout["sliders"] = [below(slider) if slider.get("x", 0) > 0 else slider for slider in sliders]
    layout["margin"]["b"] += BUTTON_ROW
    if layout.get("height"):
        layout["height"] += BUTTON_ROW


def _fitted_to_pictures(layout: dict) -> None:
    """A strip of pictures (its x axis follows its y, both ranges given): as tall as its pictures on a phone.

    Its pictures shrink with the width, but its height would not, leaving empty bands above and below them.
    """
    xaxis, yaxis = layout.get("xaxis") or {}, layout.get("yaxis") or {}
    if xaxis.get("scaleanchor") != "y" or not (xaxis.get("range") and yaxis.get("range")) or not layout.get("height"):
        return
    margin = layout["margin"]
    width = PHONE_CHART_WIDTH - margin["l"] - margin["r"]
    (x0, x1), (y0, y1) = xaxis["range"], yaxis["range"]
    pictures = width * abs(y1 - y0) / abs(x1 - x0)
    layout["height"] = min(layout["height"], int(margin["t"] + margin["b"] + pictures) + 1)


def for_phone(spec: dict) -> dict:
    """A finished figure spec reshaped for a narrow touch screen.

    It knows no figure by name: each change follows from the spec's own shape
    (a colour bar, horizontal bars, a second x axis to the right, a slider beside
    buttons, a strip of pictures), so a new figure is reshaped without a word here.

    Parameters
    ----------
    spec : dict
        A Plotly figure spec (``data``, ``layout``, optionally ``frames``), as
        built by :mod:`painter.figures` or encoded by
        :func:`painter.frozen_figure.encode`. It is not changed, nor is anything
        inside it: only the containers that differ are new.

    Returns
    -------
    dict
        The same figure with thin margins, the legend in a row above the plot,
        each colour bar a thin horizontal bar below it, a side plot moved under
        the main plot so the main plot keeps the full width, an animation's slider
        under its buttons, a strip of pictures as tall as its pictures, and dragging
        turned off: with Plotly's drag mode on, a finger on the chart zooms it and
        the page cannot be scrolled (plotly.js #2844); off, the page scrolls.
    """
    out = dict(spec)
    out["data"] = [
        {**trace, "colorbar": _phone_colorbar(trace["colorbar"])} if "colorbar" in trace else trace
        for trace in spec.get("data", [])
    ]
    layout = dict(spec.get("layout") or {})
    out["layout"] = layout
    margin = dict(layout.get("margin") or {})
    layout["margin"] = {side: min(margin.get(side, PHONE_MARGIN[side]), PHONE_MARGIN[side]) for side in "lr"} | {
        side: margin.get(side, PHONE_MARGIN[side]) for side in "tb"
    }
    if any("colorbar" in trace and trace.get("showscale", True) for trace in out["data"]):
        titled = any(trace.get("colorbar", {}).get("title") for trace in out["data"])
        layout["margin"]["b"] = max(layout["margin"]["b"], 90 if titled else 60)  # a titled bar needs a line more
    if "legend" in layout:
        layout["legend"] = {**layout["legend"], "orientation": "h", "x": 0.0, "xanchor": "left"}
    layout["dragmode"] = False
    for name in [name for name in layout if _AXIS.fullmatch(name)]:
        layout[name] = _compact_axis(layout[name])
    if any(_is_horizontal_bar(trace) for trace in out["data"]):
        _labels_above_bars(out)
    if _side_by_side(layout):
        _stacked(out)
    _slider_under_buttons(layout)
    _fitted_to_pictures(layout)
    return out


#: The page around the figures on a narrow screen (static; never built from anything a visitor sends).
#: - Rows of columns wrap two to a row instead of stacking one per screen width, so a page's
#:   controls take a compact block above the figure; a column that holds a chart keeps the full width.
#: - Formulas and tables shrink or scroll inside themselves; the page never scrolls sideways.
#: - On a touch screen Plotly's toolbar is hidden. (A drag over a phone's chart scrolls the page because
#:   :func:`for_phone` turns Plotly's drag mode off, plotly.js #2844; a tap still shows a point's values.)
PHONE_CSS = """<style>
@media (max-width: 640px) {
  /* a data frame's corner resize handle sticks out past the screen's right edge (and a finger cannot use it) */
  [data-testid="stDataFrameResizable"] div[style*="se-resize"] { display: none; }
  [data-testid="stMainBlockContainer"] { padding-left: 0.5rem; padding-right: 0.5rem; padding-top: 4rem; }
  [data-testid="stMain"] h1 { font-size: 1.5rem; padding-top: 0.25rem; }
  [data-testid="stMain"] h4 { font-size: 1rem; }
  [data-testid="stMain"] [data-testid="stHorizontalBlock"] { flex-wrap: wrap; gap: 0.5rem; }
  [data-testid="stMain"] [data-testid="stHorizontalBlock"] > [data-testid="stColumn"] {
    min-width: calc(50% - 0.25rem); flex: 1 1 calc(50% - 0.25rem); width: calc(50% - 0.25rem);
  }
  [data-testid="stMain"] [data-testid="stHorizontalBlock"] > [data-testid="stColumn"]:has(
    [data-testid="stPlotlyChart"], [data-testid="stDataFrame"], [data-testid="stTable"], [data-testid="stImage"],
    [data-testid="stPageLink"], [data-testid="stMetric"], [data-testid="stVerticalBlockBorderWrapper"],
    [data-testid="stButtonGroup"] button:nth-child(6)) {
    min-width: 100%; flex-basis: 100%; width: 100%;
  }
  /* a gallery (four columns or more, of pictures) keeps three pictures to a row */
  [data-testid="stMain"] [data-testid="stHorizontalBlock"]:has(> [data-testid="stColumn"]:nth-child(4))
    > [data-testid="stColumn"]:has([data-testid="stImage"]) {
    min-width: calc(33% - 0.35rem); flex-basis: calc(33% - 0.35rem); width: calc(33% - 0.35rem);
  }
  [data-testid="stMain"] .katex-display { overflow-x: auto; overflow-y: hidden; font-size: 0.85em; }
  [data-testid="stMain"] .katex { white-space: normal; }
  [data-testid="stMain"] [data-testid="stMarkdownContainer"] { overflow-wrap: anywhere; }
  [data-testid="stMain"] [data-testid="stTable"] { overflow-x: auto; font-size: 0.8rem; }
  [data-testid="stMain"] [data-testid="stTable"] table { width: 100%; table-layout: fixed; }
  [data-testid="stMain"] [data-testid="stTable"] :is(td, th) { padding: 0.25rem; min-width: 0; }
  [data-testid="stMain"] [data-testid="stTable"] :is(td, th, td *, th *) {
    white-space: normal; word-break: break-all; overflow-wrap: anywhere;
  }
  [data-testid="stMain"] [data-testid="stMetricValue"] { font-size: 1.6rem; }
  /* a long row of choices (the ten digits of step 8) wraps instead of running past the edge */
  [data-testid="stMain"] [data-testid="stButtonGroup"] :has(> button) { flex-wrap: wrap; row-gap: 0.25rem; }
  [data-testid="stMain"] [data-testid="stButtonGroup"] button { padding-left: 0.6rem; padding-right: 0.6rem; }
}
@media (hover: none) and (pointer: coarse) {
  .js-plotly-plot .modebar-container { display: none; }
}
</style>"""
