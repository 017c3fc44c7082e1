"""The cached data and models that every page and every session share.

Fitting and loading happen once per distinct setting for the whole server
(``st.cache_resource``), never on a rerun. Keys are small values (seeds,
counts, names), never large arrays (the one exception, :func:`works_strip_png`,
is keyed by a few dozen works). What is shared is read-only: arrays are frozen
(``writeable=False``) so an accidental in-place change raises instead of
leaking into another visitor's view, and sampling always uses a per-call
``numpy.random.Generator`` (see :func:`painter.model.sample`), never the
model's own random state. Every cache is bounded.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np
import streamlit as st
from sklearn.mixture import GaussianMixture

from painter import compress as _compress
from painter import contest as _contest
from painter import counting, em, figures, images, neighbours, rooms, selection
from painter import diffusion as _diffusion
from painter import digits as _digits
from painter import guidance as _guidance
from painter import learned as _learned
from painter import model as _model
from painter import prompt as _prompt
from painter.frozen_figure import FrozenFigure, freeze

#: The contest every page uses: 300 artists, seed 0.
CONTEST_SIZE = _contest.ARTISTS
CONTEST_SEED = 0


def _frozen(array: np.ndarray) -> np.ndarray:
    array.setflags(write=False)
    return array


@st.cache_resource(max_entries=4, show_spinner=False)
def photo(name: str) -> np.ndarray:
    """A sample photo, shape (H, W, 3) uint8, read-only."""
    return _frozen(np.array(images.photo(name)))


@st.cache_resource(max_entries=4, show_spinner=False)
def grayscale_photo(name: str) -> np.ndarray:
    """The same photo in grayscale, shape (H, W) uint8, read-only."""
    return _frozen(images.grayscale(photo(name)))


@st.cache_resource(max_entries=64, show_spinner=False)
def shrunk_photo(name: str, size: int, colour: bool) -> np.ndarray:
    """The photo averaged down to ``size``×``size`` pixels (:func:`painter.images.shrink`), read-only.

    Averaging a whole photo takes a few milliseconds, more than the rest of the untrained page.
    """
    return _frozen(images.shrink(photo(name) if colour else grayscale_photo(name), size, size))


@st.cache_resource(max_entries=8, show_spinner=False)
def works(n: int = CONTEST_SIZE, seed: int = CONTEST_SEED) -> np.ndarray:
    """The contest's works, shape (n, 2) int64, read-only."""
    return _frozen(_contest.paintings(n, seed))


@st.cache_resource(max_entries=64, show_spinner=False)
def model(n_components: int, covariance_type: str, seed: int = CONTEST_SEED) -> GaussianMixture:
    """The mixture learned from contest ``seed``'s works, fitted once per setting.

    Its parameter arrays are frozen; the pages read it as :func:`mixture`.
    """
    gmm = _model.fit(works(CONTEST_SIZE, seed), n_components, covariance_type, seed=0)
    for name in ("weights_", "means_", "covariances_", "precisions_", "precisions_cholesky_"):
        _frozen(getattr(gmm, name))
    return gmm


@st.cache_resource(max_entries=64, show_spinner=False)
def mixture(n_components: int, covariance_type: str, seed: int = CONTEST_SEED) -> _model.Mixture:
    """The shared model (:func:`model`) as a :class:`~painter.model.Mixture`, converted once per setting."""
    return _model.Mixture.from_sklearn(model(n_components, covariance_type, seed))


@st.cache_data(max_entries=64, show_spinner=False)
def works_log_likelihood(n_components: int, covariance_type: str, seed: int = CONTEST_SEED) -> float:
    """The average log-likelihood of contest ``seed``'s works under the model learned from them."""
    return float(_model.mean_log_likelihood(*mixture(n_components, covariance_type, seed), works(CONTEST_SIZE, seed)))


@st.cache_resource(max_entries=64, show_spinner=False)
def density(n_components: int, covariance_type: str, seed: int = CONTEST_SEED) -> tuple[np.ndarray, np.ndarray]:
    """The learned density on a 2-grey-level grid: (grid, density) as float32, read-only."""
    grid, dens = _model.density_grid(*mixture(n_components, covariance_type, seed))
    return _frozen(grid.astype(np.float32)), _frozen(dens.astype(np.float32))


@st.cache_data(max_entries=2, show_spinner=False)
def decimal_expansion(n_values: int) -> str:
    """The full decimal expansion of 256**n_values (megabytes: only two are kept)."""
    return counting.count_decimal(n_values)


@st.cache_data(max_entries=32, show_spinner=False)
def em_run(n_components: int, covariance_type: str, init: str, seed: int) -> list[em.EMStep]:
    """Every EM iteration on the contest's works (at most 40), computed once per setting,
    each with the most likely component of every work."""
    steps = em.em_steps(works(), n_components, covariance_type, init=init, seed=seed, max_iter=40, tol=1e-4)
    return em.most_likely_components(works(), steps)


