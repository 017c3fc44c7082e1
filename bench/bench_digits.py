"""Real 8×8 pictures: 16 inpainting completions against 16 unconditional digits; first fit against a warm call.

.venv/bin/python bench/bench_digits.py
"""

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from painter import digits  # noqa: E402

REPEATS = 200


def best_of(function, repeats: int = REPEATS) -> float:
    """Median seconds of ``function()`` over ``repeats`` calls."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def drawing(k: int) -> None:
    train, held_out = digits.split(digits.load())
    fitted = digits.fit(train, k)
    rng = np.random.default_rng(0)
    hidden = digits.mask("bottom")
    plain = best_of(lambda: digits.sample(fitted, 16, rng))
    inpaint = best_of(lambda: digits.inpaint(fitted, held_out[0], hidden, 16, rng))
    print(
        f"k={k:2}: 16 digits {plain * 1e3:6.2f} ms, 16 completions {inpaint * 1e3:6.2f} ms, "
        f"ratio {inpaint / plain:4.2f} (goal <= 2)"
    )


def first_fit_and_warm_call() -> None:
    script = "from painter import cached, digits\nfor k in digits.CANDIDATES:\n    cached.digits_model(k)\n"
    at = AppTest.from_string(script, default_timeout=600)
    start = time.perf_counter()
    at.run()
    first = time.perf_counter() - start
    warm = best_of(at.run, repeats=10)
    print(f"fit of all {len(digits.CANDIDATES)} candidate mixtures: first {first:.1f} s, warm call {warm * 1e3:.1f} ms")


if __name__ == "__main__":
    for k in (1, 6, 10):
        drawing(k)
    first_fit_and_warm_call()
