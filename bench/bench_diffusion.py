"""How long does a full reverse diffusion take, and how big is its animation?

Times a 2,000-point trajectory over 200 steps with each sampler against the
score evaluations it needs (2 per step for both samplers: 400 evaluations of
the exact score at 2,000 points, at a level prepared beforehand), measured
alternately in this run (best of 3 each). Prints the ratio (goal: at most
1.5×, so nothing but the scores costs: no per-step preparation or copying),
the old reference (drawing 2,000 points directly), and the JSON size of the
page's default animated figure.

    .venv/bin/python bench/bench_diffusion.py
"""

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import plotly.io as pio
import streamlit  # noqa: F401 -- makes Streamlit's theme Plotly's default template, as in the app

from painter import contest, diffusion, figures, model
from painter.frozen_figure import freeze

N_POINTS, STEPS, ROUNDS = 2000, 200, 3
#: The page's defaults.
PAGE_POINTS, PAGE_STEPS = 400, 100


def seconds(function, *args, **kwargs) -> float:
    start = time.perf_counter()
    function(*args, **kwargs)
    return time.perf_counter() - start


def score_evaluations(params, count: int, rng: np.random.Generator) -> None:
    """``count`` evaluations of the exact score at ``N_POINTS`` points, the level prepared once."""
    weights, means, covariances = params
    level = diffusion._levels(diffusion._log_weights(weights), means, covariances, [10.0])[0]
    xt = np.ascontiguousarray(rng.uniform(0, 255, size=(2, N_POINTS)))
    for _ in range(count):
        diffusion._score_t(level, xt)


def main() -> None:
    params = model.Mixture.from_sklearn(model.fit(contest.paintings(300, 0), 3, "full"))
    for method in diffusion.METHODS:
        sigmas = diffusion.default_levels(method, STEPS)
        ours, scores, direct = [], [], []
        for i in range(ROUNDS):  # alternate, so drift on a busy machine hits all alike
            rng = np.random.default_rng(i)
            ours.append(seconds(diffusion.sample, *params, N_POINTS, sigmas, rng, method=method))
            scores.append(seconds(score_evaluations, params, 2 * STEPS, rng))
            direct.append(seconds(model.sample, *params, N_POINTS, rng))
        print(
            f"{method:9} {N_POINTS} points x {STEPS} steps: {min(ours) * 1000:7.1f} ms; "
            f"its {2 * STEPS} score evaluations {min(scores) * 1000:.1f} ms: ratio {min(ours) / min(scores):.2f}x "
            f"(goal <= 1.5x); direct draws {min(direct) * 1000:.2f} ms ({min(ours) / min(direct):.0f}x)"
        )
    grid, density = model.density_grid(*params)
    for method in diffusion.METHODS:
        sigmas = diffusion.default_levels(method, PAGE_STEPS)
        path = diffusion.sample(*params, PAGE_POINTS, sigmas, np.random.default_rng(0), method=method)
        shown = figures.frame_indices(PAGE_STEPS)
        levels = diffusion.path_levels(sigmas, method=method)[shown]
        points = diffusion.arrow_grid()
        vectors = np.stack([diffusion.score(*params, points, s) for s in levels])
        labels = dict.fromkeys(
            ("x", "y", "density", "points", "score", "trail", "now", "hover_now", "play", "pause", "sigma", "square"),
            "label",
        )
        start = time.perf_counter()
        fig = figures.diffusion_figure(
            grid, density, path[shown].astype(np.float32), levels, points, vectors, labels=labels
        )
        size = len(pio.to_json(freeze(fig), validate=False))
        print(
            f"{method:9} animation ({PAGE_POINTS} points, {PAGE_STEPS} steps, {len(shown)} frames): "
            f"{size:,} bytes of JSON, built and serialised in {(time.perf_counter() - start) * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