@st.cache_data(max_entries=2, show_spinner=False)
def model_scores(seed: int = CONTEST_SEED) -> dict[str, np.ndarray]:
    """BIC, AIC and held-out log-likelihood of every setting (1-8 components x 4 shapes).

    The fits to all works are the shared ones the Learn page shows, so the best
    setting named here is exactly the model that page then draws from.
    """
    return selection.model_scores(works(CONTEST_SIZE, seed), fitted=lambda k, cov: model(k, cov, seed))


@st.cache_resource(max_entries=16, show_spinner=False)
def em_figure(n_components: int, covariance_type: str, init: str, seed: int, labels: tuple[tuple[str, str], ...]):
    """The EM animation, built once per setting and language (its frames make it slow to build).

    Shared between sessions and never changed, and encoded for the browser once
    (:func:`~painter.frozen_figure.freeze`): a rerun only sends it.
    """
    steps = em_run(n_components, covariance_type, init, seed)
    return freeze(figures.em_figure(works(), steps, labels=dict(labels)))


@st.cache_resource(max_entries=32, show_spinner=False)
def own_model(digest: str, _works: np.ndarray, n_components: int, covariance_type: str) -> _model.Mixture:
    """A mixture learned from a visitor's own works.

    Keyed by the works' digest (see :func:`painter.own_works.works_digest`), so
    two sessions with identical works share one fit; the works themselves are
    never stored here.
    """
    return _model.Mixture.from_sklearn(_model.fit(_works, n_components, covariance_type))


@st.cache_resource(max_entries=32, show_spinner=False)
def own_density(digest: str, _works: np.ndarray, n_components: int, covariance_type: str) -> tuple[np.ndarray, ...]:
    """The density of :func:`own_model` on a 2-grey-level grid: (grid, density) as float32, read-only."""
    grid, dens = _model.density_grid(*own_model(digest, _works, n_components, covariance_type))
    return _frozen(grid.astype(np.float32)), _frozen(dens.astype(np.float32))


@st.cache_resource(max_entries=64, show_spinner=False)
def tempered_density(n_components: int, covariance_type: str, temperature: float) -> tuple[np.ndarray, np.ndarray]:
    """The shared model's density with every covariance scaled by ``temperature``: (grid, density), read-only."""
    grid, dens = _model.density_grid(*mixture(n_components, covariance_type).tempered(temperature))
    return _frozen(grid.astype(np.float32)), _frozen(dens.astype(np.float32))


@st.cache_resource(max_entries=32, show_spinner=False)
def diffusion_path(
    n_components: int, covariance_type: str, n_points: int, steps: int, method: str, seed: int
) -> tuple[np.ndarray, np.ndarray]:
    """A reverse-diffusion trajectory from the learned mixture.

    Returns
    -------
    trajectory : ndarray of shape (steps + 1, n_points, 2), float32, read-only
    levels : ndarray of shape (steps + 1,), read-only
        The noise level of each point of the path (see :func:`painter.diffusion.path_levels`).
    """
    sigmas = _diffusion.default_levels(method, steps)
    path = _diffusion.sample(
        *mixture(n_components, covariance_type), n_points, sigmas, np.random.default_rng(seed), method=method
    )
    return _frozen(path.astype(np.float32)), _frozen(_diffusion.path_levels(sigmas))


@st.cache_data(max_entries=32, show_spinner=False)
def diffusion_scores(
    n_components: int, covariance_type: str, n_points: int, steps: int, method: str, seed: int
) -> tuple[float, float, float]:
    """Mean log-likelihood under the model of the trajectory's end, of its start (noise), and of
    ``n_points`` drawn directly from the model with the same seed."""
    params = mixture(n_components, covariance_type)
    path, _ = diffusion_path(n_components, covariance_type, n_points, steps, method, seed)
    direct = new_works(n_components, covariance_type, n_points, seed)
    return tuple(float(_model.mean_log_likelihood(*params, x)) for x in (path[-1], path[0], direct))


@st.cache_resource(max_entries=32, show_spinner=False)
def score_arrows(n_components: int, covariance_type: str, levels: tuple[float, ...]) -> tuple[np.ndarray, np.ndarray]:
    """The exact score on the arrow grid at each of a few noise ``levels``: (points (a, 2), vectors (m, a, 2))."""
    params = mixture(n_components, covariance_type)
    points = _diffusion.arrow_grid()
    vectors = np.stack([_diffusion.score(*params, points, sigma) for sigma in levels])
    return _frozen(points.astype(np.float32)), _frozen(vectors.astype(np.float32))


