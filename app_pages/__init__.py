"""The app's pages, one file per step of the story (layout and widgets only), and their registry.

``STORY`` is the single source for the frame: one :class:`Page` per step, in
story order, with its icon, the settings a shared link carries (each a
:class:`~painter.urlstate.Param` that also gives its widget's range, default
and option labels), its "try this" tasks (each a :class:`Task`: the setting
that completes it), its main control and its main figure. The navigation, the
step numbers, the URL state, the tasks, the benchmark, the warm-up and the
tests all read it (always through :func:`story`, never a copy made at import);
a new page joins the story with one entry here (plus its page file, its logic
module, its test file and its texts in the two catalogues).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from string import ascii_lowercase

from painter.compress import DIMS as COMPRESS_DIMS
from painter.contest import ARTISTS
from painter.diffusion import METHODS
from painter.digits import CANDIDATES, HELD_OUT, MASKS
from painter.em import INITS
from painter.guidance import SCHOOLS
from painter.handwriting import DIMS as HANDWRITING_DEFAULT_DIMS
from painter.i18n import current_language, translate
from painter.images import PHOTO_HEIGHT, PHOTO_WIDTH, PHOTOS
from painter.model import COVARIANCE_TYPES
from painter.prompt import DIGITS, GUIDANCE_MAX, STEPS
from painter.selection import METRICS
from painter.urlstate import Param, encode

_COMPARE = {"==": operator.eq, ">=": operator.ge, "<=": operator.le}


@dataclass(frozen=True)
class Task:
    """A "try this" task: done once the setting ``param`` holds ``value``.

    Its text is ``tasks.<page>.<key>``. What completes it is declared, not
    written as code: setting ``param`` (and each of ``also``) to its value does,
    which is also what the tests do to check it.

    Parameters
    ----------
    key : str
        Names the task's text.
    param : Param
        The setting the visitor moves.
    value : object
        A value of ``param`` that completes the task.
    compare : {"==", ">=", "<="}
        How the session's value is compared with ``value`` ("at least", "at most").
    also : tuple of (Param, value)
        Further settings that must hold their value (``==``) too.
    when : callable, optional
        A predicate over the session's values that replaces the comparison, for a task that
        depends on what the page found (a fact it notes, such as ``fact_style_peaks``) or on
        several settings at once; setting ``param`` and ``also`` must still make it true.
    """

    key: str
    param: Param
    value: object
    compare: str = "=="
    also: tuple[tuple[Param, object], ...] = ()
    when: Callable[[Mapping], bool] | None = None

    def __post_init__(self) -> None:
        if self.compare not in _COMPARE:
            raise ValueError(f"task {self.key!r}: compare {self.compare!r} not in {sorted(_COMPARE)}")
        for param, value in ((self.param, self.value), *self.also):
            if param.kind != "bool" and param.read(encode(value)) is None:
                raise ValueError(f"task {self.key!r}: {param.key}={value!r} refused")

    @property
    def settings(self) -> tuple[tuple[Param, object], ...]:
        """Every (setting, value) that completes the task: ``param`` first."""
        return ((self.param, self.value), *self.also)

    def done(self, state: Mapping) -> bool:
        """Whether the session (widget keys -> values, and the facts a page notes) has done it."""
        if self.when is not None:
            return bool(self.when(state))
        held = state.get(self.param.key, self.param.default)
        if held is None or not _COMPARE[self.compare](held, self.value):
            return False
        return all(state.get(param.key, param.default) == value for param, value in self.also)


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
        ``bench/bench_pages.py``, ``bench/bench_load.py`` and the browser tests.
    main_figure : str, optional
        The key of the page's main figure: a chart's ``key`` (``chart(..., key=...)``) or,
        on a page of pictures, the key of the container that holds them. The browser and
        phone tests find it as ``.st-key-<main_figure>``, AppTest by its element id.
    others : tuple of Param
        Settings drawn from a Param that links do not carry (a seed of a side section, a
        switch of a chart): declared here all the same, so their ranges and option labels
        have one home.
    file : str, optional
        The page file, when it is not ``app_pages/<key>.py``.
    terms : tuple of str
        The glossary terms (:data:`painter.glossary.TERMS` keys) the page uses and explains under
        its title, in that order.
    links : tuple of str
        Values a link carries that are not widget settings (a room code, a key): the page checks
        them itself and keeps them in the session under these names; the frame writes them back.
    first_visit : float
        Seconds the first visit of its default view takes in a fresh process, when that is more than
        a few tenths (its fits; measured 4 December 2026 on 2 cores, one BLAS thread): the app's
        warm-up (:mod:`painter.warmup`) opens these pages before the others, the longest first.
    """

    key: str
    icon: str
    params: tuple[Param, ...] = ()
    tasks: tuple[Task, ...] = ()
    side_step: bool = False
    main: str | None = None
    main_figure: str | None = None
    file: str | None = None
    terms: tuple[str, ...] = ()
    others: tuple[Param, ...] = ()
    links: tuple[str, ...] = ()
    first_visit: float = 0.0

    @property
    def path(self) -> str:
        """The page file (relative to the repository root)."""
        return self.file or f"app_pages/{self.key}.py"

    @property
    def url_path(self) -> str:
        """The page's address below the app's root: ``""`` for the first page (the overview)."""
        return "" if self.key == story()[0].key else self.key

    def param(self, key: str) -> Param:
        """The declared setting named ``key`` (carried by links or not)."""
        return next(param for param in (*self.params, *self.others) if param.key == key)


