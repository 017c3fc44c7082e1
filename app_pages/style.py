"""Keep a new artist's style and draw new scenes in that style."""

import numpy as np
import streamlit as st

from app_pages import STYLE_N_NEW, STYLE_SEED, STYLE_X1, STYLE_X2
from app_pages.common import chart, download_png, figure_labels, header, seed_and_model_settings, slider, works_strip
from painter import cached, figures, model
from painter.i18n import t

header("style")

controls = st.columns([3, 3, 2, 4])
x1 = slider(STYLE_X1, t("style.x1"), controls[0], help=t("style.x1_help"))
x2 = slider(STYLE_X2, t("style.x2"), controls[1], help=t("style.x2_help"))
n_new = slider(STYLE_N_NEW, t("style.n_new"), controls[2])
seed, n_components, covariance_type = seed_and_model_settings(STYLE_SEED, controls[3], t("style.model_settings"))

with st.spinner(t("learn.fitting")):
    shares, curve, _ = cached.style_slice(n_components, covariance_type, x1)
st.session_state["fact_style_peaks"] = model.count_modes(curve)  # read by the "try this" tasks
new_x2 = cached.same_style(n_components, covariance_type, x1, n_new, seed)

labels = figure_labels(
    figures.conditional_figure,
    "style.fig",
    x="axis.x1",
    y="axis.x2",
    density="learn.fig.density",
    component="learn.fig.component",
)
chart(cached.style_figure(n_components, covariance_type, (x1, x2), n_new, seed, labels), key="style_plane")
st.caption(t("style.figure_caption", x1=x1))

st.subheader(t("style.strip_title"))
left, right = st.columns([1, 5])
with left:
    st.markdown(f"**{t('style.original')}**")
    works_strip([[x1, x2]])
with right:
    st.markdown(f"**{t('style.generated', n=n_new)}**")
    same_style = np.column_stack([np.full(n_new, x1), new_x2])
    download_png(works_strip(same_style), f"same-style-x1-{x1}-seed{seed}.png", key="style_png")
st.caption(t("style.strip_caption"))

likely = [(k + 1, share) for k, share in enumerate(shares) if share >= 0.01]
st.markdown(
    t(
        "style.shares",
        shares=t("style.share_separator").join(t("style.share", k=k, p=f"{share:.0%}") for k, share in likely),
    )
)
st.markdown(t("style.model_note", k=n_components, cov=t(f"model.cov.{covariance_type}")))
