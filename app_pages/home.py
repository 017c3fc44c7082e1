"""Home: the whole story in seven steps, each a link to its page."""

import streamlit as st

from app_pages import PAGES
from app_pages.common import glossary, header
from painter.i18n import t

header("home")
st.markdown(t("home.intro"))

columns = st.columns(3)
for index, (key, path, icon) in enumerate(PAGES[1:]):
    # the step's number is the one its title shows ("5b" for a side step)
    number = t(f"nav.{key}").split(" · ")[0]
    with columns[index % 3].container(border=True):
        st.markdown(f"**{t('home.step', number=number)}**")
        st.markdown(t(f"home.{key}"))
        st.page_link(path, label=t(f"nav.{key}"), icon=icon)

st.caption(t("home.source"))
glossary()

# Import and fit once here, under a spinner, so the first visit to a maths
# page does not stall; the default model is then cached for every session.
with st.spinner(t("home.warming")):
    from painter import cached

    cached.model(3, "full")
