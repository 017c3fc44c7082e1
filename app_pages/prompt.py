"""Prompt → picture. Ask for a digit, steer it with guidance, watch it come out of noise, check for copies."""

import numpy as np
import streamlit as st

from app_pages import (
    PROMPT_DIGIT,
    PROMPT_GUIDANCE,
    PROMPT_METHOD,
    PROMPT_SCHOOL,
    PROMPT_SECTION,
    PROMPT_SEED,
    PROMPT_STEPS,
)
from app_pages.common import chart, choice, download_png, figure_labels, header, seed_controls, slider
from painter import cached, diffusion, figures, judging, prompt
from painter.cached import handwriting as cached_handwriting
from painter.guidance import SCHOOLS
from painter.handwriting import STATISTICS
from painter.i18n import t

#: The animated strip's frames at most (as :func:`painter.cached.prompt_strip_figure` draws it).
STRIP_FRAMES = 25
#: The pairs shown side by side in each model's column: each with its own caption below it.
PAIRS_PER_ROW = 3


def prompt_off_range() -> dict[str, str]:
    """Why pixels leave 0–255 even at w = 0, in the reading's numbers: the share outside at w = 0 (guided at
    every level, as the chart draws it), the share of training pixels exactly 0 or 255, and half of that."""
    outside = float(cached.prompt_tradeoff(False)["outside"][0])
    extreme = cached.prompt_extreme_share()
    return {"outside": f"{outside:.0%}", "extreme": f"{extreme:.0%}", "half": f"{extreme / 2:.0%}"}


header("prompt")
st.markdown(t("prompt.text_prompt"))

controls = st.columns([6, 5])  # ten digit buttons need the room
digit = choice(PROMPT_DIGIT, "prompt.digit", controls[0], format_func=str, help=t("prompt.digit_help"))
guidance = slider(PROMPT_GUIDANCE, t("prompt.guidance"), controls[1], format="%.1f", help=t("prompt.guidance_help"))
more = st.columns([4, 3, 4])
steps = slider(PROMPT_STEPS, t("prompt.steps"), more[0], help=t("prompt.steps_help"))
method = choice(PROMPT_METHOD, "prompt.method", more[1], help=t("prompt.method_help"))
with more[2]:
    seed = seed_controls(PROMPT_SEED)

with st.spinner(t("prompt.computing")):
    cached.prompt_model()  # the first fit happens under the spinner (a few seconds, once per server)


def refused() -> None:
    """Only a forged value gets here (the widgets allow none): say so in words, and stop."""
    st.warning(t("prompt.bad_input", digits="0–9", wmax=prompt.GUIDANCE_MAX))
    st.stop()


try:
    request = prompt.Request(digit, guidance, steps, method, seed)
except ValueError:
    refused()
with st.expander(t("prompt.guidance_note_title", w=guidance)):  # folded: on a phone the figure stays near the top
    st.markdown(t("prompt.guidance_note", w=guidance))

section = choice(PROMPT_SECTION, "prompt.section", persist=False)

if section == "strip":
    with st.spinner(t("prompt.computing")):
        try:
            cached.prompt_generation(request)
        except ValueError:
            refused()
    st.subheader(t("prompt.strip_title", digit=digit))
    labels = tuple(figure_labels(figures.strip_animation, "prompt.fig").items())
    chart(cached.prompt_strip_figure(request, labels), key="prompt_strip")
    st.caption(
        t(
            "prompt.strip_caption",
            n=prompt.SHOWN,
            steps=steps,
            frames=len(figures.frame_indices(steps, max_frames=STRIP_FRAMES)),
            smax=f"{prompt.SIGMA_MAX:.0f}",
            langevin_max=f"{diffusion.SIGMA_RANGE['langevin'][0]:.0f}",
            ode_max=f"{diffusion.SIGMA_RANGE['ode'][0]:.0f}",
        )
    )
    st.markdown(t("prompt.predicted_note"))

    strip, levels = cached.prompt_strip_png(request)
    st.markdown(f"**{t('prompt.png_title')}**")
    st.image(strip, width="content", output_format="PNG")
    at = ", ".join(str(int(i)) for i in prompt.strip_columns(steps))  # step 0 is the start noise
    st.caption(t("prompt.png_caption", levels=", ".join(f"{s:.3g}" for s in levels), at=at))
    download_png(strip, f"prompt-{digit}-w{guidance:g}-seed{seed}.png", key="prompt_png")

