"""Warm reruns of every page against a blank page, and the figure bytes each page sends.

For each page: open it through app.py under AppTest, let the caches warm, then
time reruns after moving its main control back and forth (the model stays
cached). Two references are measured in the same run: a bare one-line
Streamlit script, and a blank page inside the same frame as the app (page
config, language switch, navigation of as many pages, sidebar caption), which
is what a page of this app costs before its own content. Also prints the size
of the Plotly JSON per page.

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

#: page file -> (widget kind, key, two values to alternate); None = a page without a control to move
CONTROLS = {
    "app_pages/home.py": None,
    "app_pages/pixels.py": ("slider", "pixels_x", (100, 300)),
    "app_pages/count.py": ("number_input", "count_w", (1000, 1200)),
    "app_pages/untrained.py": ("slider", "untrained_count", (10, 12)),
    "app_pages/contest.py": ("slider", "contest_artist", (1, 2)),
    "app_pages/learn.py": ("slider", "learn_n_new", (15, 16)),
    "app_pages/style.py": ("slider", "style_x1", (170, 160)),
    "app_pages/training.py": ("slider", "em_k", (3, 4)),
    "app_pages/diffusion.py": ("slider", "diffusion_points", (400, 450)),
}


def timed_reruns(at: AppTest, control) -> list[float]:
    times = []
    for i in range(REPEATS):
        if control:
            kind, key, values = control
            getattr(at, kind)(key=key).set_value(values[i % 2])
        start = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - start)
        assert not at.exception
    return times


def main() -> None:
    blank = AppTest.from_string("import streamlit as st\nst.write('')", default_timeout=60)
    blank.run()
    reference = statistics.median(timed_reruns(blank, None))
    framed = AppTest.from_string(BLANK_IN_FRAME, default_timeout=60)
    framed.run()
    frame = statistics.median(timed_reruns(framed, None))
    print(
        f"bare one-line script rerun: {reference * 1000:.1f} ms; blank page in the app's frame: {frame * 1000:.1f} ms"
    )
    print(f"{'page':28} {'rerun ms':>9} {'/bare':>6} {'/frame':>7} {'figure bytes':>13}")
    for page, control in CONTROLS.items():
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        at.run()
        at.switch_page(page).run()
        at.run()  # caches warm
        median = statistics.median(timed_reruns(at, control))
        figure_bytes = sum(len(chart.proto.spec) for chart in at.get("plotly_chart"))
        print(f"{page:28} {median * 1000:9.1f} {median / reference:6.1f} {median / frame:7.1f} {figure_bytes:13,}")


if __name__ == "__main__":
    main()
