"""Step 1: a picture is a grid of numbers."""

import streamlit as st

from app_pages.common import header
from painter import cached, figures, images
from painter.i18n import option_labels, t

header("pixels")

controls = st.columns([2, 2, 2, 1])
name = controls[0].segmented_control(
    t("pixels.photo"),
    images.PHOTOS,
    default=images.PHOTOS[0],
    required=True,
    format_func=option_labels("pixels.photo"),
    key="pixels_photo",
    persist_state="session",
)
picture = cached.photo(name)
gray = cached.grayscale_photo(name)
height, width = gray.shape
size = controls[3].slider(t("pixels.region_size"), 4, 16, 10, key="pixels_size")
x0 = controls[1].slider(t("pixels.region_x"), 0, width - size, width // 2, key="pixels_x")
y0 = controls[2].slider(t("pixels.region_y"), 0, height - size, height // 3, key="pixels_y")

left, right = st.columns(2)
with left:
    st.markdown(f"**{t('pixels.as_numbers')}**")
    st.plotly_chart(
        figures.photo_heatmap(gray, (x0, y0, size), t("pixels.value"), t("pixels.hover")),
        key="pixels_heatmap",
    )
    st.caption(t("pixels.heatmap_caption"))
with right:
    st.markdown(f"**{t('pixels.region_title', size=size, x=x0, y=y0)}**")
    st.plotly_chart(
        figures.number_grid_figure(gray[y0 : y0 + size, x0 : x0 + size], x0, y0, t("pixels.hover")),
        key="pixels_grid",
    )
    st.caption(t("pixels.grid_caption"))

st.subheader(t("pixels.colour_title"))
st.markdown(t("pixels.colour_text"))
red, green, blue = images.channels(picture)
tiles = st.columns(5)
for column, (key, layer) in zip(
    tiles,
    (("colour", picture), ("gray", gray), ("red", red), ("green", green), ("blue", blue)),
    strict=True,
):
    column.image(layer, caption=t(f"pixels.layer.{key}"), width="stretch")

st.subheader(t("pixels.size_title"))
metrics = st.columns(3)
metrics[0].metric(
    t("pixels.metric.pixels"),
    f"{width:,} × {height:,}",
    t("pixels.metric.pixels_total", n=width * height),
    delta_color="off",
    delta_arrow="off",
)
metrics[1].metric(
    t("pixels.metric.gray"),
    f"{width * height:,}",
    t("pixels.metric.bytes", kib=width * height / 1024),
    delta_color="off",
    delta_arrow="off",
)
metrics[2].metric(
    t("pixels.metric.colour"),
    f"{3 * width * height:,}",
    t("pixels.metric.bytes", kib=3 * width * height / 1024),
    delta_color="off",
    delta_arrow="off",
)
st.caption(t("pixels.size_caption"))