# --- settings, one declaration each ------------------------------------------

SEED = dict(kind="int", low=0, high=2**31 - 1, default=0)
#: The model's settings: the same keys on every page that shows the 2-pixel model.
MODEL_K = Param("model_k", "int", 1, 8, default=3)
MODEL_COV = Param("model_cov", "choice", choices=COVARIANCE_TYPES, labels="model.cov")
MODEL = (MODEL_K, MODEL_COV)

#: The zoom box on the pixels page: its largest size, and its position sliders,
#: which end where the largest box still fits (so a new box size never changes their range).
ZOOM_MAX = 16
PIXELS_PHOTO = Param("pixels_photo", "choice", choices=PHOTOS, labels="pixels.photo")
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

DIGITS_SECTION = Param("digits_section", "choice", choices=DIGIT_SECTIONS, labels="digits.section")
# no fixed default: the page opens on the number of components BIC prefers
DIGITS_K = Param("digits_k", "int", min(CANDIDATES), max(CANDIDATES), choices=CANDIDATES)
DIGITS_SEED = Param("digits_seed", **SEED)
DIGITS_INDEX = Param("digits_index", "int", 0, HELD_OUT - 1, default=0)
DIGITS_MASK = Param("digits_mask", "choice", choices=MASKS, labels="digits.inpaint.mask")

TRAINING_SECTION = Param("training_section", "choice", choices=TRAINING_SECTIONS, labels="training.section")
TEMPERATURE = Param("temperature", "float", 0.2, 3.0, step=0.1, default=1.0)
EM_K = Param("em_k", "int", 1, 8, default=3)
EM_COV = Param("em_cov", "choice", choices=COVARIANCE_TYPES, labels="model.cov")
EM_INIT = Param("em_init", "choice", choices=INITS, default="random", labels="training.em.init")
EM_SEED = Param("em_seed", **SEED)
#: The temperature section's seed: not carried by links.
TEMPERATURE_SEED = Param("temp_seed", **SEED)
#: Which score chooses the model: not carried by links either.
CHOOSE_METRIC = Param("choose_metric", "choice", choices=METRICS, labels="training.choose.metric")

STYLE_X1 = Param("style_x1", "int", 0, 255, default=170)
STYLE_X2 = Param("style_x2", "int", 0, 255, default=60)
STYLE_N_NEW = Param("style_n_new", "int", 1, 24, default=8)
STYLE_SEED = Param("style_seed", **SEED)

