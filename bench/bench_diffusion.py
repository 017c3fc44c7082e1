"""How long does a full reverse diffusion take, and how big is its animation?

Times a 2,000-point trajectory over 200 steps with each sampler against drawing
2,000 points directly from the same mixture with ``painter.model.sample``,
measured alternately in this run (best of 3 each). Prints the ratio (goal:
at most 20×) and the JSON size of the page's default animated figure.

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


def main() -> None:
    params = model.Mixture.from_sklearn(model.fit(contest.paintings(300, 0), 3, "full"))
    for method in diffusion.METHODS:
        sigmas = diffusion.default_levels(method, STEPS)
        ours, direct = [], []
        for i in range(ROUNDS):  # alternate, so drift on a busy machine hits both alike
            rng = np.random.default_rng(i)
            ours.append(seconds(diffusion.sample, *params, N_POINTS, sigmas, rng, method=method))
            direct.append(seconds(model.sample, *params, N_POINTS, rng))
        print(
            f"{method:9} {N_POINTS} points x {STEPS} steps: {min(ours) * 1000:7.1f} ms; "
            f"direct draws {min(direct) * 1000:.2f} ms; ratio {min(ours) / min(direct):6.0f}x (goal <= 20x)"
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
