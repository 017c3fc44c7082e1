"""painter: the maths behind an image-generating AI, told step by step.

Modules, in the order of the story:

- :mod:`painter.images`: pictures as arrays of numbers (steps 1, 3).
- :mod:`painter.counting`: how many pictures there are (step 2).
- :mod:`painter.contest`: the 2-pixel painting contest (step 4).
- :mod:`painter.mixture`: a Gaussian mixture as read-only arrays, its factorisations made once on it.
- :mod:`painter.model`: learning the distribution and sampling it (steps 5, 6).
- :mod:`painter.digits`: the same mixture on real 8×8 pictures: drawing, copies, inpainting (step 5a).
- :mod:`painter.neighbours`: the nearest work to each drawn one (new, or copied?).
- :mod:`painter.em`, :mod:`painter.selection` and :mod:`painter.own_works`: EM step by step, choosing the
  model, a visitor's own works (step 5b).
- :mod:`painter.handwriting`: a picture's style z, and any digit written in it (step 6a);
  :mod:`painter.components`: the drawing pad a visitor writes on (Streamlit).
- :mod:`painter.diffusion`: from noise to picture with the exact score (step 7).
- :mod:`painter.learned`: a small network that learns the score, memorising or generalising (step 7a);
  :mod:`painter.loss_scale`: the two ends of its loss scale.
- :mod:`painter.prompt`: a digit as the prompt, guided diffusion on real pictures, copies (step 8);
  :mod:`painter.judging`: the independent judge and the measures it reads pictures by;
  :mod:`painter.shared_noise`: one start noise through all ten prompts, and what it carries.
- :mod:`painter.figures`: Plotly figures built from those arrays; :mod:`painter.frozen_figure` encodes
  them once for the browser.
- :mod:`painter.upload`: a visitor's own picture, checked and decoded in memory.
- :mod:`painter.urlstate`: settings carried by a shared link, checked before use.
- :mod:`painter.cached`: the shared, read-only caches the pages use (Streamlit), one module per world, and
  :mod:`painter.cached.handwriting` step 6a's (read by its page as a module of its own);
  :mod:`painter.readonly` seals the models and results they share.
- :mod:`painter.phone`: figures and page layout reshaped for a phone.
- :mod:`painter.glossary`: the words each page uses, in plain words.
- :mod:`painter.i18n` and :mod:`painter.locales`: every text, in Japanese and English.
- :mod:`painter.warmup`: heavy imports once per process, a frozen heap, then every page warmed in the background.

Everything but ``cached``, ``components`` and ``i18n`` imports without Streamlit.

Importing the package gives OpenMP one thread per thread (see :func:`painter.warmup.one_thread_each`):
OpenMP reads ``OMP_NUM_THREADS`` once, when scikit-learn loads it, so it is set before any module here
loads scikit-learn; a number the environment already names is kept.
"""

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

__all__ = [
    "cached",
    "components",
    "contest",
    "counting",
    "diffusion",
    "digits",
    "em",
    "figures",
    "frozen_figure",
    "glossary",
    "handwriting",
    "i18n",
    "images",
    "judging",
    "locales",
    "loss_scale",
    "mixture",
    "model",
    "neighbours",
    "own_works",
    "phone",
    "prompt",
    "readonly",
    "selection",
    "shared_noise",
    "upload",
    "urlstate",
    "warmup",
]
