"""Load the heavy libraries once per server process and take them out of the garbage collector's sight.

Streamlit runs a full garbage collection after every script run
(``runner.postScriptGC``). With NumPy, SciPy, scikit-learn and Plotly loaded
that full pass walks hundreds of thousands of long-lived objects and, measured
under load here, took about half of the server's time. ``gc.freeze()`` after
the imports moves those objects to a permanent generation, so the collection
after each run only looks at what the run itself created: memory is still
reclaimed, at a fraction of the cost.
"""

from __future__ import annotations

import gc

_done = False


def warm_up() -> None:
    """Import every heavy module the pages use, then freeze the heap once (idempotent)."""
    global _done
    if _done:
        return
    import plotly.graph_objects  # noqa: F401
    import sklearn.mixture  # noqa: F401

    from painter import cached, figures  # noqa: F401

    gc.collect()
    gc.freeze()
    _done = True


def warm_learned() -> None:
    """What step 7a and step 8's schools show beyond their default views, computed once per process.

    Called by ``deploy/serve.py``'s warm-up after it has opened every page (which trains the
    default network of step 7a): the memorise chart's eight networks, the schools, the compressions.
    """
    from painter import cached, compress, guidance, learned

    for size in learned.HALVES_SIZES:
        cached.learned_halves(size, 0)
    for school in range(guidance.SCHOOLS):
        cached.schools_guided(school)
    for k in compress.DIMS:
        cached.compression(k)
