"""How many different pictures of a given size exist."""

import streamlit as st

from app_pages import COUNT_COLOUR, COUNT_H, COUNT_W
from app_pages.common import chart, download_text, header, noted_metric, number_input, table, tex_int, toggle
from painter import cached, counting
from painter.i18n import t

header("count")

#: Sizes worth a click, as width × height.
PICTURES_BAR = {1: "count.bar.pictures.1", 3: "count.bar.pictures.3"}  # the bar label by values per pixel
PRESETS = {"1×1": (1, 1), "2×1": (2, 1), "2×2": (2, 2), "28×28": (28, 28), "1000×1000": (1000, 1000)}


def apply_preset() -> None:
    """Copy the chosen preset into the size inputs before they are drawn."""
    choice = st.session_state.get("count_preset")
    if choice in PRESETS:
        st.session_state["count_w"], st.session_state["count_h"] = PRESETS[choice]


controls = st.columns([2, 2, 2])
width = number_input(COUNT_W, t("count.width"), controls[0])
height = number_input(COUNT_H, t("count.height"), controls[1])
colour = toggle(COUNT_COLOUR, t("count.colour"), controls[2])
st.segmented_control(t("count.presets"), list(PRESETS), key="count_preset", on_change=apply_preset)

channels = 3 if colour else 1
n_values = int(width) * int(height) * channels
digits = counting.count_digits(n_values)

n_tex = tex_int(n_values)
st.markdown(t("count.formula", w=width, h=height, c=channels, n=n_values, n_tex=n_tex))
if digits > 4:
    mantissa, exponent = counting.scientific(n_values)
    st.markdown(f"### $256^{{{n_tex}}} \\approx {mantissa} \\times 10^{{{tex_int(exponent)}}}$")
metrics = st.columns(3)
metrics[0].metric(t("count.digits"), f"{digits:,}")
noted_metric(t("count.pages"), f"{-(-digits // 3000):,}", t("count.pages_help"), metrics[1])

if digits <= 120:
    st.markdown(t("count.exact_small"))
    st.code(counting.count_decimal(n_values), wrap_lines=True)
else:
    head, tail = counting.leading_digits(n_values, 40), counting.trailing_digits(n_values, 40)
    st.markdown(t("count.exact_large", hidden=digits - 80))
    st.code(f"{head}…{tail}", wrap_lines=True)

if digits <= counting.MAX_DECIMAL_DIGITS:
    download_text(t("count.download", digits=digits), lambda: cached.decimal_expansion(n_values), f"256^{n_values}.txt")
    st.caption(t("count.download_help"))
else:
    st.info(t("count.too_long", digits=digits))

st.subheader(t("count.compare_title"))
labels = [t(PICTURES_BAR[channels], w=width, h=height)] + [
    t(f"count.bar.{k}", value=counting.power_text(v)) for k, v in counting.REFERENCES
]
bar_digits = [digits] + [counting.digits_of_float(v) for _, v in counting.REFERENCES]
chart(
    cached.counting_figure(tuple(labels), tuple(bar_digits), t("count.bar.axis"), t("count.bar.hover")),
    key="count_chart",
)
st.caption(t("count.compare_caption", low=min(bar_digits[1:]), high=max(bar_digits[1:]), digits=digits))

st.subheader(t("count.tiny_title"))
tiny = [(1, 1), (2, 1), (2, 2), (3, 2)]
table(
    {
        t("count.tiny.size"): [f"{w}×{h}" for w, h in tiny],
        t("count.tiny.gray"): [f"{int(counting.count_decimal(w * h)):,}" for w, h in tiny],
        t("count.tiny.colour"): [f"{int(counting.count_decimal(3 * w * h)):,}" for w, h in tiny],
    },
    static=True,
)
st.caption(t("count.tiny_caption"))
