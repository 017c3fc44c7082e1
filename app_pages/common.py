"""Small layout pieces that several pages share (no maths here)."""

from collections.abc import Callable

import numpy as np
import pyarrow as pa
import streamlit as st

from app_pages import MODEL_COV, MODEL_K, page_title
from app_pages import page as registered
from painter import cached, images
from painter.frozen_figure import FrozenFigure, freeze, resized
from painter.glossary import TERM_KEYS, anchor
from painter.i18n import CATALOGUES, current_language, option_labels, t
from painter.phone import for_phone, is_phone
from painter.urlstate import Param


def tex_int(n: int) -> str:
    """An integer with thousands separators, written so LaTeX keeps the commas tight."""
    return f"{n:,}".replace(",", "{,}")


def header(page: str) -> None:
    """The page's title and its one-sentence takeaway."""
    st.title(page_title(page))
    st.markdown(f"#### {t(f'{page}.takeaway')}")
    words_on_this_page(page)


def words_on_this_page(page: str) -> None:
    """The words this page uses (its :attr:`~app_pages.Page.terms`), each in plain terms, in a folded box.

    Folded so the page stays short (and hidden with the other controls in presenter
    mode); each word links to its entry in the glossary on the overview page.
    """
    keys = registered(page).terms
    if not keys:
        return
    link = f"./?lang={current_language()}"
    with st.expander(t("glossary.on_this_page"), icon=":material/menu_book:"):
        st.markdown(
            "\n".join(
                f"- **{t(f'glossary.{key}.name')}**: {t(f'glossary.{key}.short')} "
                f"([{t('glossary.more')}]({link}#{anchor(key)}))"
                for key in keys
            )
        )


def for_the_curious(page: str) -> None:
    """A folded "For the curious" box at the page's end: its sources and how it is made (``curious.<page>``).

    Citations, library names and implementation notes live here, so the page's own sentences
    need none of them. A page without such notes shows nothing; presenter mode shows nothing.
    """
    key = f"curious.{page}"
    if presenting() or key not in CATALOGUES[current_language()]:
        return
    with st.expander(t("curious.title"), icon=":material/science:"):
        st.markdown(t(key))


def glossary() -> None:
    """The glossary: every term, in plain terms, each under a heading that the pages link to.

    Left out of presenter mode, where the overview is a slide.
    """
    if presenting():
        return
    st.header(t("glossary.title"), anchor="glossary")
    st.caption(t("glossary.intro"))
    for key in TERM_KEYS:
        st.subheader(t(f"glossary.{key}.name"), anchor=anchor(key))
        st.markdown(t(f"glossary.{key}.short"))


def reseed(key: str) -> None:
    """Button callback: move a seed input on by one, so "draw again" gives new pictures."""
    st.session_state[key] = st.session_state.get(key, 0) + 1


def _persist(persist: bool) -> str | None:
    return "session" if persist else None


def slider(param: Param, label: str, where=st, *, persist: bool = True, **kwargs):
    """A slider for the setting ``param``: its range, step, default and key come from the declaration.

    ``persist`` keeps the value for the whole session, across pages.
    """
    return _ranged(where.slider, param, label, param.step, persist, kwargs)


def number_input(param: Param, label: str, where=st, *, persist: bool = True, **kwargs):
    """A number input for the setting ``param`` (range, step, default and key from the declaration)."""
    return _ranged(
        where.number_input, param, label, param.step or (1 if param.kind == "int" else None), persist, kwargs
    )


def _ranged(widget, param: Param, label: str, step, persist: bool, kwargs: dict):
    """``widget`` (a slider or a number input) with ``param``'s range, default and key."""
    return widget(
        label, param.low, param.high, param.default, step=step, key=param.key, persist_state=_persist(persist), **kwargs
    )


