"""Watch the mixture learn, choose the model, add your own works, turn the temperature dial."""

import functools

import numpy as np
import streamlit as st

from app_pages import (
    CHOOSE_METRIC,
    EM_COV,
    EM_INIT,
    EM_K,
    EM_SEED,
    MODEL_COV,
    MODEL_K,
    TEMPERATURE,
    TEMPERATURE_SEED,
    TRAINING_SECTION,
    nav_title,
    page,
)
from app_pages.common import (
    chart,
    choice,
    download_csv,
    figure_labels,
    header,
    model_controls,
    number_input,
    seed_and_model_settings,
    select,
    slider,
    works_strip,
)
from painter import cached, contest, figures, own_works, selection
from painter.frozen_figure import freeze
from painter.i18n import t
from painter.model import COVARIANCE_TYPES

OWN_WORKS = "own_works"  # this session's works: in session state only, never in a shared cache

header("training")
section = choice(TRAINING_SECTION, "training.section", label_visibility="collapsed")


def watch_em() -> None:
    st.markdown(t("training.em.intro"))
    controls = st.columns(4)
    n_components, covariance_type = model_controls(controls[0], controls[1], EM_K, EM_COV)
    init = select(EM_INIT, t("training.em.init"), "training.em.init", controls[2], help=t("training.em.init_help"))
    seed = number_input(EM_SEED, t("common.seed"), controls[3], help=t("common.seed_help"))
    labels = figure_labels(
        figures.em_figure,
        "training.em.fig",
        x="axis.x1",
        y="axis.x2",
        component="learn.fig.component",
    )
    with st.spinner(t("training.em.running")):
        steps = cached.em_run(n_components, covariance_type, init, int(seed))
        figure = cached.em_figure(n_components, covariance_type, init, int(seed), tuple(sorted(labels.items())))
    chart(figure, key="em_plane")
    first, last = steps[0].log_likelihood, steps[-1].log_likelihood
    st.caption(t("training.em.caption", n=len(steps) - 1, first=first, last=last))


def apply_setting(n_components: int, covariance_type: str) -> None:
    """Button callback: hand the chosen setting to the Learn page (its widgets read these keys)."""
    st.session_state[MODEL_K.key] = n_components
    st.session_state[MODEL_COV.key] = covariance_type


def choose_model() -> None:
    st.markdown(t("training.choose.intro"))
    metric = choice(CHOOSE_METRIC, "training.choose.metric", persist=False)
    with st.spinner(t("training.choose.scoring")):
        scores = cached.model_scores()
    row, column = selection.best_setting(scores, metric)
    best_cov, best_k = COVARIANCE_TYPES[row], int(scores["components"][column])
    labels = {
        "x": t("model.components"),
        "y": t(f"training.choose.metric.{metric}"),
        "best": t("training.choose.best"),
        "hover": t("training.choose.hover"),
        "types": [t(f"model.cov.{c}") for c in COVARIANCE_TYPES],
    }
    chart(cached.scores_figure(metric, labels), key="choose_chart")
    cov_name = t(f"model.cov.{best_cov}")
    # BIC and AIC add the log-likelihood up over every work: the best setting's numbers say why they run into thousands
    n_works, average = len(cached.works()), cached.works_log_likelihood(best_k, best_cov)
    st.caption(
        t(
            f"training.choose.note.{metric}",
            k=best_k,
            cov=cov_name,
            n=n_works,
            ll=average,
            total=n_works * average,
            twice=-2 * n_works * average,
        )
    )
    st.markdown(t("training.choose.best_text", k=best_k, cov=cov_name))
    left, right = st.columns(2, vertical_alignment="center")
    left.button(
        t("training.choose.apply", k=best_k, cov=cov_name),
        on_click=apply_setting,
        args=(best_k, best_cov),
        key="choose_apply",
        type="primary",
        icon=":material/check:",
    )
    learn = page("learn")
    right.page_link(learn.path, label=nav_title(learn.key), icon=learn.icon)

    st.subheader(t("training.choose.fit_title"))
    thumbnail_labels = figure_labels(figures.thumbnail_figure, "", x="axis.x1", y="axis.x2")
    st.markdown(t("training.choose.fit_text"))
    held_out = scores["held_out"][COVARIANCE_TYPES.index("full")]  # the thumbnails' full-shape models
    for column, k in zip(st.columns(3), (1, 3, 8), strict=True):
        column.markdown(f"**{t(f'training.choose.thumb.{k}')}**")
        chart(cached.thumbnail_figure(k, thumbnail_labels), key=f"choose_thumb_{k}", where=column)
        score = held_out[list(scores["components"]).index(k)]
        column.caption(t("training.choose.thumb_score", ll=f"{score:.2f}"))
    st.markdown(t("training.choose.fit_look", **eight_in_three()))


