"""The EM animation: its figure's size and first build time; warm reruns of page 5b against blank pages.

.venv/bin/python bench/bench_training.py
"""

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import plotly.io as pio  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from bench.bench_pages import interleaved, references  # noqa: E402
from painter import contest, em, figures  # noqa: E402
from painter.frozen_figure import freeze  # noqa: E402

KEYS = ("x", "y", "iteration", "ll", "component", "works", "play", "pause", "reset", "hover_work", "hover_ll")
LABELS = {k: k for k in KEYS}
#: section -> the control moved between reruns (kind, key, two values)
SECTIONS = {
    "em": ("slider", "em_k", (3, 4)),
    "choose": ("button_group", "choose_metric", ("bic", "aic")),
    "own": ("number_input", "own_x1", (40, 41)),
    "temperature": ("slider", "temperature", (1.0, 1.5)),
}


def figure_cost() -> None:
    works = contest.paintings(300, 0)
    print(f"{'EM animation (k, init)':26} {'frames':>6} {'build ms':>9} {'json ms':>8} {'bytes':>9}")
    for k, init in ((3, "kmeans"), (3, "random"), (8, "random")):
        steps = em.most_likely_components(works, em.em_steps(works, k, init=init, max_iter=40, tol=1e-4))
        start = time.perf_counter()
        figure = freeze(figures.em_figure(works, steps, labels=LABELS))
        built = time.perf_counter()
        size = len(pio.to_json(figure, validate=False))
        done = time.perf_counter()
        print(
            f"{k} components, {init:15} {len(steps):6} "
            f"{(built - start) * 1000:9.0f} {(done - built) * 1000:8.0f} {size:9,}"
        )


def page_reruns() -> None:
    refs = references()
    for section, control in SECTIONS.items():
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
        at.run()
        at.switch_page("app_pages/training.py").run()
        at.button_group(key="training_section").set_value(section).run()
        for value in control[2]:  # warm the caches for both values
            getattr(at, control[0])(key=control[1]).set_value(value).run()
        median, base = interleaved(at, control, refs, new=False)
        figure_bytes = sum(len(chart.proto.spec) for chart in at.get("plotly_chart"))
        print(
            f"5b {section:12} rerun {median * 1000:7.1f} ms, against a blank page in this app's frame"
            f" {median / base['app blank']:4.1f}x, in a minimal frame {median / base['minimal']:4.1f}x,"
            f" bare {median / base['bare']:4.1f}x; figures {figure_bytes:,} B"
        )


if __name__ == "__main__":
    figure_cost()
    page_reruns()
