"""painter: the maths behind an image-generating AI, told in six steps.

Modules, in the order of the story:

- :mod:`painter.images`: pictures as arrays of numbers (step 1, 3).
- :mod:`painter.counting`: how many pictures there are (step 2).
- :mod:`painter.contest`: the 2-pixel painting contest (step 4).
- :mod:`painter.model`: learning the distribution and sampling it (steps 5, 6).
- :mod:`painter.figures`: Plotly figures built from those arrays.
- :mod:`painter.cached`: the shared, read-only cache the pages use (Streamlit).
- :mod:`painter.i18n` and :mod:`painter.locales`: every text, in Japanese and English.

Everything but ``cached`` and ``i18n`` is plain NumPy / scikit-learn / Plotly
and imports without Streamlit.
"""

__all__ = ["cached", "contest", "counting", "figures", "i18n", "images", "model"]
