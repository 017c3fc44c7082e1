"""Learn the distribution of the works, then draw new works from it."""

import numpy as np
import streamlit as st

from app_pages import LEARN_N_NEW, LEARN_SEED
from app_pages.common import (
    chart,
    download_png,
    figure_labels,
    header,
    model_controls,
    seed_controls,
    slider,
    table,
    works_strip,
)
from painter import cached, figures, model
from painter.frozen_figure import with_traces
from painter.i18n import t

header("learn")

controls = st.columns([2, 3, 2, 3])
n_components, covariance_type = model_controls(controls[0], controls[1])
n_new = slider(LEARN_N_NEW, t("learn.n_new"), controls[2])
with controls[3]:
    seed = seed_controls(LEARN_SEED)

works = cached.works()
with st.spinner(t("learn.fitting")):
    fitted = cached.mixture(n_components, covariance_type)
new_works = cached.new_works(n_components, covariance_type, n_new, seed)

plane, side = st.columns([5, 3])
with plane:
    labels = figure_labels(figures.density_figure, "learn.fig", x="axis.x1", y="axis.x2")
    density = cached.density_plane(n_components, covariance_type, labels)
    chart(with_traces(density, figures.new_works_traces(new_works, labels)), key="learn_plane")
with side:
    learned = cached.works_log_likelihood(n_components, covariance_type)
    uniform = model.uniform_log_likelihood(2)
    st.metric(
        t("learn.ll"),
        f"{learned:.2f}",
        t("learn.ll_delta", d=learned - uniform),
        delta_arrow="up",
        help=t("learn.ll_help"),
    )
    st.metric(t("learn.ll_uniform"), f"{uniform:.2f}")
    gain = learned - uniform
    st.markdown(t("learn.ll_text", learned=learned, uniform=uniform, d=gain, ratio=float(np.exp(gain))))
    st.markdown(f"**{t('learn.components_title')}**")
    table(
        {
            t("learn.table.component"): [k + 1 for k in range(fitted.n_components)],
            t("learn.table.weight"): [f"{w:.0%}" for w in fitted.weights],
            t("learn.table.mean"): [f"({m1:.0f}, {m2:.0f})" for m1, m2 in fitted.means],
        }
    )

if n_new:
    st.subheader(t("learn.strip_title", n=n_new))
    png = works_strip(new_works)
    st.caption(t("learn.strip_caption"))
    download_png(png, f"new-works-{n_components}-{covariance_type}-seed{seed}.png", key="learn_png")

    st.subheader(t("learn.copies_title"))
    st.markdown(t("learn.copies_intro"))
    drawn, nearest, distance = cached.nearest_works(n_components, covariance_type, n_new, seed)
    left, histogram = st.columns([2, 3])
    table(
        {
            t("learn.copies.new"): [f"({a}, {b})" for a, b in drawn],
            t("learn.copies.nearest"): [f"({a}, {b})" for a, b in works[nearest]],
            t("learn.copies.distance"): np.round(distance, 1),
        },
        left,
        height="content",  # every new work in full, with no scroll of its own
        column_config={t("learn.copies.distance"): st.column_config.NumberColumn(format="%.1f")},
    )
    unseen = np.asarray(cached.unseen_works_distances())
    with histogram:
        labels = figure_labels(figures.distance_histogram, "learn.copies.fig")
        chart(figures.distance_histogram(distance, unseen, labels=labels), key="learn_copies")
    # the caption's numbers come from the histogram's own distances, so words and bars agree at every setting
    st.caption(
        t(
            "learn.copies_caption",
            n=len(distance),
            m=len(unseen),
            median_new=float(np.median(distance)),
            median_unseen=float(np.median(unseen)),
            zero_new=int(np.sum(distance == 0)),
            zero_unseen=int(np.sum(unseen == 0)),
        )
    )