#: Where step 6a's picture comes from; the held-out digit last, so a link that names it shows its number too.
HANDWRITING_SOURCES = ("draw", "upload", "held_out")
HANDWRITING_SOURCE = Param("handwriting_source", "choice", choices=HANDWRITING_SOURCES, labels="handwriting.source")
HANDWRITING_DIMS = Param("handwriting_dims", "int", 2, 16, default=HANDWRITING_DEFAULT_DIMS)
HANDWRITING_INDEX = Param("handwriting_index", "int", 0, HELD_OUT - 1, default=0)
#: The first three style directions, each a move from the visitor's own style.
HANDWRITING_MOVES = tuple(Param(f"handwriting_z{k + 1}", "float", -2.0, 2.0, step=0.25, default=0.0) for k in range(3))
#: The digit the visitor says the picture shows; -1: the one the model reads.
HANDWRITING_DIGIT = Param("handwriting_digit", "int", -1, 9, choices=tuple(range(-1, 10)), default=-1)

DIFFUSION_POINTS = Param("diffusion_points", "int", 50, 1000, step=50, default=400)
DIFFUSION_STEPS = Param("diffusion_steps", "int", 10, 200, step=10, default=100)
DIFFUSION_METHOD = Param("diffusion_method", "choice", choices=METHODS, labels="diffusion.method")
DIFFUSION_SEED = Param("diffusion_seed", **SEED)

LEARNED_SECTIONS = ("score", "memorise", "compress")
LEARNED_SECTION = Param("learned_section", "choice", choices=LEARNED_SECTIONS, labels="learned.section")
LEARNED_N = Param("learned_n", "int", 5, 1000, step=5, default=300)
LEARNED_SIGMA = Param("learned_sigma", "int", 1, 150, default=20)
LEARNED_SEED = Param("learned_seed", **SEED)
LEARNED_K = Param("learned_k", "int", min(COMPRESS_DIMS), max(COMPRESS_DIMS), choices=COMPRESS_DIMS, default=16)

PROMPT_SECTIONS = ("strip", "tradeoff", "schools", "copies", "noise")
PROMPT_SECTION = Param("prompt_section", "choice", choices=PROMPT_SECTIONS, labels="prompt.section")
PROMPT_DIGIT = Param("prompt_digit", "int", min(DIGITS), max(DIGITS), choices=DIGITS, default=3)
#: Opens guided (w = 4: crisper, more alike digits than at w = 0), so a first visit sees what guidance does.
PROMPT_GUIDANCE = Param("prompt_guidance", "float", 0.0, GUIDANCE_MAX, step=0.5, default=4.0)
PROMPT_STEPS = Param("prompt_steps", "int", 10, 200, step=10, default=STEPS)
# the ODE first: deterministic, so a seed and a prompt always give the same digits
PROMPT_METHOD = Param("prompt_method", "choice", choices=METHODS[::-1], labels="prompt.method")
PROMPT_SEED = Param("prompt_seed", **SEED)
PROMPT_SCHOOL = Param("prompt_school", "int", 1, SCHOOLS, choices=tuple(range(1, SCHOOLS + 1)), default=1)


# --- the story ------------------------------------------------------------------