def toggle(param: Param, label: str, where=st, *, persist: bool = True, **kwargs) -> bool:
    """A switch for the setting ``param``."""
    return where.toggle(label, param.default, key=param.key, persist_state=_persist(persist), **kwargs)


def select(param: Param, label: str, option_prefix: str | None = None, where=st, *, persist: bool = True, **kwargs):
    """A drop-down of ``param``'s choices; choice ``v`` reads ``t(f"{prefix}.{v}")``, the prefix being
    the Param's declared ``labels`` (or ``option_prefix`` for a Param that declares none), unless
    ``format_func`` says otherwise."""
    options = param.choices
    return where.selectbox(
        label,
        options,
        index=options.index(param.default),
        key=param.key,
        persist_state=_persist(persist),
        **({"format_func": option_labels(param.labels or option_prefix)} | kwargs),
    )


def choice(param: Param, text_key: str, where=st, *, persist: bool = True, **kwargs):
    """One of ``param``'s choices as a row of buttons; returns the chosen one.

    Labelled ``t(text_key)``; choice ``v`` is shown as ``t(f"{prefix}.{v}")``, the prefix being the
    Param's declared ``labels`` (else ``text_key``), unless ``format_func`` says otherwise. One is
    always chosen (the declared default at first, unless ``default`` is given: a default the page
    works out).
    """
    return where.segmented_control(
        t(text_key),
        param.choices,
        required=True,
        key=param.key,
        persist_state=_persist(persist),
        **({"default": param.default, "format_func": option_labels(param.labels or text_key)} | kwargs),
    )


def model_controls(left, right, k: Param = MODEL_K, cov: Param = MODEL_COV) -> tuple[int, str]:
    """The model's settings, drawn into two containers; returns (components, covariance type).

    By default the same keys on every page, kept for the whole session, so the
    model a visitor chose on one page is the one the next page shows.
    """
    n_components = slider(k, t("model.components"), left, help=t("model.components_help"))
    covariance_type = select(cov, t("model.covariance"), "model.cov", right, help=t("model.covariance_help"))
    return n_components, covariance_type


def seed_controls(param: Param) -> int:
    """A seed input with a "draw again" button beside it; returns the seed."""
    left, right = st.columns([1, 1], vertical_alignment="bottom")
    seed = number_input(param, t("common.seed"), left, help=t("common.seed_help"))
    right.button(
        t("common.again"), on_click=reseed, args=(param.key,), key=f"{param.key}_again", type="primary", width="stretch"
    )
    return int(seed)


def seed_and_model_settings(seed: Param, where, settings_label: str) -> tuple[int, int, str]:
    """A seed input drawn into ``where``, and the model's settings in a popover labelled ``settings_label``.

    Returns
    -------
    seed, n_components, covariance_type : int, int, str
    """
    with where:
        chosen = seed_controls(seed)
    with st.popover(settings_label, icon=":material/tune:"):
        n_components, covariance_type = model_controls(st, st)
    return chosen, n_components, covariance_type


def figure_labels(figure, prefix: str, **shared: str) -> dict[str, str]:
    """The translated labels ``figure`` declares (``figure.labels``, see :func:`painter.figures.theme.labelled`).

    Label ``k`` is the text ``{prefix}.{k}``, or ``shared[k]`` for a text the
    page shares with other figures (the axes, for example).
    """
    return {key: t(shared.get(key, f"{prefix}.{key}")) for key in figure.labels}


def noted_metric(label: str, value: str, note: str, where=st, **kwargs) -> None:
    """A metric with a note under its value, in grey and without an arrow: a fact, not a rise or a fall."""
    where.metric(label, value, note, delta_color="off", delta_arrow="off", **kwargs)


def table(columns: dict[str, list], where=st, *, static: bool = False, **kwargs) -> None:
    """A table of named columns: scrollable (``st.dataframe``), or ``static`` (``st.table``).

    Handed to Streamlit as an Arrow table: a dict or a DataFrame would go
    through pandas on every run, which costs more than the rest of a small page.
    """
    if static:
        where.table(pa.table(columns))
    else:
        where.dataframe(pa.table(columns), hide_index=True, **kwargs)


