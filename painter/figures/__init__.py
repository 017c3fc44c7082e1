"""Plotly figures of the story, built from arrays and labels.

Every function takes plain data (arrays, numbers, already-translated labels)
and returns a figure *spec*: the dict ``{"data": [...], "layout": {...}}``
(plus ``"frames"`` for an animation) that ``plotly.graph_objects.Figure``
accepts. Figures are so testable without Streamlit and shared between pages.

Two choices keep the pages quick: a spec is never turned into a ``go.Figure``
while the app runs (Plotly checks every property of one, which costs more than
the maths of a page; :func:`painter.frozen_figure.freeze` encodes the spec
instead, and the tests check each spec with ``go.Figure``), and arrays go out
as uint8 or float32 (sent as compact binary).

By concern:

- :mod:`~painter.figures.theme`: colours, scales, axes; :func:`~painter.figures.theme.labelled`.
- :mod:`~painter.figures.traces`: traces several figures share (works, components, density, click layer).
- :mod:`~painter.figures.planes`: the 256×256 plane of 2-pixel pictures.
- :mod:`~painter.figures.pixels`: a photo and its numbers.
- :mod:`~painter.figures.charts`: bars, lines and histograms.
- :mod:`~painter.figures.animations`: EM and diffusion, played by the browser.
- :mod:`~painter.figures.learning`: what a real model does (step 7a, step 8's schools).
- :mod:`~painter.figures.handwriting`: your handwriting (step 6a): how sure the model is of each digit.

A figure that reads a ``labels`` dict declares its keys (``figure.labels``).
"""

from __future__ import annotations

from painter.figures.animations import diffusion_figure, em_figure, frame_indices, strip_animation
from painter.figures.charts import counting_figure, distance_histogram, scores_figure, tradeoff_figure
from painter.figures.handwriting import reading_figure
from painter.figures.learning import (
    arrows_figure,
    compress_figure,
    guided_curves,
    guided_figure,
    halves_figure,
    loss_figure,
    moved_figure,
)
from painter.figures.pixels import number_grid_figure, photo_heatmap, strip_grid
from painter.figures.planes import (
    class_figure,
    class_learned_figure,
    conditional_figure,
    contest_figure,
    density_figure,
    density_plane,
    thumbnail_figure,
    unfitted_figure,
)
from painter.figures.traces import click_layer, new_works_traces

__all__ = [
    "arrows_figure",
    "class_figure",
    "class_learned_figure",
    "click_layer",
    "compress_figure",
    "conditional_figure",
    "contest_figure",
    "counting_figure",
    "density_figure",
    "density_plane",
    "diffusion_figure",
    "distance_histogram",
    "em_figure",
    "frame_indices",
    "guided_curves",
    "guided_figure",
    "halves_figure",
    "loss_figure",
    "moved_figure",
    "new_works_traces",
    "number_grid_figure",
    "photo_heatmap",
    "reading_figure",
    "scores_figure",
    "strip_animation",
    "strip_grid",
    "thumbnail_figure",
    "tradeoff_figure",
    "unfitted_figure",
]