STORY: tuple[Page, ...] = (
    Page("home", ":material/home:"),
    Page(
        "pixels",
        ":material/grid_on:",
        (PIXELS_PHOTO, PIXELS_SIZE, PIXELS_X, PIXELS_Y),
        (Task("flower", PIXELS_PHOTO, "flower.jpg"), Task("largest", PIXELS_SIZE, PIXELS_SIZE.high)),
        main="pixels_x",
        main_figure="pixels_grid",  # the zoom box's numbers: what the main control moves
    ),
    Page(
        "count",
        ":material/calculate:",
        (COUNT_W, COUNT_H, COUNT_COLOUR),
        (
            Task("megapixel", COUNT_COLOUR, True, also=((COUNT_W, 1000), (COUNT_H, 1000))),
            Task(
                "two",
                COUNT_W,
                2,
                also=((COUNT_H, 1),),
                when=lambda s: (s.get("count_w") or 0) * (s.get("count_h") or 0) == 2 and not s.get("count_colour"),
            ),
        ),
        main="count_w",
        main_figure="count_chart",
        terms=("log",),
    ),
    Page(
        "untrained",
        ":material/blur_on:",
        (UNTRAINED_COUNT, UNTRAINED_SIZE, UNTRAINED_COLOUR, UNTRAINED_SEED),
        (
            Task("seeds", UNTRAINED_SEED, 5, ">="),
            Task("tiny", UNTRAINED_SIZE, UNTRAINED_SIZE.low),
            Task("colour", UNTRAINED_COLOUR, True),
        ),
        main="untrained_count",
        main_figure="untrained_gallery",
        terms=("seed",),
    ),
    Page(
        "contest",
        ":material/scatter_plot:",
        (CONTEST_ARTIST, CONTEST_STRIP),
        (
            Task("artist", CONTEST_ARTIST, CONTEST_ARTIST.default + 1, ">="),  # any artist but the first
            Task("strip", CONTEST_STRIP, CONTEST_STRIP.high),
        ),
        main="contest_artist",
        main_figure="contest_plane",
        terms=("style_scene",),
    ),
    Page(
        "classroom",
        ":material/groups:",
        side_step=True,
        terms=("style_scene", "gaussian", "mixture", "component", "covariance", "bic"),
        links=("room", "teacher", "student"),
        main_figure="classroom_example",
    ),
    Page(
        "learn",
        ":material/model_training:",
        (*MODEL, LEARN_N_NEW, LEARN_SEED),
        (
            Task("one", MODEL_K, MODEL_K.low),
            Task("spherical", MODEL_COV, "spherical"),
            Task("many", LEARN_N_NEW, 40, ">="),
        ),
        main="learn_n_new",
        main_figure="learn_plane",
        terms=(
            "seed",
            "style_scene",
            "probability",
            "density",
            "gaussian",
            "component",
            "covariance",
            "real_numbers",
            "log_likelihood",
            "log",
            "nats",
            "e_power",
        ),
    ),
    Page(
        "digits",
        ":material/draw:",
        (DIGITS_SECTION, DIGITS_K, DIGITS_SEED, DIGITS_INDEX, DIGITS_MASK),
        (Task("copies", DIGITS_SECTION, "copies"), Task("inpaint", DIGITS_SECTION, "inpaint")),
        side_step=True,
        main="digits_seed",
        main_figure="digits_grids",
        first_visit=0.6,
        terms=(
            "seed",
            "uniform",
            "probability",
            "density",
            "gaussian",
            "mixture",
            "component",
            "log",
            "conditioning",
            "dimension",
            "pca",
            "bic",
            "bits_per_pixel",
        ),
    ),
    Page(
        "training",
        ":material/play_circle:",
        (TRAINING_SECTION, TEMPERATURE, EM_K, EM_COV, EM_INIT, EM_SEED),
        (
            Task("kmeans", EM_INIT, "kmeans"),
            Task("choose", TRAINING_SECTION, "choose"),
            Task("temperature", TRAINING_SECTION, "temperature"),
        ),
        side_step=True,
        main="em_k",
        main_figure="em_plane",
        terms=(
            "seed",
            "style_scene",
            "density",
            "mixture",
            "component",
            "covariance",
            "log_likelihood",
            "log",
            "bic",
            "kmeans",
            "aic",
            "parameter",
            "temperature",
            "guidance",
        ),
        others=(TEMPERATURE_SEED, CHOOSE_METRIC),
    ),
    Page(
        "style",
        ":material/palette:",
        (*MODEL, STYLE_X1, STYLE_X2, STYLE_N_NEW, STYLE_SEED),
        (
            Task("one_peak", STYLE_X1, 50, when=lambda s: s.get("fact_style_peaks") == 1),
            Task(
                "two_peaks",
                STYLE_X1,
                175,
                when=lambda s: (
                    s.get("style_x1") not in (None, STYLE_X1.default) and (s.get("fact_style_peaks") or 0) >= 2
                ),
            ),
            Task("dark", STYLE_X1, 79, "<="),
        ),
        main="style_x1",
        main_figure="style_plane",
        terms=("seed", "style_scene", "probability", "density", "e_notation", "component", "covariance"),
    ),
    Page(
        "handwriting",
        ":material/gesture:",
        (HANDWRITING_SOURCE, HANDWRITING_DIMS, HANDWRITING_INDEX, *HANDWRITING_MOVES, HANDWRITING_DIGIT),
        (
            Task("few", HANDWRITING_DIMS, HANDWRITING_DIMS.low),
            Task("held_out", HANDWRITING_SOURCE, "held_out"),
            Task("move", HANDWRITING_MOVES[0], 1.5, ">="),
        ),
        side_step=True,
        main="handwriting_dims",
        main_figure="handwriting_written",
        terms=("style_scene", "handwriting_style", "latent", "pca"),
    ),
    Page(
        "diffusion",
        ":material/blur_circular:",
        (*MODEL, DIFFUSION_POINTS, DIFFUSION_STEPS, DIFFUSION_METHOD, DIFFUSION_SEED),
        (Task("ode", DIFFUSION_METHOD, "ode"), Task("steps", DIFFUSION_STEPS, DIFFUSION_STEPS.high)),
        main="diffusion_points",
        main_figure="diffusion_plane",
        terms=(
            "seed",
            "uniform",
            "style_scene",
            "probability",
            "density",
            "gaussian",
            "mixture",
            "component",
            "covariance",
            "log_likelihood",
            "log",
            "nats",
            "sigma",
            "score",
            "langevin",
            "reverse_diffusion",
            "ode",
            "geometric",
            "statistical_tests",
            "neural_network",
        ),
    ),
    Page(
        "learned",
        ":material/neurology:",
        (LEARNED_SECTION, LEARNED_N, LEARNED_SIGMA, LEARNED_SEED, LEARNED_K),
        (
            Task("few", LEARNED_N, 10, "<="),
            Task("memorise", LEARNED_SECTION, "memorise"),
            Task("compress", LEARNED_SECTION, "compress"),
        ),
        side_step=True,
        main="learned_n",
        main_figure="learned_arrows",
        first_visit=1.1,
        terms=(
            "seed",
            "style_scene",
            "gaussian",
            "mixture",
            "component",
            "covariance",
            "log_likelihood",
            "log",
            "dimension",
            "pca",
            "sigma",
            "score",
            "ode",
            "logistic_regression",
            "tweedie",
            "neural_network",
            "training_loss",
            "denoising",
            "memorise",
            "latent",
        ),
    ),
    Page(
        "prompt",
        ":material/edit_note:",
        (PROMPT_DIGIT, PROMPT_GUIDANCE, PROMPT_STEPS, PROMPT_METHOD, PROMPT_SEED, PROMPT_SECTION, PROMPT_SCHOOL),
        (
            Task("strong", PROMPT_GUIDANCE, 8.0, ">="),
            Task("tradeoff", PROMPT_SECTION, "tradeoff"),
            Task("copies", PROMPT_SECTION, "copies"),
        ),
        main="prompt_guidance",
        main_figure="prompt_strip",
        first_visit=0.4,
        terms=(
            "seed",
            "style_scene",
            "probability",
            "gaussian",
            "mixture",
            "component",
            "covariance",
            "log",
            "dimension",
            "sigma",
            "sigma2_i",
            "score",
            "nabla",
            "p_sigma",
            "langevin",
            "ode",
            "geometric",
            "guidance",
            "handwriting_style",
            "classifier_free",
            "logistic_regression",
            "tweedie",
        ),
    ),
)


# --- what the frame reads (always through STORY, so a test may register a page) ---


def story() -> tuple[Page, ...]:
    """The pages in story order (read at call time: a test may swap ``STORY``)."""
    return STORY


def page(key: str) -> Page:
    """The registered page ``key``."""
    return next(entry for entry in story() if entry.key == key)


def declared_params() -> tuple[Param, ...]:
    """Every setting the story declares, carried by links or not, each once, in story order."""
    found: dict[str, Param] = {}
    for entry in story():
        for param in (*entry.params, *entry.others):
            found.setdefault(param.key, param)
    return tuple(found.values())


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
