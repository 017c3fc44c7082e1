"""The pictures people want fill only a tiny part of all pictures."""

import streamlit as st

from app_pages import CONTEST_ARTIST, CONTEST_STRIP
from app_pages.common import chart, download_csv, header, noted_metric, slider, works_strip
from painter import cached, contest
from painter.i18n import t

header("contest")

works = cached.works()
controls = st.columns([3, 2])
artist = slider(CONTEST_ARTIST, t("contest.artist"), controls[0])
shown = slider(CONTEST_STRIP, t("contest.strip_count"), controls[1])

plane, side = st.columns([3, 2])
with plane:
    labels = {"x": t("axis.x1"), "y": t("axis.x2"), "works": t("contest.works"), "hover": t("contest.hover")}
    chart(cached.contest_figure(artist - 1, labels | {"chosen": t("contest.chosen", i=artist)}), key="contest_plane")
    st.caption(t("contest.plane_caption"))
with side:
    x1, x2 = (int(v) for v in works[artist - 1])
    st.markdown(f"**{t('contest.chosen', i=artist)}**")
    works_strip([[x1, x2]], scale=72)
    st.markdown(t("contest.chosen_values", x1=x1, x2=x2))
    tile = 8
    noted_metric(
        t("contest.occupied"),
        f"{contest.occupied_fraction(works, tile=tile):.0%}",
        t("contest.occupied_help", tile=tile, side=256 // tile, squares=(256 // tile) ** 2),
    )
    st.markdown(t("contest.distribution"))

st.subheader(t("contest.strip_title", n=shown))
works_strip(works[:shown])
st.caption(t("contest.strip_caption"))
download_csv(lambda: contest.works_csv(works), "contest-works.csv", key="contest_csv")
