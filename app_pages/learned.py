"""What a real model does: a network learns the score, memorises or generalises, and why compress first."""

import numpy as np
import streamlit as st

from app_pages import LEARNED_K, LEARNED_N, LEARNED_SECTION, LEARNED_SEED, LEARNED_SIGMA
from app_pages.common import chart, choice, figure_labels, header, seed_controls, slider
from painter import cached, compress, contest, diffusion, figures, learned
from painter.i18n import t

header("learned")
section = choice(LEARNED_SECTION, "learned.section", persist=False)


def trained(n: int, seed: int) -> None:
    """Train the network for (n, seed) under a progress bar, unless the server has it already."""
    if cached.trained_nets().ready(n, seed):
        return
    bar = st.progress(0.0, text=t("learned.training", n=n))

    def report(done: float, losses) -> None:
        if round(done * learned.EPOCHS) % 5 == 0:  # a message every 5 passes is enough to watch
            bar.progress(done, text=t("learned.training_loss", n=n, loss=float(losses[-1])))

    cached.trained_nets().net(n, seed, on_progress=report)
    bar.empty()


def network_settings(n_column, seed_column) -> tuple[int, int]:
    """The network's settings drawn into two columns, the number of works N and the seed; returns (N, seed).

    The network for them is trained (under a progress bar) before this returns.
    """
    n = slider(LEARNED_N, t("learned.n"), n_column, help=t("learned.n_help"))
    with seed_column:
        seed = seed_controls(LEARNED_SEED)
    trained(n, seed)
    return n, seed


def moved_chart(n: int, seed: int) -> None:
    """The works moved from the same noise by the learned score and by the exact one (two sections show it)."""
    labels = figure_labels(figures.moved_figure, "learned.fig", x="axis.x1", y="axis.x2")
    chart(cached.learned_moved_figure(n, seed, tuple(labels.items())), key="learned_moved")


