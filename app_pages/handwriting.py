"""Your handwriting, every digit: draw one digit and the model writes all ten in your style."""

import numpy as np
import streamlit as st

from app_pages import (
    HANDWRITING_DIGIT,
    HANDWRITING_DIMS,
    HANDWRITING_INDEX,
    HANDWRITING_MOVES,
    HANDWRITING_SOURCE,
)
from app_pages import page as registered
from app_pages.common import chart, choice, download_png, figure_labels, header, number_input, select, slider
from painter import figures, handwriting, upload
from painter.cached import handwriting as cached_handwriting
from painter.components.drawing_pad import cells, drawing_pad
from painter.i18n import t

#: This session's uploaded photo as (file id, its 8×8 picture): this visitor's only, never in a shared cache.
PHOTO_KEY = "_handwriting_photo"


def photo_picture(uploaded) -> np.ndarray:
    """The uploaded photo as an 8×8 picture, decoded on the first run that sees it (raises UploadError)."""
    kept = st.session_state.get(PHOTO_KEY)
    if kept is None or kept[0] != uploaded.file_id:
        kept = (uploaded.file_id, handwriting.from_photo(upload.decode(uploaded.getvalue()).pixels))
        st.session_state[PHOTO_KEY] = kept
    return kept[1]


def stand_in() -> np.ndarray:
    """Held-out digit no. 0, shown until the visitor draws or uploads something."""
    return np.frombuffer(cached_handwriting.held_out(HANDWRITING_INDEX.default)[0], dtype=np.uint8)


header("handwriting")

controls = st.columns([3, 2])
source = choice(HANDWRITING_SOURCE, "handwriting.source", controls[0])
dims = slider(HANDWRITING_DIMS, t("handwriting.dims"), controls[1], help=t("handwriting.dims_help"))

given, seen = st.columns([3, 2], gap="large")
with given:
    if source == "draw":
        st.markdown(f"**{t('handwriting.pad_title')}**")
        sent = drawing_pad("handwriting_pad", label=t("handwriting.pad_label"), clear=t("handwriting.clear"))
        st.caption(t("handwriting.pad_caption"))
        try:
            ink = cells(sent)
        except ValueError:  # only a forged value gets here: the pad sends 1024 cells 0/1
            st.warning(t("handwriting.bad_drawing"))
            ink = None
        picture = handwriting.from_drawing(ink) if ink is not None else None
    elif source == "upload":
        uploaded = st.file_uploader(
            t("handwriting.upload"), type=upload.EXTENSIONS, key="handwriting_upload", help=t("handwriting.upload_help")
        )
        picture = None
        if uploaded is not None:
            try:
                picture = photo_picture(uploaded)
            except upload.UploadError as error:
                st.warning(t(f"upload.error.{error.code}"))
    else:
        index = number_input(HANDWRITING_INDEX, t("handwriting.index"), help=t("handwriting.index_help"))
        shown, label = cached_handwriting.held_out(index)
        picture = np.frombuffer(shown, dtype=np.uint8)
        st.caption(t("handwriting.index_label", digit=label))
    drawn = picture is not None and picture.any()
    if not drawn:
        picture = stand_in()

key = picture.tobytes()
made = cached_handwriting.seen(dims, key)
reading = made.reading
with seen:
    st.markdown(f"**{t('handwriting.seen_title')}**")
    st.container(key="handwriting_seen").image(made.png, width="content", output_format="PNG")
    if not drawn:
        st.caption(t("handwriting.stand_in", index=HANDWRITING_INDEX.default))
    if reading.typical:
        shares = dict(digit=reading.digit, p=f"{reading.probability:.0%}")
        own = drawn and source == "draw"
        st.markdown(t("handwriting.reads", **shares) if own else t("handwriting.reads_picture", **shares))
    else:
        st.warning(t("handwriting.unsure", digit=reading.digit, p=f"{reading.probability:.0%}"))

# the ten digits come first (on a phone they are what the visitor scrolls to); the settings they are written
# with are drawn below them, so they are filled in once those are read
st.subheader(t("handwriting.ten_title"))
ten = st.container(key=registered("handwriting").main_figure)
export = st.container()
as_read = t("handwriting.as_read")  # the same label whatever was read: a new label would make a new widget
corrected = select(
    HANDWRITING_DIGIT,
    t("handwriting.correct"),
    format_func=lambda d: as_read if d < 0 else str(d),
    help=t("handwriting.correct_help"),
)
digit = reading.digit if corrected < 0 else corrected
common = cached_handwriting.shared(dims, digit)
st.markdown(f"{t('handwriting.intro')}\n\n{t('handwriting.dims_reading')}")


def direction(k: int) -> str:
    """Style direction ``k``'s name where the data shows what it changes, else its number."""
    named = common.names[k] if k < len(common.names) else None
    return t(f"handwriting.direction.{named}") if named else t("handwriting.direction", k=k + 1)


st.subheader(t("handwriting.directions_title"))
st.markdown(t("handwriting.directions_intro", digit=digit))
moves = st.columns(len(HANDWRITING_MOVES))
offsets = tuple(
    slider(param, direction(k), moves[k], disabled=k >= dims, format="%+.2f", help=t("handwriting.direction_help"))
    for k, param in enumerate(HANDWRITING_MOVES)
)
st.image(
    common.strips,
    caption=t("handwriting.strip_rows", names=" · ".join(direction(k) for k in range(len(common.names)))),
    width="content",
    output_format="PNG",
)
st.caption(t("handwriting.directions_caption"))

labels = tuple(figure_labels(figures.reading_figure, "handwriting.fig").items())
own = cached_handwriting.yours(dims, key, digit, offsets, labels)
ten.image(own.sheet, caption=t("handwriting.rows"), width="content", output_format="PNG")
download_png(own.row, f"handwriting-dims{dims}.png", key="handwriting_png", where=export)
export.caption(t("handwriting.ten_caption", dims=dims))

left, right = st.columns(2, gap="large")
with left:
    st.markdown(f"**{t('handwriting.reading_title')}**")
    chart(own.reading, key="handwriting_reading")
    st.caption(t("handwriting.reading_how"))
with right:
    st.markdown(f"**{t('handwriting.variations_title', digit=digit)}**")
    st.image(own.variations, width="content", output_format="PNG")
    st.caption(t("handwriting.variations_caption"))

st.subheader(t("handwriting.carry_title"))
(ink, slant), (random_ink, random_slant) = common.carried
st.markdown(
    t(
        "handwriting.carry_reading",
        ink=f"{ink:.2f}",
        slant=f"{slant:.2f}",
        random_ink=f"{random_ink:.2f}",
        random_slant=f"{random_slant:.2f}",
    )
)
st.markdown(f"{t('handwriting.caveat')}\n\n{t('handwriting.step6')}")
