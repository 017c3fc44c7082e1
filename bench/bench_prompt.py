"""How long does one guided trajectory of 16 digits take, against the score evaluations it needs?

Times ``painter.prompt.generate`` for 16 pictures over 100 steps with guidance
(w = 4, so every evaluation needs both the digit's mixture and the whole
p(picture)) against the same number of guided score evaluations (2 per step
for both samplers) at the same noise levels on 16 points, measured alternately
in this run (best of ``ROUNDS`` each); and ``generate_path`` for the same request, as
the page makes it (the predicted final pictures reuse the steps' own scores). The goal is at most 1.5×: nothing but
the scores may cost, so no factorisation or copying hides in the loop.

    .venv/bin/python bench/bench_prompt.py
"""

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from painter import diffusion, prompt

N, STEPS, GUIDANCE, ROUNDS, DIGIT = 16, 100, 4.0, 5, 3


def seconds(function, *args, **kwargs) -> float:
    start = time.perf_counter()
    function(*args, **kwargs)
    return time.perf_counter() - start


def score_evaluations(model: prompt.PromptModel, levels: np.ndarray, rng: np.random.Generator) -> None:
    """The guided score evaluations one trajectory needs: 2 per level, on ``N`` points as columns."""
    score_t = prompt.guided(model, DIGIT, GUIDANCE)
    xt = np.ascontiguousarray(rng.uniform(0, 255, size=(64, N)))
    with prompt._single_thread():  # as generate runs them
        for sigma in levels:
            score_t(xt, sigma)
            score_t(xt, sigma)


def main() -> None:
    train, labels, _, _ = prompt.labelled_split()
    start = time.perf_counter()
    model = prompt.fit(train, labels)
    for mixture in (*model.conditional, model.marginal):
        mixture.factored  # noqa: B018 -- factored once, on first use (here, before the clock starts)
    print(f"fit: 10 digit mixtures, factored once, in {time.perf_counter() - start:.2f} s")
    levels = prompt.levels(STEPS)
    for method in diffusion.METHODS:
        ours, paths, scores = [], [], []
        for i in range(ROUNDS):  # alternate, so drift on a busy machine hits all alike
            request = dict(guidance=GUIDANCE, steps=STEPS, method=method)
            ours.append(seconds(prompt.generate, model, DIGIT, N, np.random.default_rng(i), **request))
            # as the page asks: the whole path and the predicted final picture at every step too
            paths.append(seconds(prompt.generate_path, model, prompt.Request(DIGIT, seed=i, **request), N))
            scores.append(seconds(score_evaluations, model, levels, np.random.default_rng(i)))
        print(
            f"{method:9} {N} digits x {STEPS} steps, w = {GUIDANCE:g}: {min(ours) * 1000:7.1f} ms, "
            f"with the path and predictions {min(paths) * 1000:.1f} ms; its {2 * STEPS} guided score evaluations "
            f"{min(scores) * 1000:.1f} ms: ratios {min(ours) / min(scores):.2f}x and {min(paths) / min(scores):.2f}x "
            f"(goal <= 1.5x)"
        )


if __name__ == "__main__":
    main()
