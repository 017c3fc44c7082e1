"""The app's pages, one file per step of the story (layout and widgets only)."""

from collections.abc import Callable, Mapping

from painter.diffusion import METHODS
from painter.digits import CANDIDATES, HELD_OUT, MASKS
from painter.em import INITS
from painter.images import PHOTOS
from painter.model import COVARIANCE_TYPES
from painter.urlstate import Param

#: (key, file, icon) in story order. The key names the page's texts and its URL path.
PAGES = (
    ("home", "app_pages/home.py", ":material/home:"),
    ("pixels", "app_pages/pixels.py", ":material/grid_on:"),
    ("count", "app_pages/count.py", ":material/calculate:"),
    ("untrained", "app_pages/untrained.py", ":material/blur_on:"),
    ("contest", "app_pages/contest.py", ":material/scatter_plot:"),
    ("learn", "app_pages/learn.py", ":material/model_training:"),
    ("digits", "app_pages/digits.py", ":material/draw:"),
    ("training", "app_pages/training.py", ":material/play_circle:"),
    ("style", "app_pages/style.py", ":material/palette:"),
    ("diffusion", "app_pages/diffusion.py", ":material/blur_circular:"),
    ("prompt", "app_pages/prompt.py", ":material/edit_note:"),
)

#: The sections of the real-pictures page and of the watch-it-learn page.
DIGIT_SECTIONS = ("real", "copies", "inpaint")
TRAINING_SECTIONS = ("em", "choose", "own", "temperature")
PROMPT_SECTIONS = ("strip", "tradeoff", "copies")

SEED = dict(kind="int", low=0, high=2**31 - 1)
MODEL = (Param("model_k", "int", 1, 8), Param("model_cov", "choice", choices=COVARIANCE_TYPES))

#: The settings of each page that a shared link carries, by page key; names are the widgets' keys.
URL_PARAMS: dict[str, tuple[Param, ...]] = {
    "pixels": (
        Param("pixels_photo", "choice", choices=PHOTOS),
        Param("pixels_size", "int", 4, 16),
        Param("pixels_x", "int", 0, 640 - 16),  # the bounds every zoom box size allows
        Param("pixels_y", "int", 0, 427 - 16),
    ),
    "count": (Param("count_w", "int", 1, 10**9), Param("count_h", "int", 1, 10**9), Param("count_colour", "bool")),
    "untrained": (
        Param("untrained_count", "int", 1, 24),
        Param("untrained_size", "int", 2, 64),
        Param("untrained_colour", "bool"),
        Param("untrained_seed", **SEED),
    ),
    "contest": (Param("contest_artist", "int", 1, 300), Param("contest_strip", "int", 5, 40)),
    "learn": (*MODEL, Param("learn_n_new", "int", 0, 60), Param("learn_seed", **SEED)),
    "digits": (
        Param("digits_section", "choice", choices=DIGIT_SECTIONS),
        Param("digits_k", "int", min(CANDIDATES), max(CANDIDATES), choices=CANDIDATES),
        Param("digits_seed", **SEED),
        Param("digits_index", "int", 0, HELD_OUT - 1),
        Param("digits_mask", "choice", choices=MASKS),
    ),
    "training": (
        Param("training_section", "choice", choices=TRAINING_SECTIONS),
        Param("temperature", "float", 0.2, 3.0, step=0.1),
        Param("em_k", "int", 1, 8),
        Param("em_cov", "choice", choices=COVARIANCE_TYPES),
        Param("em_init", "choice", choices=INITS),
        Param("em_seed", **SEED),
    ),
    "style": (
        *MODEL,
        Param("style_x1", "int", 0, 255),
        Param("style_x2", "int", 0, 255),
        Param("style_n_new", "int", 1, 24),
        Param("style_seed", **SEED),
    ),
    "diffusion": (
        *MODEL,
        Param("diffusion_points", "int", 50, 1000, step=50),
        Param("diffusion_steps", "int", 10, 200, step=10),
        Param("diffusion_method", "choice", choices=METHODS),
        Param("diffusion_seed", **SEED),
    ),
    "prompt": (
        Param("prompt_digit", "int", 0, 9),
        Param("prompt_guidance", "float", 0.0, 10.0, step=0.5),
        Param("prompt_steps", "int", 10, 200, step=10),
        Param("prompt_method", "choice", choices=METHODS),
        Param("prompt_seed", **SEED),
        Param("prompt_section", "choice", choices=PROMPT_SECTIONS),
    ),
}


#: "Try this" tasks of each page: (key, check). A check reads the session's values
#: (widget keys, and facts a page notes such as ``fact_style_peaks``) and says whether
#: the visitor has done it; texts are ``tasks.<page>.<key>``.
TASKS: dict[str, tuple[tuple[str, Callable[[Mapping], bool]], ...]] = {
    "pixels": (
        ("flower", lambda s: s.get("pixels_photo") == "flower.jpg"),
        ("largest", lambda s: s.get("pixels_size") == 16),
    ),
    "count": (
        ("megapixel", lambda s: s.get("count_w") == 1000 and s.get("count_h") == 1000 and bool(s.get("count_colour"))),
        ("two", lambda s: (s.get("count_w") or 0) * (s.get("count_h") or 0) == 2 and not s.get("count_colour")),
    ),
    "untrained": (
        ("seeds", lambda s: (s.get("untrained_seed") or 0) >= 5),
        ("tiny", lambda s: s.get("untrained_size") == 2),
        ("colour", lambda s: bool(s.get("untrained_colour"))),
    ),
    "contest": (
        ("artist", lambda s: (s.get("contest_artist") or 1) != 1),
        ("strip", lambda s: s.get("contest_strip") == 40),
    ),
    "learn": (
        ("one", lambda s: s.get("model_k") == 1),
        ("spherical", lambda s: s.get("model_cov") == "spherical"),
        ("many", lambda s: (s.get("learn_n_new") or 0) >= 40),
    ),
    "digits": (
        ("copies", lambda s: s.get("digits_section") == "copies"),
        ("inpaint", lambda s: s.get("digits_section") == "inpaint"),
    ),
    "training": (
        ("kmeans", lambda s: s.get("em_init") == "kmeans"),
        ("choose", lambda s: s.get("training_section") == "choose"),
        ("temperature", lambda s: s.get("training_section") == "temperature"),
    ),
    "style": (
        ("one_peak", lambda s: s.get("fact_style_peaks") == 1),
        ("two_peaks", lambda s: s.get("style_x1") not in (None, 170) and (s.get("fact_style_peaks") or 0) >= 2),
        ("dark", lambda s: (s.get("style_x1") or 255) < 80),
    ),
    "diffusion": (
        ("ode", lambda s: s.get("diffusion_method") == "ode"),
        ("steps", lambda s: s.get("diffusion_steps") == 200),
    ),
    "prompt": (
        ("strong", lambda s: (s.get("prompt_guidance") or 0) >= 8),
        ("tradeoff", lambda s: s.get("prompt_section") == "tradeoff"),
        ("copies", lambda s: s.get("prompt_section") == "copies"),
    ),
}
