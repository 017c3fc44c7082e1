"""Warm reruns of every page against a blank page, and the figure bytes each page sends.

For each page: open it through app.py under AppTest, let the caches warm, then
time reruns after moving its main control (the model stays cached), two ways:

- *revisited*: the control goes back and forth between two values, so the
  figures of both settings are already built (what a class sees when the
  teacher and the students try the same settings);
- *new*: every run moves the control to a value not seen before, so the page
  builds its figures for that setting (the maths of a trajectory or an EM run
  included, on the pages that have them).

Three references are measured in the same run: a bare one-line Streamlit
script, a blank page in a minimal frame (page config, language switch,
navigation of as many pages), and a blank page in this app's own frame
(``app.py`` as it is, with one extra page that shows nothing), which is what
every page here costs before its own content. Also prints the Plotly JSON
each page sends.

    .venv/bin/python bench/bench_pages.py [page ...]   (e.g. ``learn style``; default: every page)
"""

import contextlib
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

REPEATS = 20

#: A blank page in the app's frame: what app.py does on every run, with an empty page.
BLANK_IN_FRAME = """
import streamlit as st
st.set_page_config(page_title="painter", layout="wide")
with st.sidebar:
    st.segmented_control("Language", ["ja", "en"], default="en", required=True, key="lang")
pages = [st.Page(lambda: None, title=f"page {i}", url_path=f"p{i}", default=i == 0) for i in range(9)]
page = st.navigation(pages)
st.sidebar.caption("A sentence under the navigation.")
page.run()
"""

#: page file -> (widget kind, key, distinct values); None = a page without a control to move.
#: "revisited" alternates the first two values, "new" walks through the rest.
CONTROLS = {
    "app_pages/home.py": None,
    "app_pages/pixels.py": ("slider", "pixels_x", range(100, 400, 7)),
    "app_pages/count.py": ("number_input", "count_w", range(1000, 1400, 9)),
    "app_pages/untrained.py": ("slider", "untrained_count", range(2, 25)),
    "app_pages/contest.py": ("slider", "contest_artist", range(1, 40)),
    "app_pages/learn.py": ("slider", "learn_n_new", range(15, 60)),
    "app_pages/style.py": ("slider", "style_x1", range(170, 100, -3)),
    "app_pages/training.py": ("slider", "em_k", (3, 4, 1, 2, 5, 6, 7, 8)),
    "app_pages/diffusion.py": ("slider", "diffusion_points", range(400, 1001, 50)),
    "app_pages/prompt.py": ("slider", "prompt_guidance", (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.5, 6.0)),
}

#: The extra page that shows nothing, for the in-app reference.
BLANK_PAGE = "bench/blank_page.py"


def move(at: AppTest, control, i: int, new: bool) -> None:
    """Move ``control`` for run ``i``: between its first two values, or (``new``) to an unseen one."""
    if control:
        kind, key, values = control
        getattr(at, kind)(key=key).set_value(values[2 + i] if new else values[i % 2])


def timed_run(at: AppTest) -> float:
    start = time.perf_counter()
    at.run()
    elapsed = time.perf_counter() - start
    assert not at.exception
    return elapsed


@contextlib.contextmanager
def with_blank_page():
    """app.py's navigation with one extra page that shows nothing (only while a reference runs)."""
    import app_pages

    pages = app_pages.PAGES
    app_pages.PAGES = (*pages, ("blank", BLANK_PAGE, ":material/check_box_outline_blank:"))
    try:
        yield
    finally:
        app_pages.PAGES = pages


def references() -> dict[str, Callable[[], float]]:
    """The three blank pages, each ready to time one rerun."""
    from painter.i18n import CATALOGUES

    for catalogue in CATALOGUES.values():
        catalogue.setdefault("nav.blank", "blank")
        catalogue.setdefault("home.blank", "")
    bare = AppTest.from_string("import streamlit as st\nst.write('')", default_timeout=60)
    bare.run()
    minimal = AppTest.from_string(BLANK_IN_FRAME, default_timeout=60)
    minimal.run()
    in_app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    with with_blank_page():
        in_app.run()
        in_app.switch_page(BLANK_PAGE).run()

    def in_app_run() -> float:
        with with_blank_page():
            return timed_run(in_app)

    return {"app blank": in_app_run, "minimal": lambda: timed_run(minimal), "bare": lambda: timed_run(bare)}


def interleaved(at: AppTest, control, refs, new: bool) -> tuple[float, dict[str, float]]:
    """Median rerun of the page and of each reference, run in turn so that drift hits all alike."""
    runs = REPEATS if control is None or not new else min(REPEATS, len(control[2]) - 2)
    page, base = [], {name: [] for name in refs}
    for i in range(runs):
        for name, reference in refs.items():
            base[name].append(reference())
        move(at, control, i, new)
        page.append(timed_run(at))
    return statistics.median(page), {name: statistics.median(times) for name, times in base.items()}


def main(only: list[str]) -> None:
    refs = references()
    print(
        f"{'page':24} {'revisited ms':>12} {'/app blank':>10} {'/minimal':>9} {'/bare':>6}"
        f" {'new ms':>8} {'/app blank':>10} {'figure bytes':>13}"
    )
    blanks = []
    for page, control in CONTROLS.items():
        if only and Path(page).stem not in only:
            continue
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        at.run()
        at.switch_page(page).run()
        at.run()  # caches warm
        for i in range(2):  # both revisited settings built
            move(at, control, i, new=False)
            at.run()
        revisited, base = interleaved(at, control, refs, new=False)
        blanks.append(base["app blank"])
        figure_bytes = sum(len(chart.proto.spec) for chart in at.get("plotly_chart"))
        new, new_base = interleaved(at, control, refs, new=True) if control else (revisited, base)
        print(
            f"{page:24} {revisited * 1000:12.1f} {revisited / base['app blank']:10.1f}"
            f" {revisited / base['minimal']:9.1f} {revisited / base['bare']:6.1f}"
            f" {new * 1000:8.1f} {new / new_base['app blank']:10.1f} {figure_bytes:13,}"
        )
    print(f"(blank page in this app's frame: {statistics.median(blanks) * 1000:.1f} ms)")


if __name__ == "__main__":
    main(sys.argv[1:])
