"""Home: the whole story in seven steps, each a link to its page."""

import streamlit as st

from app_pages import nav_title, step_number, story
from app_pages.common import glossary, header
from painter.i18n import t

header("home")
st.markdown(t("home.intro"))

#: Step cards to a row (a phone shows them one under the other, in the same order).
PER_ROW = 3


def step_card(step, column) -> None:
    """One step's card in ``column``: its number, what it shows and its link, as tall as its row's tallest
    (the link at the foot, level with its neighbours')."""
    with column.container(border=True, height="stretch"):
        st.markdown(f"**{t('home.step', number=step_number(step.key))}**\n\n{t(f'home.{step.key}')}")
        st.space("stretch")
        st.page_link(step.path, label=nav_title(step.key), icon=step.icon)


steps = story()[1:]
for start in range(0, len(steps), PER_ROW):
    row = steps[start : start + PER_ROW]
    for step, column in zip(row, st.columns(PER_ROW)[: len(row)], strict=True):
        step_card(step, column)

st.caption(t("home.source"))
glossary()

# Import and fit once here, under a spinner, so the first visit to a maths
# page does not stall; the default model is then cached for every session.
with st.spinner(t("home.warming")):
    from painter import cached

    cached.model(3, "full")
