"""Step 6a's costs: fitting the style model, and a redraw on the pad to ten written digits.

- *Fit*: :func:`painter.handwriting.fit` on the 1,500 training digits at the default ``dims`` (8), the
  minimum of several runs; the goal is at most 0.5 s.
- *Redraw*: step 6a under AppTest with the model cached, each round a drawing the page has not seen
  (a 7 whose strokes move by a cell or two, as the pad would send it), so the reading, the style, the
  ten written digits, the variations and the reading's chart are all made anew; against a blank page of
  this app (``bench/bench_pages.py``'s reference), rounds interleaved, both measured in the same run; the
  goal is at most 3×.

    .venv/bin/python bench/bench_handwriting.py [--rounds 20] [--fits 5]
"""

import argparse
import itertools
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

from bench.bench_pages import references, timed_run  # noqa: E402
from painter import handwriting  # noqa: E402
from painter.components.drawing_pad import BRUSH  # noqa: E402

PAGE = "app_pages/handwriting.py"
PAD = "handwriting_pad"
#: A 7 on the pad, in cells: along the top, then down to the left.
SEVEN = ((8.0, 5.0), (24.0, 5.0), (14.0, 28.0))


def fit_seconds(runs: int) -> list[float]:
    train, labels, _, _ = handwriting.labelled_split()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        handwriting.fit(train, labels)
        times.append(time.perf_counter() - start)
    return times


def drawing(shift: np.ndarray) -> list[int]:
    """The 7 with each corner moved by ``shift`` (3, 2) cells, as the pad sends it (1024 values 0/1)."""
    corners = np.asarray(SEVEN) + shift
    rows, columns = np.mgrid[0 : handwriting.FRAME, 0 : handwriting.FRAME]
    ink = np.zeros((handwriting.FRAME, handwriting.FRAME), dtype=bool)
    for start, end in itertools.pairwise(corners):
        for f in np.linspace(0.0, 1.0, 60):
            x, y = start + (end - start) * f
            ink |= (columns + 0.5 - x) ** 2 + (rows + 0.5 - y) ** 2 <= BRUSH**2
    return ink.astype(int).ravel().tolist()


def redraws(rounds: int) -> tuple[float, float, int]:
    """Median rerun of step 6a after a new drawing, of the blank page, and how many drawings were new."""
    blank = references()["app blank"]
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page(PAGE).run()
    rng = np.random.default_rng(0)
    drawings = [drawing(rng.uniform(-2.0, 2.0, size=(3, 2))) for _ in range(rounds + 1)]
    at.session_state[PAD] = {"cells": drawings[-1]}  # the first drawing warms what does not depend on it
    timed_run(at)
    page, base = [], []
    for i in range(rounds):
        base.append(blank())
        at.session_state[PAD] = {"cells": drawings[i]}
        page.append(timed_run(at))
    side = (handwriting.FRAME, handwriting.FRAME)
    distinct = len({handwriting.from_drawing(np.reshape(d, side)).tobytes() for d in drawings[:-1]})
    return statistics.median(page), statistics.median(base), distinct


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--fits", type=int, default=5)
    args = parser.parse_args()
    times = fit_seconds(args.fits)
    print(
        f"fit at dims = {handwriting.DIMS}: min {min(times):.3f} s (runs {', '.join(f'{t:.3f}' for t in times)}); "
        f"goal <= 0.5 s: {'met' if min(times) <= 0.5 else 'NOT met'}"
    )
    page, blank, distinct = redraws(args.rounds)
    ratio = page / blank
    print(
        f"step 6a redraw to ten written digits ({distinct} distinct 8×8 pictures in {args.rounds} rounds): "
        f"{page * 1e3:.1f} ms; blank page of this app {blank * 1e3:.1f} ms; ratio {ratio:.2f}; "
        f"goal <= 3x: {'met' if ratio <= 3 else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
