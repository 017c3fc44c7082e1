"""The app's pages, one file per step of the story (layout and widgets only), and their registry.

``STORY`` is the single source for the frame: one :class:`Page` per step, in
story order, with its icon, the settings a shared link carries (each a
:class:`~painter.urlstate.Param` that also gives its widget's range and
default) and its "try this" tasks. The navigation, the step numbers, the URL
state, the tasks and the benchmark all read it; a new page joins the story with
one entry here (plus its page file, its logic module, its test file and its
texts in the two catalogues).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from string import ascii_lowercase

from painter.contest import ARTISTS
from painter.diffusion import METHODS
from painter.digits import CANDIDATES, HELD_OUT, MASKS
from painter.em import INITS
from painter.i18n import current_language, translate
from painter.images import PHOTO_HEIGHT, PHOTO_WIDTH, PHOTOS
from painter.model import COVARIANCE_TYPES
from painter.prompt import DIGITS, GUIDANCE_MAX, STEPS
from painter.urlstate import Param

#: A "try this" task: (key, check). A check reads the session's values (widget keys,
#: and facts a page notes such as ``fact_style_peaks``) and says whether the visitor
#: has done it; its text is ``tasks.<page>.<key>``.
Task = tuple[str, Callable[[Mapping], bool]]


def _chosen(param: Param, value) -> Callable[[Mapping], bool]:
    """A task's check: done when the setting ``param`` holds ``value``."""
    return lambda state: state.get(param.key) == value


@dataclass(frozen=True)
class Page:
    """One step of the story.

    Parameters
    ----------
    key : str
        Names the page's texts (``nav.<key>``, ``<key>.title``, ``<key>.takeaway``,
        ``home.<key>``) and its URL path.
    icon : str
        A Material icon, as ``":material/name:"``.
    params : tuple of Param
        The settings a shared link carries; names are the widgets' keys.
    tasks : tuple of Task
        The page's "try this" tasks.
    side_step : bool
        A side step is numbered after the step before it ("5a", "5b") instead of
        taking the next number.
    main : str, optional
        The key of the page's main control (a Param of ``params``), moved by
        ``bench/bench_pages.py``.
    file : str, optional
        The page file, when it is not ``app_pages/<key>.py``.
    terms : tuple of str
        The glossary terms (:data:`painter.glossary.TERMS` keys) the page uses and explains under
        its title, in that order.
    links : tuple of str
        Values a link carries that are not widget settings (a room code, a key): the page checks
        them itself and keeps them in the session under these names; the frame writes them back.
    """

    key: str
    icon: str
    params: tuple[Param, ...] = ()
    tasks: tuple[Task, ...] = ()
    side_step: bool = False
    main: str | None = None
    file: str | None = None
    terms: tuple[str, ...] = ()
    links: tuple[str, ...] = ()

    @property
    def path(self) -> str:
        """The page file (relative to the repository root)."""
        return self.file or f"app_pages/{self.key}.py"

    def param(self, key: str) -> Param:
        """The declared setting named ``key``."""
        return next(param for param in self.params if param.key == key)


# --- settings, one declaration each ------------------------------------------

SEED = dict(kind="int", low=0, high=2**31 - 1, default=0)
#: The model's settings: the same keys on every page that shows the 2-pixel model.
MODEL_K = Param("model_k", "int", 1, 8, default=3)
MODEL_COV = Param("model_cov", "choice", choices=COVARIANCE_TYPES)
MODEL = (MODEL_K, MODEL_COV)

#: The zoom box on the pixels page: its largest size, and its position sliders,
#: which end where the largest box still fits (so a new box size never changes their range).
ZOOM_MAX = 16
PIXELS_PHOTO = Param("pixels_photo", "choice", choices=PHOTOS)
PIXELS_SIZE = Param("pixels_size", "int", 4, ZOOM_MAX, default=10)
# the photos open on the edge of the temple roof (dark tiles against bright sky)
PIXELS_X = Param("pixels_x", "int", 0, PHOTO_WIDTH - ZOOM_MAX, default=100)
PIXELS_Y = Param("pixels_y", "int", 0, PHOTO_HEIGHT - ZOOM_MAX, default=130)

COUNT_W = Param("count_w", "int", 1, 10**9, default=1000)
COUNT_H = Param("count_h", "int", 1, 10**9, default=1000)
COUNT_COLOUR = Param("count_colour", "bool")

UNTRAINED_COUNT = Param("untrained_count", "int", 1, 24, default=10)
UNTRAINED_SIZE = Param("untrained_size", "int", 2, 64, default=32)
UNTRAINED_COLOUR = Param("untrained_colour", "bool")
UNTRAINED_SEED = Param("untrained_seed", **SEED)

CONTEST_ARTIST = Param("contest_artist", "int", 1, ARTISTS, default=1)
CONTEST_STRIP = Param("contest_strip", "int", 5, 40, default=16)

LEARN_N_NEW = Param("learn_n_new", "int", 0, 60, default=15)
LEARN_SEED = Param("learn_seed", **SEED)