try:
    if section == "score":
        st.markdown(t("learned.score_intro"))
        controls = st.columns([4, 4, 3])
        sigma = slider(LEARNED_SIGMA, t("learned.sigma"), controls[1], help=t("learned.sigma_help"))
        n, seed = network_settings(controls[0], controls[2])
        arrows, moved = st.columns(2)
        with arrows:
            st.markdown(f"**{t('learned.arrows_title', sigma=sigma)}**")
            chart(
                cached.learned_arrows_figure(
                    n,
                    seed,
                    float(sigma),
                    tuple(figure_labels(figures.arrows_figure, "learned.fig", x="axis.x1", y="axis.x2").items()),
                ),
                key="learned_arrows",
            )
            st.caption(t("learned.arrows_caption"))
        with moved:
            st.markdown(f"**{t('learned.moved_title')}**")
            moved_chart(n, seed)
            (ode_max, low), (langevin_max, _) = diffusion.SIGMA_RANGE["ode"], diffusion.SIGMA_RANGE["langevin"]
            st.caption(
                t(
                    "learned.moved_caption",
                    points=learned.POINTS,
                    smax=f"{ode_max:.0f}",
                    smin=f"{low:g}",
                    langevin_max=f"{langevin_max:.0f}",
                )
            )
        st.subheader(t("learned.loss_title"))
        left, right = st.columns([3, 2])
        with left:
            chart(
                cached.learned_loss_figure(n, seed, tuple(figure_labels(figures.loss_figure, "learned.fig").items())),
                key="learned_loss",
            )
        with right:
            net = cached.trained_nets().net(n, seed)
            st.metric(t("learned.loss_now"), f"{net.losses[-1]:.3f}", help=t("learned.loss_help"))
            base = cached.learned_unlearned_loss(n, seed)  # once per (N, seed), not every rerun
            floor = cached.learned_floor_loss(n, seed)
            st.markdown(
                t(
                    "learned.loss_text",
                    passes=learned.EPOCHS,
                    size=learned.PASS_SIZE,
                    # all three as shown, to 3 decimals, so that base − drop = now holds on the page
                    base=f"{base:.3f}",
                    now=f"{net.losses[-1]:.3f}",
                    drop=f"{round(base, 3) - round(float(net.losses[-1]), 3):.3f}",
                    floor=f"{floor:.3f}",
                )
            )
        st.markdown(t("learned.network_note"))

    elif section == "memorise":
        st.markdown(t("learned.memorise_intro"))
        n, seed = network_settings(*st.columns([5, 3]))
        own, fresh = cached.learned_copying(n, seed)
        left, right = st.columns([2, 3])
        with left:
            st.metric(t("learned.to_own"), f"{own:.1f}", help=t("learned.distance_help"))
            st.metric(t("learned.fresh"), f"{fresh:.1f}", help=t("learned.distance_help"))
            # step 5's median of its unseen works, computed as step 5 shows it, not typed in
            step5 = float(np.median(cached.unseen_works_distances()))
            st.caption(t("learned.fresh_note", fresh=f"{fresh:.1f}", step5=f"{step5:.1f}"))
            if own < 0.5 * fresh:
                st.markdown(t("learned.copy_reading", n=n))
            else:
                st.markdown(t("learned.new_reading", n=n))
        with right:
            moved_chart(n, seed)
        st.subheader(t("learned.halves_title"))
        with st.spinner(t("learned.halves_computing")):
            figure = cached.learned_halves_figure(
                0, tuple(figure_labels(figures.halves_figure, "learned.halves").items())
            )
        chart(figure, key="learned_halves")
        small, large = learned.HALVES_SIZES[0], learned.HALVES_SIZES[-1]
        st.caption(
            t(
                "learned.halves_caption",
                sizes=", ".join(str(s) for s in learned.HALVES_SIZES),
                largest=large,
                extra=2 * large - contest.ARTISTS,
            )
        )
        medians = {size: cached.learned_halves(size, 0).medians() for size in learned.HALVES_SIZES}  # the figure's
        ends = {}
        for name, size in (("small", small), ("large", large)):
            own, fresh, between = medians[size]
            ends |= {
                name: size,
                f"own_{name}": f"{own:.1f}",
                f"fresh_{name}": f"{fresh:.1f}",
                f"between_{name}": f"{between:.1f}",
            }
        # the orange line's highest point between the ends (it rises before it falls)
        peak = max(learned.HALVES_SIZES[1:-1], key=lambda size: medians[size][0])
        ends |= {"peak": peak, "own_peak": f"{medians[peak][0]:.1f}", "fresh_peak": f"{medians[peak][1]:.1f}"}
        st.markdown(t("learned.halves_reading", **ends))

    else:
        st.markdown(t("learned.compress_intro"))
        k = choice(LEARNED_K, "learned.k", format_func=str, help=t("learned.k_help"))
        with st.spinner(t("learned.compress_computing")):
            figure = cached.compression_figure(
                k, tuple(figure_labels(figures.compress_figure, "learned.compress").items())
            )
            real, rebuilt, drawn = cached.compression_pictures(k)
            made = cached.compression(k)
        pictures, curves = st.columns([2, 3])
        with pictures:
            for title, png in ((t("learned.real"), real), (t("learned.rebuilt", k=k), rebuilt)):
                st.markdown(f"**{title}**")
                st.image(png, width="content", output_format="PNG")
            st.markdown(f"**{t('learned.drawn', k=k)}**")
            st.image(drawn, width="content", output_format="PNG")
            st.metric(t("learned.error"), f"{made.error:.1f}")
            st.metric(t("learned.quality"), f"{made.quality:.0%}", help=t("learned.quality_help"))
        with curves:
            chart(figure, key="learned_compress")
            st.caption(t("learned.compress_caption", dims=", ".join(str(d) for d in compress.DIMS)))
        st.markdown(t("learned.compress_reading"))
except ValueError:  # only a forged value gets here: the widgets allow none
    st.warning(t("learned.bad_input"))
