"""A picture is a grid of numbers."""

import numpy as np
import streamlit as st

from app_pages import PIXELS_PHOTO, PIXELS_SIZE, PIXELS_X, PIXELS_Y
from app_pages.common import chart, choice, header, noted_metric, slider
from painter import cached, counting, figures, images, upload
from painter.i18n import t

#: This session's decoded upload, as (file id, picture): kept for this visitor only, never in a shared cache.
DECODED_KEY = "_pixels_decoded"


def decoded(uploaded) -> upload.Picture:
    """The visitor's upload, decoded on the first run that sees it and reused while it stays chosen.

    Raises :class:`painter.upload.UploadError` for a file that cannot be shown (nothing is kept then).
    """
    kept = st.session_state.get(DECODED_KEY)
    if kept is None or kept[0] != uploaded.file_id:
        kept = (uploaded.file_id, upload.decode(uploaded.getvalue()))
        st.session_state[DECODED_KEY] = kept
    return kept[1]


header("pixels")

controls = st.columns([2, 2, 2, 1])
name = choice(PIXELS_PHOTO, "pixels.photo", controls[0])
with st.expander(t("pixels.upload.title")):
    st.caption(t("pixels.upload.how"))  # the drop box's own words are Streamlit's, in English only
    uploaded = st.file_uploader(
        t("pixels.upload.label"),
        type=upload.EXTENSIONS,
        key="pixels_upload",
        help=t("pixels.upload.help"),
        max_upload_size=upload.MAX_BYTES // 2**20,  # megabytes: the box then shows this page's own limit
    )
    own = None
    if uploaded is None:
        st.session_state.pop(DECODED_KEY, None)  # let a removed upload's pixels go
    else:
        # Decoded in memory from the bytes this session holds: never in a shared cache, never written to disk.
        try:
            own = decoded(uploaded)
        except upload.UploadError as error:
            st.error(t(f"upload.error.{error.code}"))
    if own is not None:
        st.info(t("pixels.upload.showing"))
        if own.scaled:
            st.caption(
                t("pixels.upload.scaled", w=own.width, h=own.height, sw=own.pixels.shape[1], sh=own.pixels.shape[0])
            )
        n_values = own.width * own.height * own.channels
        st.metric(
            t("pixels.upload.count_label"),
            t("pixels.upload.count", w=own.width, h=own.height, c=own.channels, digits=counting.count_digits(n_values)),
        )

if own is None:
    picture = cached.photo(name)
    gray = cached.grayscale_photo(name)
elif own.channels == 3:
    picture, gray = own.pixels, images.grayscale(own.pixels)
else:
    picture, gray = np.repeat(own.pixels[..., None], 3, axis=2), own.pixels
height, width = gray.shape


def zoom_slider(param, label: str, column, high: int, start: int) -> int:
    """The photos' slider for ``param`` (declared range and default); for an upload, a slider
    of its own key that ends at ``high`` and starts at ``start``, or its only possible value
    when a tiny picture leaves no choice."""
    if own is None:
        return int(slider(param, label, column, persist=False))
    low = min(param.low, high)
    if high <= low:
        return low
    return int(column.slider(label, low, high, min(max(start, low), high), key=f"{param.key}_own"))


# Sliders for an upload get their own keys: its size differs from the photos'.
largest = min(PIXELS_SIZE.high, width, height)
size = zoom_slider(PIXELS_SIZE, t("pixels.region_size"), controls[3], largest, PIXELS_SIZE.default)
# The position sliders end where the largest box still fits, so changing the box
# size never changes their range (a new range would reset them to the default). An upload opens in its centre.
x0 = zoom_slider(PIXELS_X, t("pixels.region_x"), controls[1], width - largest, width // 2)
y0 = zoom_slider(PIXELS_Y, t("pixels.region_y"), controls[2], height - largest, height // 3)

left, right = st.columns(2)
region = (x0, y0, size)
labels = {"value": t("pixels.value"), "hover": t("pixels.hover")}
with left:
    st.markdown(f"**{t('pixels.as_numbers')}**")
    if own is None:
        heatmap = cached.photo_heatmap(name, region, labels)
    else:
        heatmap = figures.photo_heatmap(gray, region, labels["value"], labels["hover"])
    chart(heatmap, key="pixels_heatmap")
    st.caption(t("pixels.heatmap_caption"))
with right:
    st.markdown(f"**{t('pixels.region_title', size=size, x=x0, y=y0)}**")
    if own is None:
        grid = cached.number_grid(name, region, labels["hover"])
    else:
        grid = figures.number_grid_figure(gray[y0 : y0 + size, x0 : x0 + size], x0, y0, labels["hover"])
    chart(grid, key="pixels_grid")
    st.caption(t("pixels.grid_caption"))

st.subheader(t("pixels.colour_title"))
st.markdown(t("pixels.colour_text"))
layers = cached.photo_layers(name) if own is None else (picture, gray, *images.channels(picture))
for column, key, layer in zip(st.columns(5), ("colour", "gray", "red", "green", "blue"), layers, strict=True):
    column.image(layer, caption=t(f"pixels.layer.{key}"), width="stretch")

st.subheader(t("pixels.size_title"))
metrics = st.columns(3)
values = width * height
noted_metric(
    t("pixels.metric.pixels"), f"{width:,} × {height:,}", t("pixels.metric.pixels_total", n=values), metrics[0]
)
noted_metric(t("pixels.metric.gray"), f"{values:,}", t("pixels.metric.bytes", kib=values / 1024), metrics[1])
noted_metric(t("pixels.metric.colour"), f"{3 * values:,}", t("pixels.metric.bytes", kib=3 * values / 1024), metrics[2])
st.caption(t("pixels.size_caption"))