#: The sections of the real-pictures page and of the watch-it-learn page.
DIGIT_SECTIONS = ("real", "copies", "inpaint")
TRAINING_SECTIONS = ("em", "choose", "own", "temperature")

DIGITS_SECTION = Param("digits_section", "choice", choices=DIGIT_SECTIONS)
# no fixed default: the page opens on the number of components BIC prefers
DIGITS_K = Param("digits_k", "int", min(CANDIDATES), max(CANDIDATES), choices=CANDIDATES)
DIGITS_SEED = Param("digits_seed", **SEED)
DIGITS_INDEX = Param("digits_index", "int", 0, HELD_OUT - 1, default=0)
DIGITS_MASK = Param("digits_mask", "choice", choices=MASKS)

TRAINING_SECTION = Param("training_section", "choice", choices=TRAINING_SECTIONS)
TEMPERATURE = Param("temperature", "float", 0.2, 3.0, step=0.1, default=1.0)
EM_K = Param("em_k", "int", 1, 8, default=3)
EM_COV = Param("em_cov", "choice", choices=COVARIANCE_TYPES)
EM_INIT = Param("em_init", "choice", choices=INITS, default="random")
EM_SEED = Param("em_seed", **SEED)
#: The temperature section's seed: not carried by links.
TEMPERATURE_SEED = Param("temp_seed", **SEED)

STYLE_X1 = Param("style_x1", "int", 0, 255, default=170)
STYLE_X2 = Param("style_x2", "int", 0, 255, default=60)
STYLE_N_NEW = Param("style_n_new", "int", 1, 24, default=8)
STYLE_SEED = Param("style_seed", **SEED)

DIFFUSION_POINTS = Param("diffusion_points", "int", 50, 1000, step=50, default=400)
DIFFUSION_STEPS = Param("diffusion_steps", "int", 10, 200, step=10, default=100)
DIFFUSION_METHOD = Param("diffusion_method", "choice", choices=METHODS)
DIFFUSION_SEED = Param("diffusion_seed", **SEED)

PROMPT_SECTIONS = ("strip", "tradeoff", "copies")
PROMPT_SECTION = Param("prompt_section", "choice", choices=PROMPT_SECTIONS)
PROMPT_DIGIT = Param("prompt_digit", "int", min(DIGITS), max(DIGITS), choices=DIGITS, default=3)
PROMPT_GUIDANCE = Param("prompt_guidance", "float", 0.0, GUIDANCE_MAX, step=0.5, default=0.0)
PROMPT_STEPS = Param("prompt_steps", "int", 10, 200, step=10, default=STEPS)
# the ODE first: deterministic, so a seed and a prompt always give the same digits
PROMPT_METHOD = Param("prompt_method", "choice", choices=METHODS[::-1])
PROMPT_SEED = Param("prompt_seed", **SEED)


# --- the story ------------------------------------------------------------------

