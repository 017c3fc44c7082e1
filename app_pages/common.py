"""Small layout pieces that several pages share (no maths here)."""

from collections.abc import Callable

import numpy as np
import pyarrow as pa
import streamlit as st

from painter import cached, images
from painter.frozen_figure import FrozenFigure, freeze, resized
from painter.glossary import PAGE_TERMS, TERM_KEYS, anchor
from painter.i18n import current_language, option_labels, t
from painter.model import COVARIANCE_TYPES
from painter.phone import for_phone, is_phone


def tex_int(n: int) -> str:
    """An integer with thousands separators, written so LaTeX keeps the commas tight."""
    return f"{n:,}".replace(",", "{,}")


def header(page: str) -> None:
    """The page's title and its one-sentence takeaway."""
    st.title(t(f"{page}.title"))
    st.markdown(f"#### {t(f'{page}.takeaway')}")
    words_on_this_page(page)


def words_on_this_page(page: str) -> None:
    """The words this page uses (:data:`painter.glossary.PAGE_TERMS`), each in plain terms, in a folded box.

    Folded so the page stays short (and hidden with the other controls in presenter
    mode); each word links to its entry in the glossary on the overview page.
    """
    keys = PAGE_TERMS.get(page, ())
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


def choice(text_key: str, options, key: str, where=st, **kwargs):
    """One of ``options`` as a row of buttons; returns the chosen option.

    Labelled ``t(text_key)``; option ``v`` is shown as ``t(f"{text_key}.{v}")``.
    The first option is chosen at first, and one is always chosen.
    """
    return where.segmented_control(
        t(text_key), options, default=options[0], format_func=option_labels(text_key), required=True, key=key, **kwargs
    )


def model_controls(left, right) -> tuple[int, str]:
    """The model's settings, drawn into two containers; returns (components, covariance type).

    The same keys on every page, kept for the whole session, so the model a
    visitor chose on one page is the one the next page shows.
    """
    n_components = left.slider(
        t("model.components"), 1, 8, 3, key="model_k", persist_state="session", help=t("model.components_help")
    )
    covariance_type = right.selectbox(
        t("model.covariance"),
        COVARIANCE_TYPES,
        key="model_cov",
        format_func=option_labels("model.cov"),
        persist_state="session",
        help=t("model.covariance_help"),
    )
    return n_components, covariance_type


def seed_controls(key: str) -> int:
    """A seed input with a "draw again" button beside it; returns the seed."""
    left, right = st.columns([1, 1], vertical_alignment="bottom")
    seed = left.number_input(
        t("common.seed"), 0, 2**31 - 1, key=key, persist_state="session", help=t("common.seed_help")
    )
    right.button(t("common.again"), on_click=reseed, args=(key,), key=f"{key}_again", type="primary", width="stretch")
    return int(seed)


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
    where.download_button(
        t("common.download_png"),
        data=picture if isinstance(picture, bytes) else lambda: images.png_bytes(picture()),
        file_name=file_name,
        mime="image/png",
        icon=":material/download:",
        on_click="ignore",
        key=key,
    )


def download_csv(text: Callable[[], str], file_name: str, key: str) -> None:
    """A button that downloads a CSV file, written by ``text()`` only when the button is clicked."""
    st.download_button(
        t("common.download_csv"),
        data=text,
        file_name=file_name,
        mime="text/csv",
        icon=":material/download:",
        on_click="ignore",
        key=key,
    )


#: Presenter mode: the session-state key (and URL parameter), and the figure height that,
#: with the title and the takeaway in large type, fits a 1280×720 projector without scrolling.
PRESENT_KEY = "present"
PRESENTER_HEIGHT = 430


def presenting() -> bool:
    """Whether this session shows the app as slides (see ``app.py``)."""
    return bool(st.session_state.get(PRESENT_KEY))


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
    elif is_phone(st.context.headers.get("User-Agent")):
        figure = FrozenFigure(for_phone(figure.to_dict()))
        kwargs.setdefault("config", {"displayModeBar": False})
    return where.plotly_chart(figure, key=key, alt=alt, **kwargs)