@st.cache_resource(max_entries=8, show_spinner=False)
def diffusion_figure(
    n_components: int,
    covariance_type: str,
    n_points: int,
    steps: int,
    method: str,
    seed: int,
    labels: tuple[tuple[str, str], ...],
):
    """The reverse-diffusion animation, built once per setting and language.

    Its frames make it the slowest figure of the app to build (a few hundred
    milliseconds), so it is shared and encoded once like :func:`em_figure`.
    """
    grid, dens = density(n_components, covariance_type)
    path, levels = diffusion_path(n_components, covariance_type, n_points, steps, method, seed)
    shown = figures.frame_indices(steps)
    arrow_points, arrow_vectors = score_arrows(n_components, covariance_type, tuple(levels[shown].tolist()))
    figure = figures.diffusion_figure(
        grid, dens, path[shown], levels[shown], arrow_points, arrow_vectors, labels=dict(labels)
    )
    return freeze(figure)


@st.cache_data(max_entries=64, show_spinner=False)
def works_strip_png(works: np.ndarray, scale: int = 24, per_row: int = 12) -> bytes:
    """2-pixel works as crisp 1×2 pictures (:func:`painter.images.works_strip`), as PNG bytes.

    Keyed by the works' values (a few dozen numbers, cheap to hash), so a rerun
    that shows the same works sends the same file without encoding it again.
    """
    return images.png_bytes(images.works_strip(works, scale=scale, per_row=per_row))


