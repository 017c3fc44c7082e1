"""Beyond 2 pixels: the same idea on real 8×8 pictures (scikit-learn's handwritten digits)."""

import numpy as np
import streamlit as st

from app_pages import DIGITS_INDEX, DIGITS_K, DIGITS_MASK, DIGITS_SECTION, DIGITS_SEED, nav_title, page
from app_pages.common import chart, choice, figure_labels, header, number_input, seed_controls
from painter import cached, digits, figures, images, neighbours
from painter.i18n import t

N_SHOWN = 16
#: Drawn digits compared with the training set (the histogram); N_PAIRS of them are shown, at even steps of their
#: distance from the closest to the farthest, so the pairs shown agree with the median printed beside them.
N_COMPARED = 300
N_PAIRS = 12

header("digits")
train, held_out = cached.digits_split()

# Every candidate is fitted once for the whole server; only the very first visit waits.
progress = st.empty()
models = {}
for i, k in enumerate(digits.CANDIDATES):
    progress.progress(i / len(digits.CANDIDATES), text=t("digits.fitting", k=k, n=len(train)))
    models[k] = cached.digits_model(k)
progress.empty()
best = digits.best_by_bic(models)

section = choice(DIGITS_SECTION, "digits.section", persist=False)
controls = st.columns([3, 3])
# no fixed default: the number of components BIC prefers
n_components = choice(
    DIGITS_K,
    "digits.components",
    controls[0],
    persist=False,
    default=best,
    format_func=str,
    help=t("digits.components_help", best=best),
)
with controls[1]:
    seed = seed_controls(DIGITS_SEED)
fitted = models[n_components]
st.caption(
    t(
        "digits.model_note",
        n=len(train),
        m=len(held_out),
        dims=digits.PCA_DIMS,
        kept=cached.digits_variance_kept(),
        best=best,
    )
)

if section == "real":
    rng = np.random.default_rng(seed)
    real = held_out[rng.choice(len(held_out), N_SHOWN, replace=False)]
    drawn = digits.sample(fitted, N_SHOWN, rng)
    noise = images.random_pictures(N_SHOWN, digits.SIDE, digits.SIDE, False, rng).reshape(N_SHOWN, -1)
    for column, (key, pictures) in zip(
        st.container(key=page("digits").main_figure).columns(3),  # the three grids: the main figure
        (("real", real), ("drawn", drawn), ("noise", noise)),
        strict=True,
    ):
        column.markdown(f"**{t(f'digits.grid.{key}')}**")
        column.image(digits.tile(pictures, per_row=4, scale=10), width="content", output_format="PNG")
        column.caption(t(f"digits.grid.{key}_caption"))

    learned = cached.digits_bits_per_pixel(n_components)
    metrics = st.columns(2)
    metrics[0].metric(
        t("digits.bpp.learned"),
        f"{learned:.2f}",
        f"{learned - 8.0:+.2f}",  # a signed number, so Streamlit points the arrow the right way in every language
        delta_color="inverse",
        help=t("digits.bpp.help"),
    )
    metrics[1].metric(t("digits.bpp.uniform"), f"{8.0:.2f}")
    st.markdown(t("digits.bpp.meaning", saved=8.0 - learned, power=(8.0 - learned) * 64 * np.log10(2.0)))

elif section == "copies":
    drawn = digits.sample(fitted, N_COMPARED, np.random.default_rng(seed))
    index, distance = neighbours.nearest(drawn, train)
    unseen = cached.digits_held_out_distances()
    shown = np.argsort(distance, kind="stable")[np.linspace(0, len(distance) - 1, N_PAIRS).round().astype(int)]
    st.markdown(t("digits.copies.intro"))
    st.image(
        [digits.tile([drawn[i], train[index[i]]], per_row=2, scale=8) for i in shown],
        caption=[t("digits.copies.pair", d=distance[i]) for i in shown],
        width="content",
        output_format="PNG",
    )
    st.caption(
        t(
            "digits.copies.pair_caption",
            n=len(distance),
            shown=N_PAIRS,
            step=(len(distance) - 1) / (N_PAIRS - 1),
            low=distance.min(),
            high=distance.max(),
            median=np.median(distance),
        )
    )
    left, right = st.columns([3, 2])
    with left:
        labels = figure_labels(figures.distance_histogram, "digits.copies.fig")
        chart(figures.distance_histogram(distance, unseen, labels=labels), key="digits_distances")
    with right:
        st.metric(t("digits.copies.median_drawn"), f"{np.median(distance):.0f}")
        st.metric(t("digits.copies.median_unseen"), f"{np.median(unseen):.0f}")
        st.metric(
            t("digits.copies.closest"), f"{distance.min():.0f}", help=t("digits.copies.closest_help", n=len(distance))
        )
        st.markdown(t("digits.copies.verdict", dims=digits.PCA_DIMS))

else:
    left, right = st.columns([2, 3])
    index_help = t("digits.inpaint.index_help", m=len(held_out), last=len(held_out) - 1)
    index = int(number_input(DIGITS_INDEX, t("digits.inpaint.index"), left, persist=False, help=index_help))
    kind = choice(DIGITS_MASK, "digits.inpaint.mask", right, persist=False)
    box = None
    if kind == "box":
        rows_col, cols_col = st.columns(2)
        rows = rows_col.slider(t("digits.inpaint.rows"), 0, 7, (2, 5), key="digits_rows")
        cols = cols_col.slider(t("digits.inpaint.cols"), 0, 7, (2, 5), key="digits_cols")
        box = (*rows, *cols)
    try:
        hidden = digits.mask(kind, box)
    except ValueError:
        st.warning(t("digits.inpaint.all_hidden"))
        st.stop()
    truth = held_out[index]
    complete = cached.digits_inpainter(n_components, kind, box)
    completions = complete(truth, N_SHOWN, np.random.default_rng(seed))
    digit = cached.prompt_data()[3][index]  # the held-out labels, split as the pictures are
    columns = st.columns([1, 1, 4])
    # An exact width for both: with "content" a wider caption stretched its picture beyond the other.
    for column, picture, caption in (
        (columns[0], truth, t("digits.inpaint.truth", digit=digit)),
        (columns[1], digits.hide(truth, hidden), t("digits.inpaint.shown")),
    ):
        tile = digits.tile([picture], scale=12)
        column.image(tile, caption=caption, width=tile.shape[1], output_format="PNG")
    columns[2].image(
        digits.tile(completions, per_row=8, scale=8, hidden=hidden),  # large enough to judge each completion
        caption=t("digits.inpaint.completions", n=N_SHOWN, hidden=int(hidden.sum())),
        width="content",
        output_format="PNG",
    )
    st.caption(t("digits.inpaint.caption", dims=digits.PCA_DIMS))
    st.markdown(t("digits.inpaint.link"))
    style = page("style")
    st.page_link(style.path, label=nav_title(style.key), icon=style.icon)
