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

    .venv/bin/python bench/bench_pages.py
"""

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

REPEATS = 12

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
}

#: The extra page that shows nothing, for the in-app reference.
BLANK_PAGE = "bench/blank_page.py"


def timed_reruns(at: AppTest, control, new: bool = False) -> list[float]:
    """Rerun times after moving ``control``: between its first two values, or (``new``) to unseen ones."""
    times = []
    runs = REPEATS if control is None or not new else min(REPEATS, len(control[2]) - 2)
    for i in range(runs):
        if control:
            kind, key, values = control
            getattr(at, kind)(key=key).set_value(values[2 + i] if new else values[i % 2])
        start = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - start)
        assert not at.exception
    return times


def blank_page_in_app() -> float:
    """Median rerun of a page that shows nothing, inside app.py's own frame (navigation, links, language)."""
    import app_pages
    from painter.i18n import CATALOGUES

    pages = app_pages.PAGES
    app_pages.PAGES = (*pages, ("blank", BLANK_PAGE, ":material/check_box_outline_blank:"))
    for catalogue in CATALOGUES.values():
        catalogue["nav.blank"] = "blank"
    try:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.run()
        at.switch_page(BLANK_PAGE).run()
        return statistics.median(timed_reruns(at, None))
    finally:
        app_pages.PAGES = pages


def main() -> None:
    bare = AppTest.from_string("import streamlit as st\nst.write('')", default_timeout=60)
    bare.run()
    reference = statistics.median(timed_reruns(bare, None))
    framed = AppTest.from_string(BLANK_IN_FRAME, default_timeout=60)
    framed.run()
    frame = statistics.median(timed_reruns(framed, None))
    blank = blank_page_in_app()
    print(
        f"blank page rerun: bare one-line script {reference * 1000:.1f} ms; in a minimal frame {frame * 1000:.1f} ms;"
        f" in this app's frame {blank * 1000:.1f} ms"
    )
    print(
        f"{'page':24} {'revisited ms':>12} {'/app blank':>10} {'/minimal':>9} {'/bare':>6}"
        f" {'new ms':>8} {'/app blank':>10} {'figure bytes':>13}"
    )
    for page, control in CONTROLS.items():
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        at.run()
        at.switch_page(page).run()
        at.run()  # caches warm
        revisited = statistics.median(timed_reruns(at, control))
        figure_bytes = sum(len(chart.proto.spec) for chart in at.get("plotly_chart"))
        new = statistics.median(timed_reruns(at, control, new=True)) if control else revisited
        print(
            f"{page:24} {revisited * 1000:12.1f} {revisited / blank:10.1f} {revisited / frame:9.1f}"
            f" {revisited / reference:6.1f} {new * 1000:8.1f} {new / blank:10.1f} {figure_bytes:13,}"
        )


if __name__ == "__main__":
    main()