def works_strip(works, where=st, *, scale: int = 24, per_row: int = 12) -> bytes:
    """2-pixel works as a strip of crisp 1×2 pictures; returns its PNG (for :func:`download_png`).

    The PNG is encoded once per set of works (:func:`painter.cached.works_strip_png`).
    """
    png = cached.works_strip_png(np.asarray(works, dtype=float), scale, per_row)
    where.image(png, width="content", output_format="PNG")  # "auto" would re-encode it as a blurry JPEG
    return png


def download_png(picture: bytes | Callable[[], np.ndarray], file_name: str, key: str, where=st) -> None:
    """A button that downloads a lossless PNG: ``picture`` is PNG bytes already made, or a function
    that makes the pixels, called (and its result encoded) only when the button is clicked."""
    data = picture if isinstance(picture, bytes) else lambda: images.png_bytes(picture())
    _download(t("common.download_png"), data, file_name, "image/png", key, where)


def download_csv(text: Callable[[], str], file_name: str, key: str) -> None:
    """A button that downloads a CSV file, written by ``text()`` only when the button is clicked."""
    _download(t("common.download_csv"), text, file_name, "text/csv", key, st)


def download_text(label: str, text: Callable[[], str], file_name: str) -> None:
    """A button labelled ``label`` that downloads a plain-text file, written by ``text()`` only when clicked."""
    _download(label, text, file_name, "text/plain", None, st)


def _download(label: str, data, file_name: str, mime: str, key: str | None, where) -> None:
    where.download_button(
        label, data=data, file_name=file_name, mime=mime, icon=":material/download:", on_click="ignore", key=key
    )


#: Presenter mode: the session-state key (and URL parameter), and the figure height that,
#: with the title and the takeaway in large type, fits a 1280×720 projector without scrolling.
PRESENT_KEY = "present"
PRESENTER_HEIGHT = 430


def presenting() -> bool:
    """Whether this session shows the app as slides (see ``app.py``)."""
    return bool(st.session_state.get(PRESENT_KEY))


#: This session's browser is a phone or not: read from its user agent once, since a session keeps its browser
#: (reading the request's headers costs more than drawing a small chart).
PHONE_KEY = "_phone"


def on_phone() -> bool:
    """Whether this session's browser is a phone (:func:`painter.phone.is_phone` of its user agent)."""
    if PHONE_KEY not in st.session_state:
        st.session_state[PHONE_KEY] = is_phone(st.context.headers.get("User-Agent"))
    return st.session_state[PHONE_KEY]


def chart(figure: FrozenFigure | dict, key: str, where=st, **kwargs):
    """Draw a figure (a frozen one, or a spec from :mod:`painter.figures`) with its text alternative.

    The text alternative is the catalogue entry ``alt.<key>`` (a trailing
    ``_<number>`` is ignored, so a row of small charts shares one text). A spec
    is frozen first (:func:`~painter.frozen_figure.freeze`), so Plotly never
    re-checks it. In presenter mode the figure is sized for the projector; a
    shared cached figure is never changed: a resized copy is drawn. On a phone
    (known by its user agent) the figure is reshaped for a narrow touch screen
    (:func:`painter.phone.for_phone`) and drawn without Plotly's toolbar.
    """
    alt = t(f"alt.{key.rstrip('0123456789').rstrip('_')}")
    if not isinstance(figure, FrozenFigure):
        figure = freeze(figure)
    if presenting():
        figure = resized(figure, PRESENTER_HEIGHT)
    elif on_phone():
        figure = FrozenFigure(for_phone(figure.to_dict()))
        kwargs.setdefault("config", {"displayModeBar": False})
    return where.plotly_chart(figure, key=key, alt=alt, **kwargs)