STORY: tuple[Page, ...] = (
    Page("home", ":material/home:"),
    Page(
        "pixels",
        ":material/grid_on:",
        (PIXELS_PHOTO, PIXELS_SIZE, PIXELS_X, PIXELS_Y),
        (
            ("flower", _chosen(PIXELS_PHOTO, "flower.jpg")),
            ("largest", _chosen(PIXELS_SIZE, PIXELS_SIZE.high)),
        ),
        main="pixels_x",
    ),
    Page(
        "count",
        ":material/calculate:",
        (COUNT_W, COUNT_H, COUNT_COLOUR),
        (
            (
                "megapixel",
                lambda s: s.get("count_w") == 1000 and s.get("count_h") == 1000 and bool(s.get("count_colour")),
            ),
            ("two", lambda s: (s.get("count_w") or 0) * (s.get("count_h") or 0) == 2 and not s.get("count_colour")),
        ),
        main="count_w",
    ),
    Page(
        "untrained",
        ":material/blur_on:",
        (UNTRAINED_COUNT, UNTRAINED_SIZE, UNTRAINED_COLOUR, UNTRAINED_SEED),
        (
            ("seeds", lambda s: (s.get("untrained_seed") or 0) >= 5),
            ("tiny", _chosen(UNTRAINED_SIZE, UNTRAINED_SIZE.low)),
            ("colour", lambda s: bool(s.get("untrained_colour"))),
        ),
        main="untrained_count",
    ),
    Page(
        "contest",
        ":material/scatter_plot:",
        (CONTEST_ARTIST, CONTEST_STRIP),
        (
            ("artist", lambda s: (s.get("contest_artist") or CONTEST_ARTIST.default) != CONTEST_ARTIST.default),
            ("strip", _chosen(CONTEST_STRIP, CONTEST_STRIP.high)),
        ),
        main="contest_artist",
        terms=("style_scene",),
    ),
    Page(
        "classroom",
        ":material/groups:",
        side_step=True,
        terms=("style_scene", "gaussian", "component", "covariance", "bic"),
        links=("room", "teacher", "student"),
    ),
    Page(
        "learn",
        ":material/model_training:",
        (*MODEL, LEARN_N_NEW, LEARN_SEED),
        (
            ("one", _chosen(MODEL_K, MODEL_K.low)),
            ("spherical", _chosen(MODEL_COV, "spherical")),
            ("many", lambda s: (s.get("learn_n_new") or 0) >= 40),
        ),
        main="learn_n_new",
        terms=("style_scene", "gaussian", "component", "covariance", "log_likelihood"),
    ),
    Page(
        "digits",
        ":material/draw:",
        (DIGITS_SECTION, DIGITS_K, DIGITS_SEED, DIGITS_INDEX, DIGITS_MASK),
        (
            ("copies", _chosen(DIGITS_SECTION, "copies")),
            ("inpaint", _chosen(DIGITS_SECTION, "inpaint")),
        ),
        side_step=True,
        main="digits_seed",
        terms=("gaussian", "component", "pca", "bic", "bits_per_pixel"),
    ),
    Page(
        "training",
        ":material/play_circle:",
        (TRAINING_SECTION, TEMPERATURE, EM_K, EM_COV, EM_INIT, EM_SEED),
        (
            ("kmeans", _chosen(EM_INIT, "kmeans")),
            ("choose", _chosen(TRAINING_SECTION, "choose")),
            ("temperature", _chosen(TRAINING_SECTION, "temperature")),
        ),
        side_step=True,
        main="em_k",
        terms=("style_scene", "gaussian", "component", "covariance", "log_likelihood", "bic", "guidance"),
    ),
    Page(
        "style",
        ":material/palette:",
        (*MODEL, STYLE_X1, STYLE_X2, STYLE_N_NEW, STYLE_SEED),
        (
            ("one_peak", lambda s: s.get("fact_style_peaks") == 1),
            (
                "two_peaks",
                lambda s: s.get("style_x1") not in (None, STYLE_X1.default) and (s.get("fact_style_peaks") or 0) >= 2,
            ),
            ("dark", lambda s: (s.get("style_x1") or STYLE_X1.high) < 80),
        ),
        main="style_x1",
        terms=("style_scene", "gaussian", "component", "covariance"),
    ),
    Page(
        "diffusion",
        ":material/blur_circular:",
        (*MODEL, DIFFUSION_POINTS, DIFFUSION_STEPS, DIFFUSION_METHOD, DIFFUSION_SEED),
        (
            ("ode", _chosen(DIFFUSION_METHOD, "ode")),
            ("steps", _chosen(DIFFUSION_STEPS, DIFFUSION_STEPS.high)),
        ),
        main="diffusion_points",
        terms=(
            "style_scene",
            "gaussian",
            "component",
            "covariance",
            "log_likelihood",
            "sigma",
            "score",
            "langevin",
            "ode",
            "geometric",
        ),
    ),
    Page(
        "prompt",
        ":material/edit_note:",
        (PROMPT_DIGIT, PROMPT_GUIDANCE, PROMPT_STEPS, PROMPT_METHOD, PROMPT_SEED, PROMPT_SECTION),
        (
            ("strong", lambda s: (s.get("prompt_guidance") or 0) >= 8),
            ("tradeoff", _chosen(PROMPT_SECTION, "tradeoff")),
            ("copies", _chosen(PROMPT_SECTION, "copies")),
        ),
        main="prompt_guidance",
        terms=("gaussian", "covariance", "sigma", "score", "langevin", "ode", "geometric", "guidance"),
    ),
)


# --- what the frame reads (always through STORY, so a test may register a page) ---


def story() -> tuple[Page, ...]:
    """The pages in story order (read at call time: a test may swap ``STORY``)."""
    return STORY


def page(key: str) -> Page:
    """The registered page ``key``."""
    return next(entry for entry in story() if entry.key == key)


def step_number(key: str) -> str:
    """The page's step number from its place in the story: "1", "2", … and "5a", "5b" for side steps.

    The first page (the overview) has none: an empty string.
    """
    number, side = 0, 0
    for entry in story()[1:]:
        if entry.side_step:
            side += 1
        else:
            number, side = number + 1, 0
        if entry.key == key:
            return f"{number}{ascii_lowercase[side - 1] if side else ''}"
    return ""


def numbered(key: str, text: str) -> str:
    """``text`` behind the page's step number ("5a · text"), or as it is for the overview."""
    number = step_number(key)
    return f"{number} · {text}" if number else text


def nav_title(key: str, language: str | None = None) -> str:
    """The page's name in the navigation and the step links, with its step number."""
    return numbered(key, translate(language or current_language(), f"nav.{key}"))


def page_title(key: str, language: str | None = None) -> str:
    """The page's title, with its step number."""
    return numbered(key, translate(language or current_language(), f"{key}.title"))


#: Kept for callers that want plain tuples: (key, file, icon) in story order.
PAGES = tuple((entry.key, entry.path, entry.icon) for entry in STORY)
#: The settings of each page that a shared link carries, by page key.
URL_PARAMS: dict[str, tuple[Param, ...]] = {entry.key: entry.params for entry in STORY if entry.params}
#: "Try this" tasks of each page.
TASKS: dict[str, tuple[Task, ...]] = {entry.key: entry.tasks for entry in STORY if entry.tasks}
