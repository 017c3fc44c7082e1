"""painter: the entry point (`streamlit run app.py`).

This file only sets up what every page shares -- page config, the language
switch, the navigation -- and then runs the chosen page from ``app_pages/``.
"""

import streamlit as st

from app_pages import PAGES
from painter.i18n import LANGUAGE_KEY, LANGUAGES, language_for_locale, option_labels, t
from painter.warmup import warm_up


def choose_language() -> None:
    """Start from ?lang= (for shared links) or the browser's language, then let the visitor switch.

    The switch lives in the entry file so it runs on every page and keeps its
    value across page changes; its choice is written back to ``?lang=`` so a
    copied link opens in the same language.
    """
    if LANGUAGE_KEY not in st.session_state:
        requested = st.query_params.get(LANGUAGE_KEY)
        st.session_state[LANGUAGE_KEY] = requested if requested in LANGUAGES else language_for_locale(st.context.locale)
    with st.sidebar:
        st.segmented_control(
            t("app.language"),
            LANGUAGES,
            format_func=option_labels("app.language"),
            required=True,
            key=LANGUAGE_KEY,
        )
    if st.query_params.get(LANGUAGE_KEY) != st.session_state[LANGUAGE_KEY]:
        st.query_params[LANGUAGE_KEY] = st.session_state[LANGUAGE_KEY]


def main() -> None:
    st.set_page_config(page_title="painter", page_icon=":material/palette:", layout="wide")
    warm_up()  # once per server process; see painter/warmup.py
    choose_language()
    pages = [
        st.Page(path, title=t(f"nav.{key}"), icon=icon, url_path=None if key == "home" else key, default=key == "home")
        for key, path, icon in PAGES
    ]
    page = st.navigation(pages)
    with st.sidebar:
        st.caption(t("app.sidebar_note"))
    page.run()


main()