def eight_in_three() -> dict[str, str | int]:
    """The caption's numbers: how the 8-component fit shares out the 3 schools."""
    places = cached.shared_schools(8, 3)
    values: dict[str, str | int] = {"smallest": f"{100 * places['smallest'][1]:.0f}"}
    for name in ("bottom", "left", "right"):
        count, total = places[name]
        values[f"n_{name}"], values[f"share_{name}"] = count, f"{100 * total:.0f}"
    return values


def current_works() -> np.ndarray:
    if OWN_WORKS not in st.session_state:
        st.session_state[OWN_WORKS] = np.array(cached.works())  # a private, writable copy
    return st.session_state[OWN_WORKS]


def add_typed_work() -> None:
    state = st.session_state
    state[OWN_WORKS] = own_works.add_work(current_works(), state["own_x1"], state["own_x2"])


def add_clicked_work(layer: int) -> None:
    """Add a work where the visitor clicked the invisible grid (trace ``layer``), not on a drawn point."""
    for point in st.session_state["own_plane"].selection.get("points", []):
        if point.get("curve_number") == layer:
            st.session_state[OWN_WORKS] = own_works.add_work(current_works(), point["x"], point["y"])


def apply_preset(name: str) -> None:
    st.session_state[OWN_WORKS] = own_works.apply_preset(current_works(), name, cached.works())


def your_own_works() -> None:
    st.markdown(t("training.own.intro"))
    works = current_works()
    controls = st.columns([2, 2, 2, 3, 3], vertical_alignment="bottom")
    controls[0].number_input(t("training.own.x1"), 0, 255, 40, key="own_x1")
    controls[1].number_input(t("training.own.x2"), 0, 255, 220, key="own_x2")
    controls[2].button(
        t("training.own.add"), on_click=add_typed_work, key="own_add", icon=":material/add:", width="stretch"
    )
    n_components, covariance_type = model_controls(controls[3], controls[4])
    presets = st.columns(len(own_works.PRESETS))
    for column, name in zip(presets, own_works.PRESETS, strict=True):
        column.button(
            t(f"training.own.preset.{name}"),
            on_click=apply_preset,
            args=(name,),
            key=f"own_preset_{name}",
            width="stretch",
            help=t(f"training.own.preset_help.{name}"),
        )
    st.metric(t("training.own.count"), f"{len(works):,}")
    if len(works) >= own_works.MAX_WORKS:
        st.info(t("training.own.full", most=own_works.MAX_WORKS), icon=":material/info:")
    labels = figure_labels(figures.density_figure, "learn.fig", x="axis.x1", y="axis.x2", works="training.own.works")
    labels["hover_click"] = t("training.own.hover_click")
    need = max(n_components, 2)  # a mixture needs two works at the least, and one per component
    if len(works) < need:
        st.info(t("training.own.too_few", n=len(works), k=n_components, need=need), icon=":material/info:")
        new_works = None
        # no model yet: the works alone, on the clickable plane
        figure = freeze(
            figures.unfitted_figure(works, labels=labels, extra=[figures.click_layer(labels["hover_click"])])
        )
    else:
        digest = own_works.works_digest(works)
        with st.spinner(t("training.own.fitting")):
            figure = cached.own_figure(digest, works, n_components, covariance_type, labels)
            new_works = cached.own_draws(digest, works, n_components, covariance_type)
    chart(
        figure,
        key="own_plane",
        on_select=functools.partial(add_clicked_work, len(figure.data) - 1),  # the click layer is drawn last
        selection_mode="points",
    )
    if new_works is not None:  # the caption explains contours and new works: there are none before a model
        st.caption(t("training.own.caption"))
    if new_works is not None:  # headed, so they are not taken for the visitor's own works
        st.markdown(f"**{t('training.own.strip_title', n=len(new_works))}**")
        works_strip(new_works)
    download_csv(lambda: contest.works_csv(works), "my-works.csv", key="own_csv")


def temperature() -> None:
    st.markdown(t("training.temp.intro"))
    controls = st.columns([4, 4])
    temp = slider(TEMPERATURE, t("training.temp.dial"), controls[0], persist=False, help=t("training.temp.dial_help"))
    seed, n_components, covariance_type = seed_and_model_settings(
        TEMPERATURE_SEED, controls[1], t("style.model_settings")
    )
    temp = round(float(temp), 2)
    with st.spinner(t("learn.fitting")):
        cached.model(n_components, covariance_type)
    new_works = cached.tempered_works(n_components, covariance_type, temp, 15, seed)
    labels = figure_labels(figures.density_figure, "learn.fig", x="axis.x1", y="axis.x2")
    chart(cached.tempered_figure(n_components, covariance_type, temp, 15, seed, labels), key="temp_plane")
    st.markdown(t("training.temp.state", temp=temp))
    works_strip(new_works)
    st.markdown(t("training.temp.generators"))


{"em": watch_em, "choose": choose_model, "own": your_own_works, "temperature": temperature}[section]()
