"""Diffusion in 2 pixels: noise becomes works by following the exact score."""

import math

import streamlit as st

from app_pages import DIFFUSION_METHOD, DIFFUSION_POINTS, DIFFUSION_SEED, DIFFUSION_STEPS
from app_pages.common import (
    chart,
    choice,
    download_png,
    figure_labels,
    header,
    noted_metric,
    seed_and_model_settings,
    slider,
    works_strip,
)
from painter import cached, diffusion, figures, model
from painter.figures.animations import sigma_text
from painter.i18n import t

STRIP = 12  # pictures shown before and after: one row

header("diffusion")

controls = st.columns([3, 3, 4, 4])
n_points = slider(DIFFUSION_POINTS, t("diffusion.n_points"), controls[0])
steps = slider(DIFFUSION_STEPS, t("diffusion.steps"), controls[1], help=t("diffusion.steps_help"))
method = choice(DIFFUSION_METHOD, "diffusion.method", controls[2], help=t("diffusion.method_help"))
seed, n_components, covariance_type = seed_and_model_settings(
    DIFFUSION_SEED, controls[3], t("diffusion.model_settings")
)

with st.spinner(t("diffusion.computing")):
    cached.model(n_components, covariance_type)  # the first fit of a setting happens under the spinner
    path, levels = cached.diffusion_path(n_components, covariance_type, n_points, steps, method, seed)
    labels = figure_labels(
        figures.diffusion_figure, "diffusion.fig", x="axis.x1", y="axis.x2", density="learn.fig.density"
    )
    figure = cached.diffusion_figure(
        n_components, covariance_type, n_points, steps, method, seed, tuple(sorted(labels.items()))
    )

plane, side = st.columns([5, 2])
with plane:
    chart(figure, key="diffusion_plane")
    sigma_max, sigma_min = diffusion.SIGMA_RANGE[method]
    shown = levels[figures.frame_indices(steps)]  # the σ of each frame; the last is 0
    st.caption(
        t(
            "diffusion.figure_caption",
            frames=len(figure.frames),
            steps=steps,
            last=sigma_text(float(shown[-2])),
            smin=sigma_text(sigma_min),
        )
    )
    langevin_max = f"{diffusion.SIGMA_RANGE['langevin'][0]:.0f}"
    st.markdown(
        t(
            f"diffusion.method_note.{method}",
            smax=f"{sigma_max:.0f}",
            smin=sigma_min,
            steps=steps,
            langevin_max=langevin_max,
        )
    )

with side:
    end, start, reference = cached.diffusion_scores(n_components, covariance_type, n_points, steps, method, seed)
    noted_metric(
        t("diffusion.ll_end"), f"{end:.2f}", t("diffusion.ll_delta", d=end - reference), help=t("diffusion.ll_help")
    )
    st.metric(t("diffusion.ll_direct"), f"{reference:.2f}")
    st.metric(t("diffusion.ll_start"), f"{start:.2f}")

# below the two columns, not in the narrow side one: the reading is a paragraph
untrained = model.uniform_log_likelihood(2)  # step 5's untrained AI: every 2-pixel picture 1 in 256²
gap = end - reference  # the small number under the end points' score, as rounded there
gap_shown = round(gap, 2)
gap_numbers = {"gap": f"{abs(gap_shown):.2f}", "ratio": f"{math.exp(abs(gap_shown)):.2f}"}
if gap_shown < 0:
    gap_sentence = t("diffusion.ll_gap.lower", **gap_numbers)
elif gap_shown > 0:
    gap_sentence = t("diffusion.ll_gap.higher", **gap_numbers)
else:
    gap_sentence = t("diffusion.ll_gap.none")
st.markdown(t("diffusion.ll_text", noise_gap=f"{reference - start:.2f}", gap_sentence=gap_sentence))
st.markdown(t(f"diffusion.ll_start_note.{method}", untrained=f"{untrained:.2f}", start=f"{start:.2f}"))

st.subheader(t("diffusion.strip_title"))
before, after = st.columns(2)
with before:
    st.markdown(f"**{t('diffusion.before')}**")
    works_strip(path[0, :STRIP], scale=16, per_row=6)
with after:
    st.markdown(f"**{t('diffusion.after')}**")
    end_works = works_strip(path[-1, :STRIP], scale=16, per_row=6)
    download_png(end_works, f"diffusion-{method}-seed{seed}.png", key="diffusion_png")
st.caption(t("diffusion.strip_caption", n=min(STRIP, n_points)))

st.subheader(t("diffusion.why_title"))
st.markdown(t("diffusion.why_network", k=n_components))
st.markdown(t("diffusion.model_note", k=n_components, cov=t(f"model.cov.{covariance_type}")))
