"""How long does a full reverse diffusion take, against the work it cannot avoid?

Times a 2,000-point trajectory over 200 steps with each sampler
(:func:`painter.diffusion.sample`, the call the page makes) against two
references, all measured alternately in this run, ``ROUNDS`` rounds:

- **its score evaluations**: as many evaluations of the exact score at 2,000
  points as the sampler asks for, of the mixture factored beforehand (the issue's
  goal: at most 1.5× per score evaluation, so no preparation or copying hides
  in the loop);
- **its floor**: those score evaluations plus the Gaussian draws the sampler
  asks for, of the same shapes, from the same kind of Generator. A stochastic
  sampler cannot avoid its fresh noise; the ODE draws none, so for it the two
  references are the same.

What each sampler asks for is recorded, not declared here: one pass of
:func:`painter.diffusion.reverse` counts its score calls and its
``standard_normal`` shapes. Ratios are the best time over the best reference
time, and the median of the rounds' own ratios. Also prints the old reference
(drawing 2,000 points directly) and the JSON size of the page's default
animated figure.

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
from painter.mixture import FactoredMixture

N_POINTS, STEPS, ROUNDS = 2000, 200, 15
#: The page's defaults.
PAGE_POINTS, PAGE_STEPS = 400, 100
#: Where the reference evaluates the score; any level costs the same.
REFERENCE_SIGMA = 10.0


def seconds(function, *args, **kwargs) -> float:
    start = time.perf_counter()
    function(*args, **kwargs)
    return time.perf_counter() - start


class Recorder:
    """Stands in for the score and the Generator of one trajectory, and records what it asks for."""

    def __init__(self, level: FactoredMixture, rng: np.random.Generator) -> None:
        self.level, self.rng = level, rng
        self.scores = 0
        self.draws: list[tuple[int, ...]] = []

    def score_t(self, xt: np.ndarray, sigma: float) -> np.ndarray:
        self.scores += 1
        return self.level.score_t(xt, REFERENCE_SIGMA)

    def standard_normal(self, size) -> np.ndarray:
        self.draws.append(tuple(size))
        return self.rng.standard_normal(size)


def recorded(level: FactoredMixture, sigmas: np.ndarray, method: str) -> Recorder:
    """What one trajectory of ``method`` asks for: its score evaluations and the shapes of its noise."""
    recorder = Recorder(level, np.random.default_rng(0))
    start = np.ascontiguousarray(np.random.default_rng(0).uniform(0, 255, size=(2, N_POINTS)))
    for _ in diffusion.reverse(recorder.score_t, start, sigmas, recorder, method=method):
        pass
    return recorder


def score_evaluations(level: FactoredMixture, count: int, rng: np.random.Generator) -> None:
    """``count`` evaluations of the exact score at ``N_POINTS`` points, the level prepared once."""
    xt = np.ascontiguousarray(rng.uniform(0, 255, size=(2, N_POINTS)))
    for _ in range(count):
        level.score_t(xt, REFERENCE_SIGMA)


def floor(level: FactoredMixture, work: Recorder, rng: np.random.Generator) -> None:
    """The score evaluations and the Gaussian draws of ``work``, in the order a step makes them."""
    xt = np.ascontiguousarray(rng.uniform(0, 255, size=(2, N_POINTS)))
    draws = iter(work.draws)
    for _ in range(work.scores):
        level.score_t(xt, REFERENCE_SIGMA)
        size = next(draws, None)
        if size is not None:
            rng.standard_normal(size)


def ratios(ours: list[float], reference: list[float]) -> str:
    """Best against best, and the median of each round's own ratio."""
    paired = np.median(np.asarray(ours) / np.asarray(reference))
    return f"{min(ours) / min(reference):.2f}x (median of rounds {paired:.2f}x)"


def main() -> None:
    params = model.Mixture.from_sklearn(model.fit(contest.paintings(300, 0), 3, "full"))
    level = params.factored
    for method in diffusion.METHODS:
        sigmas = diffusion.default_levels(method, STEPS)
        work = recorded(level, sigmas, method)
        normals = sum(int(np.prod(size)) for size in work.draws)
        ours, scores, floors, direct = [], [], [], []
        for i in range(ROUNDS):  # alternate, so drift on a busy machine hits all alike
            rng = np.random.default_rng(i)
            ours.append(seconds(diffusion.sample, params, N_POINTS, sigmas=sigmas, rng=rng, method=method))
            scores.append(seconds(score_evaluations, level, work.scores, rng))
            floors.append(seconds(floor, level, work, rng))
            direct.append(seconds(model.sample, params, N_POINTS, rng=rng))
        noise = np.median((np.asarray(floors) - np.asarray(scores)) / np.asarray(scores))
        print(
            f"{method:9} {N_POINTS} points x {STEPS} steps: {min(ours) * 1000:.1f} ms; "
            f"{work.scores} score evaluations {min(scores) * 1000:.1f} ms, "
            f"+ {len(work.draws)} Gaussian draws ({normals:,} normal numbers) {min(floors) * 1000:.1f} ms\n"
            f"          per score evaluation {ratios(ours, scores)} (goal <= 1.5x); "
            f"its noise alone {noise:.2f}x the score evaluations\n"
            f"          against its floor (scores + noise) {ratios(ours, floors)} (goal <= 1.5x); "
            f"direct draws {min(direct) * 1000:.2f} ms ({min(ours) / min(direct):.0f}x)"
        )
    grid, density = model.density_grid(params)
    for method in diffusion.METHODS:
        sigmas = diffusion.default_levels(method, PAGE_STEPS)
        path = diffusion.sample(params, PAGE_POINTS, sigmas=sigmas, rng=np.random.default_rng(0), method=method)
        shown = figures.frame_indices(PAGE_STEPS)
        levels = diffusion.path_levels(sigmas)[shown]
        points = diffusion.arrow_grid()
        vectors = np.stack([diffusion.score(params, points, sigma=s) for s in levels])
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