@st.cache_resource(max_entries=2, show_spinner=False)
def digits_split(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """The 8×8 digits as (training pictures, held-out pictures), rows of 64 values 0–255, read-only."""
    train, held_out = _digits.split(_digits.load(), seed)
    return _frozen(train), _frozen(held_out)


@st.cache_resource(max_entries=len(_digits.CANDIDATES) * 2, show_spinner=False)
def digits_model(n_components: int, seed: int = 0) -> _digits.DigitsModel:
    """The mixture learned from the training digits, fitted once per setting for the whole server.

    Its arrays are read-only (a :class:`~painter.model.Mixture`); draw from it with a per-call generator only.
    """
    return _digits.fit(digits_split(seed)[0], n_components, seed)


@st.cache_resource(max_entries=32, show_spinner=False)
def digits_inpainter(n_components: int, kind: str, box: tuple[int, int, int, int] | None = None):
    """:func:`painter.digits.inpainter` for the shared digits model and one hidden region
    (:func:`painter.digits.mask` ``kind`` and ``box``), prepared once for every session."""
    return _digits.inpainter(digits_model(n_components), _digits.mask(kind, box))


@st.cache_data(max_entries=len(_digits.CANDIDATES) * 2, show_spinner=False)
def digits_bits_per_pixel(n_components: int, seed: int = 0) -> float:
    """Bits per pixel of the held-out digits under the shared digits model (:func:`painter.digits.bits_per_pixel`).

    It depends only on the model, and scoring 297 digits in 64 dimensions takes
    50–100 ms: computed once per model, not on every rerun of the page.
    """
    fitted = digits_model(n_components, seed)
    return _digits.bits_per_pixel(*fitted.mixture, digits_split(seed)[1])


@st.cache_data(max_entries=2, show_spinner=False)
def digits_held_out_distances(seed: int = 0) -> np.ndarray:
    """Each held-out digit's distance to its nearest training digit (the "real, unseen" reference)."""
    train, held_out = digits_split(seed)
    return neighbours.nearest(held_out, train)[1]


@st.cache_data(max_entries=2, show_spinner=False)
def unseen_works_distances(seed: int = 1) -> np.ndarray:
    """Distances from a fresh contest (another 300 artists) to the nearest of the shared contest's works."""
    return neighbours.nearest(_contest.paintings(CONTEST_SIZE, seed), works())[1]


# Figures and pictures that depend only on a page's settings: built once per
# setting and language for the whole server, then only sent (see painter.frozen_figure.freeze).


@st.cache_resource(max_entries=64, show_spinner=False)
def counting_figure(labels: tuple[str, ...], digits: tuple[int, ...], x_title: str, hover: str) -> FrozenFigure:
    """Bars of how many digits each quantity has, the first one (the pictures) highlighted."""
    return freeze(figures.counting_figure(list(labels), list(digits), 0, x_title, hover))


@st.cache_resource(max_entries=4, show_spinner=False)
def photo_layers(name: str) -> tuple[bytes, ...]:
    """The photo, its grayscale and its red, green and blue channels, each encoded as JPEG once."""
    picture = photo(name)
    return tuple(images.jpeg_bytes(layer) for layer in (picture, grayscale_photo(name), *images.channels(picture)))


@st.cache_resource(max_entries=16, show_spinner=False)
def photo_heatmap(name: str, region: tuple[int, int, int], labels: dict[str, str]) -> FrozenFigure:
    """The photo's values as a heatmap with ``region`` = (x0, y0, size) outlined (labels: ``value``, ``hover``)."""
    return freeze(figures.photo_heatmap(grayscale_photo(name), region, labels["value"], labels["hover"]))


@st.cache_resource(max_entries=32, show_spinner=False)
def number_grid(name: str, region: tuple[int, int, int], hover: str) -> FrozenFigure:
    """The values of the photo's ``region`` = (x0, y0, size), written in their cells."""
    x0, y0, size = region
    block = grayscale_photo(name)[y0 : y0 + size, x0 : x0 + size]
    return freeze(figures.number_grid_figure(block, x0, y0, hover))


@st.cache_resource(max_entries=32, show_spinner=False)
def contest_figure(chosen: int, labels: dict[str, str]) -> FrozenFigure:
    """The contest's works with work ``chosen`` (a row index) ringed.

    ``labels``: ``x``, ``y``, ``works``, ``hover`` and ``chosen`` (the ringed work's name).
    """
    return freeze(
        figures.contest_figure(
            works(),
            labels["x"],
            labels["y"],
            labels["works"],
            labels["hover"],
            chosen=chosen,
            chosen_name=labels["chosen"],
        )
    )


@st.cache_data(max_entries=64, show_spinner=False)
def new_works(n_components: int, covariance_type: str, n: int, seed: int) -> np.ndarray:
    """``n`` works drawn from the shared model with generator ``seed`` (float, not yet rounded)."""
    return _model.sample(*mixture(n_components, covariance_type), n, np.random.default_rng(seed))


@st.cache_resource(max_entries=32, show_spinner=False)
def density_plane(n_components: int, covariance_type: str, labels: dict[str, str]) -> FrozenFigure:
    """The learned density over the works, with its components (labels as in
    :func:`painter.figures.density_plane`), once per model and language.

    New works go on top of it on each draw (:func:`painter.frozen_figure.with_traces`):
    a few dozen points, cheaper to add than to look up a figure per draw.
    """
    grid, dens = density(n_components, covariance_type)
    learned = mixture(n_components, covariance_type)
    return freeze(figures.density_plane(grid, dens, works(), learned.means, learned.covariances, labels=labels))


@st.cache_data(max_entries=64, show_spinner=False)
def nearest_works(n_components: int, covariance_type: str, n: int, seed: int) -> tuple[np.ndarray, ...]:
    """Each of :func:`new_works`, rounded to pixels, with its nearest work: (drawn, nearest row, distance)."""
    drawn = images.to_pixels(new_works(n_components, covariance_type, n, seed)).astype(int)
    nearest, distance = neighbours.nearest(drawn, works())
    return drawn, nearest, distance


@st.cache_resource(max_entries=32, show_spinner=False)
def style_figure(
    n_components: int, covariance_type: str, work: tuple[int, int], n: int, seed: int, labels: dict[str, str]
) -> FrozenFigure:
    """The slice x1 = ``work[0]`` beside p(x2 | x1), with ``n`` scenes drawn for that style (labels as in
    :func:`painter.figures.conditional_figure`)."""
    grid, dens = density(n_components, covariance_type)
    x1, x2 = work
    _, curve, parts = style_slice(n_components, covariance_type, x1)
    drawn = same_style(n_components, covariance_type, x1, n, seed)
    return freeze(figures.conditional_figure(grid, dens, x1, x2, grid, curve, parts, drawn, labels=labels))


@st.cache_data(max_entries=64, show_spinner=False)
def style_slice(n_components: int, covariance_type: str, x1: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The shared model's p(x2 | x1) for style ``x1``: (each component's share of that style, the curve
    along the density grid, each component's part of the curve)."""
    learned = mixture(n_components, covariance_type)
    grid, _ = density(n_components, covariance_type)
    shares, _, _ = _model.style_conditional(learned, x1)
    curve, parts = _model.conditional_curve(learned, x1, grid)
    return shares, curve, parts


@st.cache_data(max_entries=64, show_spinner=False)
def same_style(n_components: int, covariance_type: str, x1: int, n: int, seed: int) -> np.ndarray:
    """``n`` scenes x2 drawn from the shared model given style ``x1``, with generator ``seed``."""
    return _model.sample_conditional(mixture(n_components, covariance_type), x1, n, np.random.default_rng(seed))


@st.cache_resource(max_entries=16, show_spinner=False)
def scores_figure(metric: str, labels: dict) -> FrozenFigure:
    """One score of :func:`model_scores` for every setting, the best one marked (labels as in
    :func:`painter.figures.scores_figure`)."""
    scores = model_scores()
    best = selection.best_setting(scores, metric)
    return freeze(figures.scores_figure(scores["components"], scores[metric], best, labels=labels))


@st.cache_resource(max_entries=16, show_spinner=False)
def thumbnail_figure(n_components: int, labels: dict[str, str]) -> FrozenFigure:
    """A small plane with the full-covariance model's contours over the works."""
    grid, dens = density(n_components, "full")
    return freeze(figures.thumbnail_figure(grid, dens, works(), labels=labels))


@st.cache_data(max_entries=64, show_spinner=False)
def tempered_works(n_components: int, covariance_type: str, temperature: float, n: int, seed: int) -> np.ndarray:
    """``n`` works drawn with generator ``seed`` from the shared model with covariances scaled by ``temperature``."""
    tempered = mixture(n_components, covariance_type).tempered(temperature)
    return _model.sample(*tempered, n, np.random.default_rng(seed))


@st.cache_resource(max_entries=32, show_spinner=False)
def tempered_figure(
    n_components: int, covariance_type: str, temperature: float, n: int, seed: int, labels: dict[str, str]
) -> FrozenFigure:
    """The density at ``temperature`` over the works, with :func:`tempered_works` (labels as in
    :func:`painter.figures.density_figure`)."""
    tempered = mixture(n_components, covariance_type).tempered(temperature)
    grid, dens = tempered_density(n_components, covariance_type, temperature)
    drawn = tempered_works(n_components, covariance_type, temperature, n, seed)
    return freeze(
        figures.density_figure(grid, dens, works(), tempered.means, tempered.covariances, drawn, labels=labels)
    )


@st.cache_data(max_entries=16, show_spinner=False)
def own_draws(digest: str, _works: np.ndarray, n_components: int, covariance_type: str, n: int = 12) -> np.ndarray:
    """``n`` works drawn (generator seed 0) from the mixture learned from a visitor's own works."""
    return _model.sample(*own_model(digest, _works, n_components, covariance_type), n, np.random.default_rng(0))


@st.cache_resource(max_entries=16, show_spinner=False)
def own_figure(
    digest: str, _works: np.ndarray, n_components: int, covariance_type: str, labels: dict[str, str]
) -> FrozenFigure:
    """A visitor's own works under the mixture learned from them (:func:`own_model`), :func:`own_draws`, and
    the invisible click layer on top (its last trace). Keyed by the works' digest, like :func:`own_model`.

    ``labels`` as in :func:`painter.figures.density_figure`, plus ``hover_click`` for the click layer.
    """
    learned = own_model(digest, _works, n_components, covariance_type)
    grid, dens = own_density(digest, _works, n_components, covariance_type)
    drawn = own_draws(digest, _works, n_components, covariance_type)
    figure = figures.density_figure(
        grid,
        dens,
        _works,
        learned.means,
        learned.covariances,
        drawn,
        labels=labels,
        extra=[figures.click_layer(labels["hover_click"])],
    )
    return freeze(figure)


# --- Prompt → picture (app_pages/prompt.py) -------------------------------------------------------

#: Pictures the page generates at once, and those compared with the training set.
PROMPT_SHOWN = 8
#: Results shown beside their nearest training picture, per model.
PROMPT_PAIRS = 6
PROMPT_COMPARED = 12
#: The trade-off curves: guidance values, pictures per digit, and the fixed sampler settings they use.
PROMPT_GUIDANCES = (0.0, 1.0, 2.0, 4.0, 7.0, 10.0)
PROMPT_CURVE_N = 10
PROMPT_CURVE_STEPS = 30


@st.cache_resource(max_entries=2, show_spinner=False)
def prompt_data(seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The digits with labels: (train, train labels, held out, held-out labels), split as on page 5a, read-only."""
    return tuple(_frozen(np.ascontiguousarray(a)) for a in _prompt.labelled_split(seed))


@st.cache_resource(max_entries=2, show_spinner=False)
def prompt_model(kind: str = "learned") -> _prompt.PromptModel:
    """The learned model (one mixture per digit) or the memoriser, built once for the whole server."""
    train, labels, _, _ = prompt_data()
    build = _prompt.fit if kind == "learned" else _prompt.memoriser
    return build(train, labels)  # read-only (PromptModel seals itself)


@st.cache_resource(max_entries=1, show_spinner=False)
def prompt_judge():
    """The independent judge (logistic regression on the real training digits) and its held-out accuracy."""
    train, labels, held_out, held_labels = prompt_data()
    judge = _prompt.judge(train, labels)
    return judge, _prompt.agreement(judge, held_out, held_labels)


@st.cache_resource(max_entries=32, show_spinner=False)
def prompt_generation(
    digit: int, guidance: float, steps: int, method: str, seed: int, n: int = PROMPT_SHOWN
) -> _prompt.Generation:
    """``n`` pictures of ``digit`` with their whole path and predicted final pictures, read-only."""
    return _prompt.generate(
        prompt_model(),
        digit,
        n,
        np.random.default_rng(seed),
        guidance=guidance,
        steps=steps,
        method=method,
        return_path=True,
    )


@st.cache_data(max_entries=4, show_spinner=False)
def prompt_tradeoff(low_noise_only: bool) -> dict[str, np.ndarray]:
    """The trade-off curves of :func:`painter.prompt.tradeoff` at fixed settings (computed once per server)."""
    judge, _ = prompt_judge()
    return _prompt.tradeoff(
        prompt_model(), judge, PROMPT_GUIDANCES, PROMPT_CURVE_N, steps=PROMPT_CURVE_STEPS, low_noise_only=low_noise_only
    )


@st.cache_data(max_entries=2, show_spinner=False)
def prompt_real_variety(seed: int = 0) -> float:
    """The variety (mean distance between two pictures of the same digit) of the real training digits."""
    train, labels, _, _ = prompt_data(seed)
    return float(np.mean([_prompt.variety(train[labels == d][: PROMPT_CURVE_N * 4]) for d in _prompt.DIGITS]))


@st.cache_data(max_entries=32, show_spinner=False)
def prompt_copies(kind: str, digit: int, guidance: float, steps: int, method: str, seed: int) -> tuple:
    """Pictures from the learned model or the memoriser, each with its nearest training picture:
    (pictures (n, 64) uint8, nearest index (n,), distance (n,), share of near copies)."""
    train, _, _, _ = prompt_data()
    pictures = _prompt.generate(
        prompt_model(kind),
        digit,
        PROMPT_COMPARED,
        np.random.default_rng(seed),
        guidance=guidance,
        steps=steps,
        method=method,
    )
    index, distance, share = _prompt.near_copies(pictures, train, _prompt.NEAR_COPY)
    return pictures, index, distance, share


@st.cache_data(max_entries=2, show_spinner=False)
def prompt_held_out_distance(seed: int = 0) -> float:
    """The median distance from a held-out real digit to its nearest training digit (the reference)."""
    train, _, held_out, _ = prompt_data(seed)
    return float(np.median(neighbours.nearest(held_out, train)[1]))


@st.cache_resource(max_entries=32, show_spinner=False)
def prompt_strip_figure(
    digit: int, guidance: float, steps: int, method: str, seed: int, labels: tuple[tuple[str, str], ...]
) -> FrozenFigure:
    """The animated strip of :func:`prompt_generation` at (at most 25) shown steps."""
    made = prompt_generation(digit, guidance, steps, method, seed)
    shown = figures.frame_indices(steps, max_frames=25)
    return freeze(
        figures.strip_animation(made.path[shown], made.predicted[shown], made.levels[shown], labels=dict(labels))
    )


#: Steps of the exported strip: the start, steps spread evenly in log σ, and the end.
PROMPT_STRIP_POINTS = 7


@st.cache_data(max_entries=32, show_spinner=False)
def prompt_copy_pairs(kind: str, digit: int, guidance: float, steps: int, method: str, seed: int) -> tuple[bytes, ...]:
    """The first :data:`PROMPT_PAIRS` results of :func:`prompt_copies`, each beside its nearest training picture,
    as PNG bytes. Encoded once per setting, not on every rerun."""
    pictures, index, _, _ = prompt_copies(kind, digit, guidance, steps, method, seed)
    train = prompt_data()[0]
    return tuple(
        images.png_bytes(_digits.tile([pictures[i], train[index[i]]], per_row=2, scale=6)) for i in range(PROMPT_PAIRS)
    )


@st.cache_data(max_entries=32, show_spinner=False)
def prompt_strip_png(
    digit: int, guidance: float, steps: int, method: str, seed: int
) -> tuple[bytes, tuple[float, ...]]:
    """The first picture of :func:`prompt_generation` at :data:`PROMPT_STRIP_POINTS` steps, its predicted final
    picture below each: (PNG bytes, the σ of each column). Encoded once per setting, not on every rerun."""
    made = prompt_generation(digit, guidance, steps, method, seed)
    chosen = np.unique(np.rint(np.geomspace(1, steps + 1, PROMPT_STRIP_POINTS)).astype(int) - 1)
    grid = _digits.tile([*made.path[chosen, 0], *made.predicted[chosen, 0]], per_row=len(chosen), scale=8)
    return images.png_bytes(grid), tuple(float(s) for s in made.levels[chosen])


@st.cache_resource(max_entries=32, show_spinner=False)
def prompt_tradeoff_figure(guidance: float, labels: tuple[tuple[str, str], ...]) -> FrozenFigure:
    """Both trade-off curves with the visitor's w marked."""
    return freeze(
        figures.tradeoff_figure(
            prompt_tradeoff(False), prompt_tradeoff(True), guidance, prompt_real_variety(), labels=dict(labels)
        )
    )


# --- step 7a (what a real model does) and step 8's schools: painter.learned, painter.guidance ---------------
# Appended as one block; every cache is bounded, the trained networks by _NetStore.

#: The mixture the learned arrows are compared with: step 7's default model.
LEARNED_EXACT = (3, "full")
#: Step 8's schools: the step-5 mixture with this many components (3 barely overlap; 6 do).
SCHOOLS_K = 6


@st.cache_resource(max_entries=16, show_spinner=False)
def learned_works(n: int, seed: int) -> np.ndarray:
    """The works a network learns from (:func:`painter.learned.training_works`), read-only."""
    return _frozen(_learned.training_works(n, seed))


class _NetStore:
    """Trained networks by (N, seed), the oldest dropped beyond ``size``: a cache a progress bar can watch.

    ``st.cache_resource`` replays what its function drew, so a progress bar updated while it
    trains would be replayed on a hit (and fail, being drawn outside it); the training runs
    outside any cached function instead and its result is kept here, for every session.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.nets: OrderedDict[tuple[int, int], _learned.LearnedScore] = OrderedDict()
        self.lock = threading.Lock()

    def ready(self, n: int, seed: int) -> bool:
        """Whether the network for (n, seed) is trained already (the page shows a progress bar if not)."""
        with self.lock:
            return (n, seed) in self.nets

    def net(self, n: int, seed: int, on_progress=None) -> _learned.LearnedScore:
        """The network trained on :func:`learned_works` ``(n, seed)``, trained once per setting for the server."""
        key = (n, seed)
        with self.lock:
            if key in self.nets:
                self.nets.move_to_end(key)
                return self.nets[key]
        net = _learned.train(learned_works(n, seed), seed=seed, on_progress=on_progress)
        with self.lock:
            self.nets[key] = net
            while len(self.nets) > self.size:
                self.nets.popitem(last=False)
        return net


#: How many trained networks the server keeps (each a few tens of kB).
LEARNED_NETS = 24


@st.cache_resource(max_entries=1, show_spinner=False)
def trained_nets() -> _NetStore:
    """The server's trained networks (:class:`_NetStore`, bounded by :data:`LEARNED_NETS`)."""
    return _NetStore(LEARNED_NETS)


def _learned_net(n: int, seed: int) -> _learned.LearnedScore:
    return trained_nets().net(n, seed)


@st.cache_resource(max_entries=32, show_spinner=False)
def learned_arrows_figure(n: int, seed: int, sigma: float, labels: tuple[tuple[str, str], ...]) -> FrozenFigure:
    """The learned arrows over the exact ones at σ, with the training works."""
    net = _learned_net(n, seed)
    grid = _diffusion.arrow_grid(14, span=(0.0, 255.0))
    exact = _diffusion.score(*mixture(*LEARNED_EXACT), grid, sigma)
    learned = _learned.score(net, grid, sigma)
    return freeze(figures.arrows_figure(grid, learned, exact, learned_works(n, seed), labels=dict(labels)))


#: Works each score makes on the page, from the same noise.
LEARNED_POINTS = 300


@st.cache_resource(max_entries=16, show_spinner=False)
def learned_moved(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Works made from the same noise by the learned and by the exact score (:func:`painter.learned.moved`)."""
    made = _learned.moved(
        _learned_net(n, seed), *mixture(*LEARNED_EXACT), LEARNED_POINTS, np.random.default_rng([seed, 7])
    )
    return tuple(_frozen(a) for a in made)


@st.cache_resource(max_entries=16, show_spinner=False)
def learned_moved_figure(n: int, seed: int, labels: tuple[tuple[str, str], ...]) -> FrozenFigure:
    by_learned, by_exact = learned_moved(n, seed)
    return freeze(figures.moved_figure(by_learned, by_exact, learned_works(n, seed), labels=dict(labels)))


@st.cache_resource(max_entries=16, show_spinner=False)
def learned_loss_figure(n: int, seed: int, labels: tuple[tuple[str, str], ...]) -> FrozenFigure:
    return freeze(figures.loss_figure(_learned_net(n, seed).losses, labels=dict(labels)))


@st.cache_resource(max_entries=16, show_spinner=False)
def learned_copying(n: int, seed: int) -> tuple[float, float]:
    """Median distance from a learned work to its nearest training work, and from an unseen work (grey levels)."""
    works = learned_works(n, seed)
    fresh = _contest.paintings(LEARNED_POINTS, _learned.FRESH_SEED + seed + 1)
    made = learned_moved(n, seed)[0]
    return (
        float(np.median(_learned.nearest_distances(made, works))),
        float(np.median(_learned.nearest_distances(fresh, works))),
    )


@st.cache_resource(max_entries=16, show_spinner=False)
def learned_halves(size: int, seed: int) -> _learned.Halves:
    """Two networks on two disjoint halves of ``size`` works each (:func:`painter.learned.halves`)."""
    return _learned.halves(size, seed=seed)


@st.cache_resource(max_entries=8, show_spinner=False)
def learned_halves_figure(seed: int, labels: tuple[tuple[str, str], ...]) -> FrozenFigure:
    """Memorise or generalise against N (:data:`painter.learned.HALVES_SIZES`)."""
    rows = [learned_halves(size, seed) for size in _learned.HALVES_SIZES]
    return freeze(
        figures.halves_figure(
            _learned.HALVES_SIZES,
            [np.median(h.to_own) for h in rows],
            [np.median(h.fresh_to_own) for h in rows],
            [np.median(h.between) for h in rows],
            labels=dict(labels),
        )
    )


@st.cache_resource(max_entries=8, show_spinner=False)
def schools_guided(school: int, k: int = SCHOOLS_K) -> _guidance.GuidedSchool:
    """Works for one school of the step-5 mixture with ``k`` components at every guidance scale."""
    return _guidance.guide_school(mixture(k, "full"), school)


@st.cache_resource(max_entries=64, show_spinner=False)
def schools_figure(school: int, guidance: float, labels: tuple[tuple[str, str], ...]) -> FrozenFigure:
    """The works guided towards ``school`` at the scale nearest ``guidance``, over the schools."""
    guided = schools_guided(school)
    row = int(np.argmin(np.abs(guided.guidances - guidance)))
    chosen = mixture(SCHOOLS_K, "full")
    return freeze(
        figures.guided_figure(
            guided.points[row], works(), chosen.means, chosen.covariances, school, labels=dict(labels)
        )
    )


@st.cache_resource(max_entries=64, show_spinner=False)
def schools_curves_figure(school: int, guidance: float, labels: tuple[tuple[str, str], ...]) -> FrozenFigure:
    guided = schools_guided(school)
    return freeze(
        figures.guided_curves(guided.guidances, guided.agreement, guided.variety, guidance, labels=dict(labels))
    )


@st.cache_resource(max_entries=len(_compress.DIMS), show_spinner=False)
def compression(k: int) -> _compress.Compression:
    """Step 7a's "why compress first" for k PCA dimensions (:func:`painter.compress.compress`)."""
    train, _, held_out, _ = prompt_data()
    return _compress.compress(train, held_out, k, prompt_judge()[0])


@st.cache_resource(max_entries=8, show_spinner=False)
def compression_figure(k: int, labels: tuple[tuple[str, str], ...]) -> FrozenFigure:
    rows = [compression(d) for d in _compress.DIMS]
    return freeze(
        figures.compress_figure(
            _compress.DIMS,
            [r.error for r in rows],
            [r.quality for r in rows],
            [r.likelihood for r in rows],
            k,
            labels=dict(labels),
        )
    )


@st.cache_data(max_entries=len(_compress.DIMS), show_spinner=False)
def compression_pictures(k: int) -> tuple[bytes, bytes, bytes]:
    """PNGs: held-out digits, the same rebuilt from k numbers, and digits drawn in k dimensions."""
    _, _, held_out, _ = prompt_data()
    made = compression(k)
    shown = 8
    return (
        images.png_bytes(_digits.tile(held_out[:shown], per_row=shown, scale=5)),
        images.png_bytes(_digits.tile(made.rebuilt[:shown], per_row=shown, scale=5)),
        images.png_bytes(_digits.tile(made.drawn[:shown], per_row=shown, scale=5)),
    )


# --- The class contest (app_pages/classroom.py) --------------------------------------------------


@st.cache_resource(max_entries=4, show_spinner=False)
def rooms_store(url: str) -> rooms.Store:
    """One rooms database (and its pool of connections) per URL, for the whole server."""
    return rooms.Store(url)


@st.cache_resource(max_entries=16, show_spinner=False)
def class_fit(digest: str, _works: np.ndarray) -> tuple[_model.Mixture, int, str, np.ndarray, np.ndarray]:
    """The class's works learned as on step 5, components and shape chosen by BIC (as on page 5b).

    Keyed by the works' digest. Returns (mixture, components, covariance type, grid, density),
    the grid and density as read-only float32.
    """
    scores = selection.model_scores(_works, max_components=max(1, min(8, len(_works) // 4)))
    row, column = selection.best_setting(scores, "bic")
    k, covariance_type = int(scores["components"][column]), _model.COVARIANCE_TYPES[row]
    learned = _model.Mixture.from_sklearn(_model.fit(_works, k, covariance_type))
    grid, dens = _model.density_grid(*learned)
    return learned, k, covariance_type, _frozen(grid.astype(np.float32)), _frozen(dens.astype(np.float32))


@st.cache_data(max_entries=64, show_spinner=False)
def class_draws(digest: str, _works: np.ndarray, x1: int, n: int = 12) -> tuple[np.ndarray, np.ndarray]:
    """``n`` new works from the class's model, and ``n`` scenes in the style ``x1`` (step 6), seed 0."""
    learned = class_fit(digest, _works)[0]
    new = _model.sample(*learned, n, np.random.default_rng(0))
    scenes = _model.sample_conditional(learned, x1, n, np.random.default_rng(1))
    return new, scenes
