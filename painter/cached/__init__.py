"""The cached data, models and figures that every page and every session share (Streamlit).

Fitting and loading happen once per distinct setting for the whole server
(``st.cache_resource``), never on a rerun. Keys are small values (seeds,
counts, names, a frozen :class:`painter.prompt.Request`), never large arrays
(the one exception, :func:`works_strip_png`, is keyed by a few dozen works).
What is shared is read-only: arrays are frozen (``writeable=False``) so an
accidental in-place change raises instead of leaking into another visitor's
view, and sampling always uses a per-call ``numpy.random.Generator``, never a
model's own random state. Every cache is bounded.

Each cached function is a short wrapper around a pure function of
:mod:`painter` (the maths) or :mod:`painter.figures` (a figure from arrays),
grouped by the world it serves:

- :mod:`painter.cached.data`: photos, the contest's works, the digits.
- :mod:`painter.cached.contest`: the 2-pixel mixtures and their figures (steps 4–6, 5b).
- :mod:`painter.cached.diffusion`: step 7's paths and animation.
- :mod:`painter.cached.digits`: the mixture over real 8×8 digits (step 5a).
- :mod:`painter.cached.prompt`: prompt → picture (step 8).
- :mod:`painter.cached.learned`: a network that learns the score, step 8's schools, compression (step 7a).
- :mod:`painter.cached.rooms`: the class contest's database and the class's model (step 4a).
- :mod:`painter.cached.handwriting`: step 6a's style model and step 8's shared noise; its names would
  clash with the contest's (``model``, ``data``), so its page imports it as a module of its own.

The pages read every other cache as ``cached.<name>``.
"""

from painter.cached.contest import *  # noqa: F403
from painter.cached.data import *  # noqa: F403
from painter.cached.diffusion import *  # noqa: F403
from painter.cached.digits import *  # noqa: F403
from painter.cached.learned import *  # noqa: F403
from painter.cached.prompt import *  # noqa: F403
from painter.cached.rooms import *  # noqa: F403
