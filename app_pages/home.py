"""Home: the whole story in seven steps, each a link to its page."""

import streamlit as st

from app_pages import nav_title, step_number, story
from app_pages.common import glossary, header
from painter.i18n import t

header("home")
st.markdown(t("home.intro"))

columns = st.columns(3)
for index, step in enumerate(story()[1:]):
    with columns[index % 3].container(border=True):
        st.markdown(f"**{t('home.step', number=step_number(step.key))}**")
        st.markdown(t(f"home.{step.key}"))
        st.page_link(step.path, label=nav_title(step.key), icon=step.icon)

st.caption(t("home.source"))
glossary()

# Import and fit once here, under a spinner, so the first visit to a maths
# page does not stall; the default model is then cached for every session.
with st.spinner(t("home.warming")):
    from painter import cached

    cached.model(3, "full")
