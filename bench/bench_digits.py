"""Real 8×8 pictures: 16 inpainting completions against 16 unconditional digits; first fit against a warm call.

Completions are timed as the page draws them (the hidden region's conditioning prepared once, see
:func:`painter.digits.inpainter`) and as a one-off call that prepares it too.

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


def interleaved(functions: dict, repeats: int = REPEATS) -> dict[str, float]:
    """Median seconds of each function, called in turn so that drift hits all alike."""
    times = {name: [] for name in functions}
    for _ in range(repeats):
        for name, function in functions.items():
            start = time.perf_counter()
            function()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def drawing(k: int) -> None:
    train, held_out = digits.split(digits.load())
    fitted = digits.fit(train, k)
    rng = np.random.default_rng(0)
    hidden = digits.mask("bottom")
    complete = digits.inpainter(fitted, hidden)  # what the page keeps per model and hidden region
    times = interleaved(
        {
            "plain": lambda: digits.sample(fitted, 16, rng),
            "again": lambda: complete(held_out[0], 16, rng),
            "first": lambda: digits.inpaint(fitted, held_out[0], hidden, 16, rng),
        }
    )
    plain, again, first = times["plain"], times["again"], times["first"]
    print(
        f"k={k:2}: 16 digits {plain * 1e3:5.2f} ms; 16 completions {again * 1e3:5.2f} ms, ratio {again / plain:4.2f}"
        f" (goal <= 2); the first for a new hidden region {first * 1e3:5.2f} ms, ratio {first / plain:4.2f}"
    )


def first_fit_and_warm_call() -> None:
    script = "from painter import cached, digits\nfor k in digits.CANDIDATES:\n    cached.digits_model(k)\n"
    at = AppTest.from_string(script, default_timeout=600)
    start = time.perf_counter()
    at.run()
    first = time.perf_counter() - start
    warm = interleaved({"warm": at.run}, repeats=10)["warm"]
    print(f"fit of all {len(digits.CANDIDATES)} candidate mixtures: first {first:.1f} s, warm call {warm * 1e3:.1f} ms")


if __name__ == "__main__":
    for k in (1, 6, 10):
        drawing(k)
    first_fit_and_warm_call()
