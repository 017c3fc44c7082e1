"""An untrained AI paints every pixel at random, and gets only noise."""

import math

import numpy as np
import streamlit as st

from app_pages import UNTRAINED_COLOUR, UNTRAINED_COUNT, UNTRAINED_SEED, UNTRAINED_SIZE, page
from app_pages.common import download_png, header, seed_controls, slider, tex_int, toggle
from painter import cached, counting, images
from painter.i18n import t

header("untrained")

controls = st.columns([2, 2, 1, 3])
count = slider(UNTRAINED_COUNT, t("untrained.count"), controls[0])
size = slider(UNTRAINED_SIZE, t("untrained.size"), controls[1])
colour = toggle(UNTRAINED_COLOUR, t("untrained.colour"), controls[2])
with controls[3]:
    seed = seed_controls(UNTRAINED_SEED)

pictures = images.random_pictures(count, size, size, colour, np.random.default_rng(seed))
# Enlarge by a whole factor to fit a column and show it at that exact size (PNG, not
# JPEG): any other scaling would blur the pixels this page is about.
n_columns = 6 if size <= 40 else 4
scale = max(1, (720 // n_columns) // size)
gallery = st.container(key=page("untrained").main_figure)  # the gallery: the main figure
# One row of columns per row of pictures, so a phone (which wraps a row's columns) keeps their order;
# an exact width, so a wider caption cannot stretch its picture beyond the others.
for start in range(0, len(pictures), n_columns):
    row = pictures[start : start + n_columns]
    for column, (i, picture) in zip(gallery.columns(n_columns)[: len(row)], enumerate(row, start), strict=True):
        column.image(
            images.png_bytes(images.crisp(picture, scale)),
            caption=t("untrained.caption", i=i + 1),
            width=size * scale,
            output_format="PNG",
        )

download_png(lambda: images.gallery(pictures, scale), f"untrained-{size}px-seed{seed}.png", key="untrained_png")

st.subheader(t("untrained.real_title"))
side = st.columns([1, 5])
small = cached.shrunk_photo("china.jpg", size, colour)
side[0].image(images.png_bytes(images.crisp(small, scale)), width="content", output_format="PNG")
side[1].markdown(t("untrained.real_text", size=size))

st.subheader(t("untrained.odds_title"))
n_values = size * size * (3 if colour else 1)
digits = counting.count_digits(n_values)
st.markdown(
    t(
        "untrained.odds",
        size=size,
        kind=t("untrained.kind.colour" if colour else "untrained.kind.gray"),
        n=n_values,
        n_tex=tex_int(n_values),
        digits=digits,
        exp_tex=tex_int(digits - 1),
    )
)
chance = counting.log10_chance_in(counting.TRIES_LOG10, n_values)
if chance < -3:
    st.markdown(
        t(
            "untrained.odds_universe",
            seconds=counting.power_text(dict(counting.REFERENCES)["seconds"]),
            tries=counting.power_text(10**counting.TRIES_LOG10),
            n_tex=tex_int(n_values),
            exponent=tex_int(round(chance)),
        )
    )
elif chance < math.log10(0.99):
    st.markdown(t("untrained.odds_percent", percent=f"{10**chance:.2%}"))
else:
    st.markdown(t("untrained.odds_likely"))