elif section == "tradeoff":
    with st.spinner(t("prompt.tradeoff_computing")):
        labels = tuple(figure_labels(figures.tradeoff_figure, "prompt.fig").items())
        figure = cached.prompt_tradeoff_figure(guidance, labels)
        _, accuracy = cached.prompt_judge()
    st.markdown(t("prompt.tradeoff_intro"))
    left, right = st.columns([3, 1])
    with left:
        chart(figure, key="prompt_tradeoff")
        st.caption(t("prompt.tradeoff_caption", n=prompt.TRADEOFF_N, steps=prompt.TRADEOFF_STEPS, low=prompt.LOW_NOISE))
    with right:
        # the label above as text, which wraps in the narrow column (a metric's own label is cut short)
        st.markdown(t("prompt.judge_accuracy"), help=t("prompt.judge_help"))
        st.metric(t("prompt.judge_accuracy"), f"{accuracy:.0%}", label_visibility="collapsed")
    # the reading below the chart at full width: in the narrow side column it ran about 8 characters a line
    st.markdown(t("prompt.tradeoff_reading", **prompt_off_range()))
    st.markdown(t("prompt.tradeoff_flat"))

elif section == "schools":
    st.markdown(t("prompt.schools_intro", k=SCHOOLS))
    school = choice(PROMPT_SCHOOL, "prompt.school", format_func=str, help=t("prompt.school_help"))
    with st.spinner(t("prompt.computing")):
        plane_labels = tuple(figure_labels(figures.guided_figure, "prompt.schools", x="axis.x1", y="axis.x2").items())
        curve_labels = tuple(figure_labels(figures.guided_curves, "prompt.schools", x="prompt.fig.x").items())
        plane = cached.schools_figure(school - 1, guidance, plane_labels)
        curves = cached.schools_curves_figure(school - 1, guidance, curve_labels)
        guided = cached.schools_guided(school - 1)
    row = guided.row(guidance)
    left, right = st.columns([3, 2])
    with left:
        chart(plane, key="prompt_schools")
        st.caption(t("prompt.schools_caption", n=guided.points.shape[1], w=guided.guidances[row]))
    with right:
        chart(curves, key="prompt_schools_curves")
        st.metric(t("prompt.schools.agreement"), f"{guided.agreement[row]:.0%}", help=t("prompt.schools_agree_help"))
        st.metric(t("prompt.schools.variety"), f"{guided.variety[row]:.1f}", help=t("prompt.schools_variety_help"))
    st.markdown(t("prompt.schools_reading"))

elif section == "noise":
    st.markdown(t("prompt.noise_intro"))
    with st.spinner(t("prompt.computing")):
        made = cached_handwriting.shared_noise(seed, steps, guidance)
        rows = cached_handwriting.shared_noise_png(seed, steps, guidance)
    st.image(rows, width="content", output_format="PNG")
    st.caption(t("prompt.noise_caption", rows=cached_handwriting.NOISE_ROWS, steps=steps, w=guidance))
    download_png(rows, f"same-noise-ten-prompts-seed{seed}.png", key="prompt_noise_png")
    carried = st.columns(len(made.shared))
    for column, name, shared, shuffled in zip(carried, STATISTICS, made.shared, made.shuffled, strict=True):
        column.metric(t(f"prompt.noise.{name}"), f"{shared:.2f}", help=t("prompt.noise_help"))
        column.caption(t("prompt.noise_shuffled", r=f"{shuffled:.2f}"))
    st.markdown(t("prompt.noise_reading", n=len(made.pictures)))

else:
    with st.spinner(t("prompt.copies_computing")):
        results = {kind: cached.prompt_copies(kind, request) for kind in ("learned", "memo")}
        reference = cached.prompt_held_out_distance()
        judge, accuracy = cached.prompt_judge()
    st.markdown(t("prompt.copies_intro", near=prompt.NEAR_COPY))
    for column, (kind, (pictures, _, distance, share)) in zip(st.columns(2), results.items(), strict=True):
        with column:
            st.markdown(f"**{t(f'prompt.copies.{kind}')}**")
            st.metric(t("prompt.copies_share"), f"{share:.0%}")
            st.caption(t("prompt.copies_pairs"))
            pairs = cached.prompt_copy_pairs(kind, request)
            reads = judging.readings(judge, pictures)
            # one small column per pair, so that each caption stays under its own pair (in one row of
            # images the captions ran together)
            for start in range(0, len(pairs), PAIRS_PER_ROW):
                for i, cell in enumerate(st.columns(PAIRS_PER_ROW), start=start):
                    if i < len(pairs):
                        caption = t("prompt.copies_pair", d=distance[i], read=reads[i])
                        cell.image(pairs[i], caption=caption, width="content", output_format="PNG")
            st.caption(t("prompt.copies_median", d=float(np.median(distance))))
            count = int(np.sum(reads == digit))
            st.caption(
                t(
                    "prompt.copies_judged",
                    count=count,
                    share=count / len(reads),
                    n=len(reads),
                    digit=digit,
                    shown=len(pairs),
                )
            )
    st.markdown(t("prompt.copies_eye", accuracy=accuracy))
    st.caption(t("prompt.copies_reference", d=reference))
    st.markdown(t("prompt.copies_why"))
