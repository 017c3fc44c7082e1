"""Step 7a's costs: training a network at the page's default, and a cached setting's warm rerun.

- *Training*: :func:`painter.learned.train` on the default N works (300), on one core (it limits
  its own threads), the minimum of several runs; the goal is at most 5 s.
- *Warm rerun*: step 7a under AppTest, its main control (N) moved between two settings whose
  networks are already trained, against a blank page of this app (``bench/bench_pages.py``'s
  reference), interleaved rounds, both measured in the same run; the goal is at most 3×.

    .venv/bin/python bench/bench_learned.py [--rounds 20] [--trainings 5]
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

import app_pages  # noqa: E402
from bench.bench_pages import references, timed_run  # noqa: E402
from painter import learned  # noqa: E402

PAGE = "app_pages/learned.py"


def training_seconds(runs: int) -> list[float]:
    works = learned.training_works(app_pages.LEARNED_N.default, 0)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        learned.train(works, seed=0)
        times.append(time.perf_counter() - start)
    return times


def warm_rerun(rounds: int) -> tuple[float, float]:
    """Median rerun of step 7a with N moved between two trained settings, and of the blank page."""
    blank = references()["app blank"]
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page(PAGE).run()
    values = (app_pages.LEARNED_N.default, app_pages.LEARNED_N.default + app_pages.LEARNED_N.step)
    for value in values:  # train and build both settings first
        at.slider(key="learned_n").set_value(value).run()
        assert not at.exception
    page, base = [], []
    for i in range(rounds):
        base.append(blank())
        at.slider(key="learned_n").set_value(values[i % 2])
        page.append(timed_run(at))
    return statistics.median(page), statistics.median(base)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--trainings", type=int, default=5)
    args = parser.parse_args()
    times = training_seconds(args.trainings)
    print(
        f"training at N = {app_pages.LEARNED_N.default}, one core: min {min(times):.2f} s "
        f"(runs {', '.join(f'{t:.2f}' for t in times)}); goal <= 5 s: {'met' if min(times) <= 5 else 'NOT met'}"
    )
    page, blank = warm_rerun(args.rounds)
    ratio = page / blank
    print(
        f"step 7a warm rerun (N moved between two trained settings): {page * 1e3:.1f} ms; blank page of this app "
        f"{blank * 1e3:.1f} ms; ratio {ratio:.2f}; goal <= 3x: {'met' if ratio <= 3 else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
