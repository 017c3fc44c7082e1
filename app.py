"""painter: the entry point (`streamlit run app.py`).

This file only sets up what every page shares -- page config, the language
switch, the navigation -- and then runs the chosen page from ``app_pages/``.
"""

import streamlit as st

from app_pages import PAGES
from painter.i18n import LANGUAGE_KEY, LANGUAGES, language_for_locale, t


def main() -> None:
    st.set_page_config(page_title="painter", page_icon=":material/palette:", layout="wide")

    # The switch lives in the entry file so it runs on every page and keeps its
    # value across page changes; bound to ?lang= so a shared link keeps it too.
    with st.sidebar:
        st.segmented_control(
            t("app.language"),
            LANGUAGES,
            default=language_for_locale(st.context.locale),
            format_func=lambda code: t(f"app.language.{code}"),
            required=True,
            key=LANGUAGE_KEY,
            bind="query-params",
        )

    pages = [
        st.Page(path, title=t(f"nav.{key}"), icon=icon, url_path=None if key == "home" else key, default=key == "home")
        for key, path, icon in PAGES
    ]
    page = st.navigation(pages)
    with st.sidebar:
        st.caption(t("app.sidebar_note"))
    page.run()


main()
