"""Frozen figures: Plotly's public encoding against painter's copy of it, once per cache entry and on warm reruns.

:func:`painter.frozen_figure.encode` copies Plotly's private array encoding
(its typed arrays, its list of keys kept as lists, its default template). The
public way to the same dict is ``go.Figure(spec).to_plotly_json()``: Plotly
checks every property and encodes the arrays itself. Both are used the same
way here, once per cache entry (the cached figure is frozen once, every draw
sends it as it is), so the question is what that costs on a warm rerun, where
only the encodes that happen per run (a page's own traces on top of a shared
plane, :func:`~painter.frozen_figure.with_traces`; a spec a page draws without
caching it) and the new cache entries of a new setting are paid.

Three measurements, all in this process:

1. *per cache entry*: every spec the pages' default views freeze (both
   languages), encoded by each way: milliseconds per figure, and whether the
   two give byte-identical JSON;
2. *warm reruns* of every page (``bench/bench_pages.py``'s reruns, reused by
   import): today's copy against the public encoding swapped in for it, the
   figure caches emptied before each variant, interleaved copy, public, copy;
3. the difference as a share of the warm rerun: the copy is worth keeping only
   where it saves more than a tenth of one.

    .venv/bin/python bench/bench_freeze.py [page ...]   (e.g. ``learn style``; default: every page)
"""

from __future__ import annotations

import inspect
import json
import logging
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import plotly.graph_objects as go  # noqa: E402
import plotly.io as pio  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from bench import bench_pages  # noqa: E402
from painter import cached, frozen_figure  # noqa: E402

#: Reruns per variant and mode (bench_pages' own REPEATS is 20).
REPEATS = 10
#: Encodes per spec for the per-entry cost (the median is kept).
ENCODES = 5
#: Today's encoding: painter's copy of Plotly's.
COPY = frozen_figure.encode


def public(spec: dict) -> dict:
    """Plotly's own encoding of ``spec``: the figure checked and encoded by ``go.Figure`` (template included)."""
    return go.Figure(spec).to_plotly_json()


ENCODERS: dict[str, Callable[[dict], dict]] = {"copy": COPY, "public": public}


def json_plotly(encoded: dict) -> str:
    """What the browser gets for an encoded figure: Plotly's own JSON (NumPy scalars as numbers), keys sorted."""
    return json.dumps(json.loads(pio.to_json(encoded, validate=False)), sort_keys=True)


def figure_caches() -> list:
    """The cached functions of :mod:`painter.cached` that freeze a figure (their entries are encoded ones)."""
    found = []
    for value in vars(cached).values():
        wrapped = getattr(value, "__wrapped__", None)
        if wrapped is not None and hasattr(value, "clear"):
            source = inspect.getsource(wrapped)
            if "freeze(" in source or "with_traces(" in source:
                found.append(value)
    return found


def use(encoder: Callable[[dict], dict]) -> None:
    """Encode with ``encoder`` from now on, and drop every figure encoded so far."""
    frozen_figure.encode = encoder
    for function in figure_caches():
        function.clear()


def recorded_specs() -> list[dict]:
    """Every spec the pages' default views freeze, in both languages (a fresh figure cache)."""
    specs: list[dict] = []

    def recording(spec: dict) -> dict:
        specs.append(spec)
        return COPY(spec)

    use(recording)
    try:
        for lang in ("en", "ja"):
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
            at.run()
            if lang != "en":
                at.button_group(key="lang").set_value(lang).run()
            for path in bench_pages.CONTROLS:
                at.switch_page(path).run()
                assert not at.exception, (path, [e.value for e in at.exception])
    finally:
        use(COPY)
    return specs


def per_entry(specs: list[dict]) -> None:
    """Milliseconds per figure for each encoding, and whether the JSON the browser gets is the same."""
    costs = {name: [] for name in ENCODERS}
    for spec in specs:
        for name, encoder in ENCODERS.items():
            runs = []
            for _ in range(ENCODES):
                start = time.perf_counter()
                encoder(spec)
                runs.append(time.perf_counter() - start)
            costs[name].append(statistics.median(runs))
    same = sum(json_plotly(COPY(spec)) == json_plotly(public(spec)) for spec in specs)
    copy_ms, public_ms = (sum(costs[name]) * 1000 for name in ENCODERS)
    print(
        f"per cache entry: {len(specs)} figures of the default views (both languages): copy {copy_ms:.0f} ms in all "
        f"(median {statistics.median(costs['copy']) * 1000:.2f} ms), public {public_ms:.0f} ms "
        f"(median {statistics.median(costs['public']) * 1000:.2f} ms), {public_ms / copy_ms:.1f}x; "
        f"byte-identical JSON for {same} of {len(specs)}"
    )


def warm_rerun(path: str, control, encoder: Callable[[dict], dict]) -> tuple[float, float]:
    """Median warm rerun of ``path`` (revisited, new) with ``encoder``, its figures encoded afresh."""
    use(encoder)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    at.run()
    at.switch_page(path).run()
    at.run()
    for i in range(2):
        bench_pages.move(at, control, i, new=False)
        at.run()
    revisited, _ = bench_pages.interleaved(at, control, {}, new=False)
    new, _ = bench_pages.interleaved(at, control, {}, new=True) if control else (revisited, None)
    return revisited, new


def main(only: list[str]) -> None:
    logging.getLogger("streamlit").setLevel(logging.ERROR)  # AppTest's and the caches' notes outside a run
    bench_pages.REPEATS = REPEATS
    per_entry(recorded_specs())
    print(
        f"warm reruns, median of {REPEATS}, ms (copy, public, copy again); public - copy as a share of the rerun"
        " (revisited: figures cached; new: a new setting each run, its figures encoded in the run)"
    )
    print(f"{'page':24} {'revisited ms':>31} {'share':>7} {'new ms':>24} {'share':>7}")
    worst = 0.0
    for path, control in bench_pages.CONTROLS.items():
        if only and Path(path).stem not in only:
            continue
        warm_rerun(path, control, COPY)  # the maths of every value this page will see, cached once
        first = warm_rerun(path, control, COPY)
        second = warm_rerun(path, control, public)
        third = warm_rerun(path, control, COPY)
        cells = []
        for mode in range(2):
            copy = statistics.mean((first[mode], third[mode]))
            share = (second[mode] - copy) / copy
            worst = max(worst, share)
            cells.append(
                f"{first[mode] * 1000:7.1f} {second[mode] * 1000:7.1f} {third[mode] * 1000:7.1f} {share:+7.1%}"
            )
        print(f"{path:24} {cells[0]:>32} {cells[1]:>32}")
    use(COPY)
    verdict = "keep the copy" if worst > 0.1 else "the copy saves less than a tenth of a warm rerun"
    print(f"largest cost of the public encoding: {worst:+.1%} of a warm rerun: {verdict}")


if __name__ == "__main__":
    main(sys.argv[1:])
