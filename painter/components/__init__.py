"""The app's own page components (``st.components.v2``: inline HTML, CSS and JavaScript, no build step).

With :mod:`painter.cached` and :mod:`painter.i18n`, the only part of :mod:`painter` that imports Streamlit:
a component is drawn by the page, and everything it sends back is checked by a pure function here.
"""
