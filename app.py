"""painter: the entry point (`streamlit run app.py`).

This file only sets up what every page shares -- page config, the language
switch, the navigation, the settings carried by the URL, the way to the
previous and next step -- and then runs the chosen page from ``app_pages/``.
"""

from urllib.parse import urlencode

import streamlit as st

from app_pages import nav_title, page, story
from app_pages.common import PRESENT_KEY, for_the_curious, presenting
from painter import urlstate
from painter.i18n import LANGUAGE_KEY, LANGUAGES, language_for_locale, option_labels, t
from painter.phone import PHONE_CSS
from painter.warmup import start_in_background, warm_up


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


#: Labels Streamlit keeps on one line wrap instead of being cut off or running past a phone's edge: a step
#: card's link, a metric's label and its note. Static CSS written here, never built from anything a visitor sends.
WRAP_CSS = """<style>
[data-testid="stMain"] [data-testid="stPageLink-NavLink"] :is(span, p) { white-space: normal; }
[data-testid="stMain"] :is([data-testid="stMetricLabel"], [data-testid="stMetricDelta"]) :is(div, p, label) {
  white-space: normal; overflow-wrap: anywhere;
}
</style>"""
#: Presenter mode's look: large type and a tight page so a figure fits a projector.
#: Static CSS written here, never built from anything a visitor sends.
PRESENTER_CSS = """<style>
html { font-size: 19px; }
[data-testid="stMainBlockContainer"] { padding-top: 2rem; padding-bottom: 1rem; max-width: 100%; }
[data-testid="stMain"] [data-testid="stCaptionContainer"] { display: none; }
</style>"""
#: ... and its controls tucked away until the presenter asks for them.
HIDDEN_CONTROLS_CSS = """<style>
[data-testid="stMain"] :is([data-testid="stSlider"], [data-testid="stNumberInput"], [data-testid="stSelectbox"],
  [data-testid="stButtonGroup"], [data-testid="stToggle"], [data-testid="stButton"], [data-testid="stDownloadButton"],
  [data-testid="stPopover"], [data-testid="stFileUploader"], [data-testid="stExpander"]) { display: none; }
</style>"""


def presenter_mode() -> None:
    """Slides for a projector: a switch (and ?present=1), large type, controls tucked away."""
    if PRESENT_KEY not in st.session_state:
        st.session_state[PRESENT_KEY] = st.query_params.get(PRESENT_KEY) == "1"
    with st.sidebar:
        st.toggle(t("app.present"), key=PRESENT_KEY, help=t("app.present_help"))
        if presenting():
            st.toggle(t("app.present_controls"), key="present_controls")
    if presenting():
        st.html(PRESENTER_CSS)
        if not st.session_state.get("present_controls"):
            st.html(HIDDEN_CONTROLS_CSS)


def restore_view(key: str) -> None:
    """On a session's first visit to a page, take that page's settings from the link.

    Values are checked against their declared range (the page's ``params``); anything
    else is dropped, the widget keeps its default, and a short notice says which.
    """
    restored = st.session_state.setdefault("_url_restored", set())
    if key in restored:
        return
    restored.add(key)
    values, rejected = urlstate.parse(st.query_params.to_dict(), page(key).params)
    st.session_state.update(values)
    if rejected:
        st.toast(t("app.url_rejected", names=", ".join(rejected)), icon=":material/link_off:")


def remember_view(key: str) -> dict[str, str]:
    """Write the language and this page's settings into the URL, so the address shares the view."""
    wanted = {LANGUAGE_KEY: st.session_state[LANGUAGE_KEY]}
    if presenting():
        wanted[PRESENT_KEY] = "1"
    for param in page(key).params:
        if param.key in st.session_state:
            wanted[param.key] = urlstate.encode(st.session_state[param.key])
    for name in page(key).links:  # checked by the page itself (a room code, a key)
        if st.session_state.get(name):
            wanted[name] = str(st.session_state[name])
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)
    return wanted


def share_link(query: dict[str, str]) -> None:
    """The address of this exact view, in a box with a copy button."""
    with st.sidebar.popover(t("app.link"), icon=":material/link:", width="stretch"):
        base = (st.context.url or "").split("?")[0]
        st.code(f"{base}?{urlencode(query)}", language=None, wrap_lines=True)
        st.caption(t("app.link_help"))


def step_links(key: str, where=st) -> None:
    """Links to the previous and the next step, so the story can be walked in order."""
    pages = story()
    here = [entry.key for entry in pages].index(key)
    where.divider()
    previous, following = where.columns(2)
    if here > 0:
        before = pages[here - 1]
        previous.page_link(
            before.path, label=t("app.previous", title=nav_title(before.key)), icon=":material/arrow_back:"
        )
    if here + 1 < len(pages):
        after = pages[here + 1]
        following.page_link(
            after.path, label=t("app.next", title=nav_title(after.key)), icon=":material/arrow_forward:"
        )


def try_this(key: str) -> None:
    """The page's "try this" tasks in the sidebar, ticked once the visitor has done them."""
    tasks = page(key).tasks
    if not tasks:
        return
    done = st.session_state.setdefault("_tasks_done", set())
    done |= {f"{key}.{task.key}" for task in tasks if task.done(st.session_state)}
    with st.sidebar.container(border=True):
        st.markdown(f"**{t('tasks.title')}**")
        for task in tasks:
            mark = ":material/check_circle:" if f"{key}.{task.key}" in done else ":material/radio_button_unchecked:"
            st.markdown(f"{mark} {t(f'tasks.{key}.{task.key}')}")


def main() -> None:
    # An emoji, not a Material icon: Streamlit fetches a Material favicon from a font CDN, and the
    # app must not call anything outside its own server (a lecture hall may have no internet).
    st.set_page_config(page_title="painter", page_icon="🎨", layout="wide")
    st.html(PHONE_CSS)  # media queries only: a desktop browser is untouched
    st.html(WRAP_CSS)
    warm_up()  # once per server process; see painter/warmup.py
    start_in_background()  # every page's default view, once per process, off this run (none under AppTest)
    choose_language()
    presenter_mode()
    home = story()[0].key
    pages = [
        st.Page(
            entry.path,
            title=nav_title(entry.key),
            icon=entry.icon,
            url_path=None if entry.key == home else entry.key,
            default=entry.key == home,
        )
        for entry in story()
    ]
    chosen = st.navigation(pages, expanded=True)  # every step listed: no "View more" after ten
    key = chosen.url_path or home
    if presenting():  # the way on stays in view, whatever the page's length
        step_links(key, st.sidebar)
    with st.sidebar:
        st.caption(t("app.sidebar_note"))
    restore_view(key)
    chosen.run()
    for_the_curious(key)  # every page ends with its sources and notes, folded
    share_link(remember_view(key))
    try_this(key)
    step_links(key)


main()
