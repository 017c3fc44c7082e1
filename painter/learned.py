"""What a real diffusion model does: a small neural network learns the score from the works.

Steps 7 and 8 follow the *exact* score of a Gaussian mixture. A real image
generator has no formula for p_σ: it trains a neural network on its pictures
by **denoising**. Take a work x₀, add noise of a random size σ,
``y = x₀ + σ·ε``, and ask the network to guess x₀ back from (y, σ). The best
possible guess, E[x₀ | y], is tied to the score of the blurred works by
Tweedie's formula,

    ∇ log p_σ(y) = (E[x₀ | y] − y) / σ²,

so a network that denoises well *is* a learned score (Vincent, 2011; Song &
Ermon, 2019). Here the network is scikit-learn's :class:`MLPRegressor` (two
hidden layers of 64 ReLU units) and the works are 2-pixel pictures.

Inputs and target are scaled as in Karras et al. (2022, "EDM"), so that the
network sees numbers of size about 1 at every noise level: with σ_d the
spread of the data, the denoiser is

    D(y; σ) = c_skip(σ)·y + c_out(σ)·F(c_in(σ)·y, log σ),

``c_skip = σ_d²/(σ² + σ_d²)``, ``c_out = σ·σ_d/√(σ² + σ_d²)``,
``c_in = 1/√(σ² + σ_d²)`` (y measured from the works' mean), and the network
F is trained by least squares on ``(x₀ − c_skip·y)/c_out``. Its mean squared
error is the **training loss**; it cannot reach 0 (a noisy work could have
come from many works), it falls towards that floor.

A network trained on a handful of works learns *their* blurred score, which
pulls every point onto one of them: it **memorises**. Trained on many, it
cannot, and learns the smooth density they come from: it **generalises**.
Kadkhodaie et al. (ICLR 2024) test this with two networks trained on two
disjoint halves of the data and run from the same noise: once the halves are
large they make nearly the same works (:func:`halves`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from sklearn.neural_network import MLPRegressor
from threadpoolctl import ThreadpoolController

from painter import contest, diffusion
from painter.mixture import Mixture
from painter.readonly import seal

__all__ = [
    "EPOCHS",
    "EXACT_MODEL",
    "HALVES_SIZES",
    "NETS_KEPT",
    "POINTS",
    "SIGMA_DATA",
    "TRAIN_SIGMAS",
    "Halves",
    "LearnedScore",
    "copying",
    "flow",
    "halves",
    "moved",
    "nearest_distances",
    "sample",
    "scalings",
    "score",
    "start_noise",
    "train",
    "training_works",
]

#: The spread σ_d of the works the scaling assumes (grey levels): about the contest's standard deviation.
SIGMA_DATA = 60.0
#: Noise levels seen in training: log-uniform over this range, which covers both samplers of step 7
#: (60 → 0.5 and 150 → 0.5). Below its bottom the score is read at the bottom (a denoiser at σ = 0 is
#: the identity, and its score 0/0).
TRAIN_SIGMAS = (0.4, 160.0)
#: Passes over fresh noisy copies of the works; each pass is :data:`PASS_SIZE` noisy works.
EPOCHS = 100
PASS_SIZE = 4096
BATCH = 256
HIDDEN = (64, 64)
LEARNING_RATE = 2e-3
#: The sizes of each half in the memorise / generalise chart (works per network).
HALVES_SIZES = (5, 20, 100, 500)
#: The mixture step 7a compares the learned arrows with (step 7's default: 3 components, full).
EXACT_MODEL = (3, "full")
#: Works each score makes on the page, from the same noise.
POINTS = 300
#: How many trained networks a server keeps (each a few tens of kB).
NETS_KEPT = 24
#: The contest the works are drawn from first (seed 0, 300 artists); more come from fresh contests.
FRESH_SEED = 1000


@dataclass(frozen=True)
class LearnedScore:
    """A trained denoising network and what it needs to read it as a score.

    Attributes
    ----------
    network : MLPRegressor
        Maps 3 inputs (the scaled noisy work and the scaled log σ) to 2 outputs (the scaled
        denoising correction F). Read-only: its weights are frozen.
    centre : ndarray of shape (2,)
        Mean of the training works; inputs are measured from it.
    covariance : ndarray of shape (2, 2)
        Covariance of the training works (the sampler's start noise is matched to it).
    losses : ndarray of shape (EPOCHS,)
        The training loss after each pass (mean squared error of F).
    n_works : int
    """

    network: MLPRegressor
    centre: np.ndarray
    covariance: np.ndarray
    losses: np.ndarray
    n_works: int

    def __post_init__(self) -> None:
        for array in (*self.network.coefs_, *self.network.intercepts_):
            array.setflags(write=False)
        seal(self)

    def denoise(self, x: np.ndarray, sigma: np.ndarray) -> np.ndarray:
        """The network's guess D(x; σ) of the clean works, x (n, 2) and σ (n,) -> (n, 2)."""
        sigma = np.clip(sigma, *TRAIN_SIGMAS)
        c_skip, c_out, c_in = scalings(sigma)
        centred = x - self.centre
        out = _forward(self.network, _features(centred, sigma, c_in))
        return self.centre + c_skip[:, None] * centred + c_out[:, None] * out


def scalings(sigma: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """c_skip, c_out and c_in of EDM for each noise level (n,)."""
    total = sigma**2 + SIGMA_DATA**2
    return SIGMA_DATA**2 / total, sigma * SIGMA_DATA / np.sqrt(total), 1.0 / np.sqrt(total)


_LOG_MID = 0.5 * (np.log(TRAIN_SIGMAS[0]) + np.log(TRAIN_SIGMAS[1]))
_LOG_HALF = 0.5 * (np.log(TRAIN_SIGMAS[1]) - np.log(TRAIN_SIGMAS[0]))


def _features(centred: np.ndarray, sigma: np.ndarray, c_in: np.ndarray) -> np.ndarray:
    """The network's inputs (n, 3): the noisy work scaled to about unit size, and log σ mapped to -1..1."""
    return np.column_stack([centred * c_in[:, None], (np.log(sigma) - _LOG_MID) / _LOG_HALF])


def _forward(network: MLPRegressor, features: np.ndarray) -> np.ndarray:
    """The network's output, as ``network.predict`` computes it (ReLU layers, linear output), without its checks."""
    h = features
    last = len(network.coefs_) - 1
    for i, (weights, bias) in enumerate(zip(network.coefs_, network.intercepts_, strict=True)):
        h = h @ weights + bias
        if i < last:
            np.maximum(h, 0.0, out=h)
    return h


@functools.cache
def _thread_pools() -> ThreadpoolController:
    return ThreadpoolController()


def _checked(works) -> np.ndarray:
    try:
        works = np.asarray(works, dtype=float)
    except (TypeError, ValueError) as error:
        raise ValueError("works must be numbers of shape (n, 2)") from error
    if works.ndim != 2 or works.shape[1] != 2 or len(works) < 1 or not np.isfinite(works).all():
        raise ValueError("works must be a finite array of shape (n, 2) with n >= 1")
    return works


def train(works, *, seed: int = 0, on_progress: Callable[[float, np.ndarray], None] | None = None) -> LearnedScore:
    """Train a network by denoising score matching on the works.

    Each pass draws :data:`PASS_SIZE` works at random (with replacement), a noise level for
    each, log-uniform over :data:`TRAIN_SIGMAS`, and fresh Gaussian noise, and takes one
    pass of Adam over them; the time does not depend on the number of works.

    Parameters
    ----------
    works : array-like of shape (n, 2)
        The training works in grey levels, n >= 1, finite.
    seed : int, default=0
        Seeds the network's initial weights, the batches and the noise: the same seed gives
        the same network.
    on_progress : callable ``(fraction, losses) -> None``, optional
        Called after each pass with the share done (0..1] and the losses so far.

    Returns
    -------
    net : LearnedScore

    Raises
    ------
    ValueError
        If ``works`` is not a finite (n, 2) array with n >= 1.
    """
    works = _checked(works)
    rng = np.random.default_rng(seed)
    centre = works.mean(axis=0)
    network = MLPRegressor(
        hidden_layer_sizes=HIDDEN,
        activation="relu",
        learning_rate_init=LEARNING_RATE,
        batch_size=BATCH,
        alpha=0.0,
        random_state=seed,
    )
    losses = np.empty(EPOCHS)
    low, high = np.log(TRAIN_SIGMAS)
    # A few thousand 3-number inputs are far too small to share between threads (as painter.model.fit).
    with _thread_pools().limit(limits=1):
        for epoch in range(EPOCHS):
            clean = works[rng.integers(0, len(works), PASS_SIZE)] - centre
            sigma = np.exp(rng.uniform(low, high, PASS_SIZE))
            noisy = clean + sigma[:, None] * rng.standard_normal((PASS_SIZE, 2))
            c_skip, c_out, c_in = scalings(sigma)
            target = (clean - c_skip[:, None] * noisy) / c_out[:, None]
            network.partial_fit(_features(noisy, sigma, c_in), target)
            losses[epoch] = network.loss_
            if on_progress is not None:
                on_progress((epoch + 1) / EPOCHS, losses[: epoch + 1])
    covariance = np.cov(works.T) if len(works) > 1 else np.zeros((2, 2))
    return LearnedScore(network, centre, np.atleast_2d(covariance), losses, len(works))


def score(net: LearnedScore, x, sigma: float) -> np.ndarray:
    """The learned score of the works blurred by σ, like :func:`painter.diffusion.score`.

    Parameters
    ----------
    net : LearnedScore
    x : array-like of shape (m, 2)
    sigma : float
        Noise level >= 0 (grey levels); below the smallest level trained
        (``TRAIN_SIGMAS[0]``) it is read as that level.

    Returns
    -------
    score : ndarray of shape (m, 2)
        ``(D(x; σ) − x) / σ²`` (Tweedie's formula with the network's denoiser D).
    """
    if not np.isfinite(sigma) or sigma < 0:
        raise ValueError("sigma must be a finite number >= 0")
    x = np.atleast_2d(np.asarray(x, dtype=float))
    level = float(np.clip(sigma, *TRAIN_SIGMAS))
    with np.errstate(over="ignore", invalid="ignore"):
        return (net.denoise(x, np.full(len(x), level)) - x) / level**2


def start_noise(net: LearnedScore, n: int, rng: np.random.Generator, *, sigma_max: float | None = None) -> np.ndarray:
    """The start of :func:`sample` (n, 2): Gaussian, matched to the works blurred by ``sigma_max``.

    As :func:`painter.diffusion.start_noise` with ``method="ode"``, from the training works'
    mean and covariance (``sigma_max`` defaults to the ODE's largest level, 150).
    """
    top = diffusion.SIGMA_RANGE["ode"][0] if sigma_max is None else sigma_max
    return diffusion.gaussian_start(net.centre, net.covariance, n, top, rng)


def flow(net: LearnedScore, start, *, steps: int = 100) -> np.ndarray:
    """Reverse diffusion from given start points with the learned score: the trajectory.

    The probability-flow ODE with Heun steps over step 7's schedule for the ODE
    (:func:`painter.diffusion.default_levels`, 150 → 0.5, then 0), exactly the
    sampler step 7 runs with the exact score (:func:`painter.diffusion.reverse`).

    Parameters
    ----------
    net : LearnedScore
    start : array-like of shape (n, 2)
    steps : int, default=100

    Returns
    -------
    trajectory : ndarray of shape (steps + 1, n, 2)
        ``trajectory[0]`` is ``start``, ``trajectory[-1]`` the generated works.
    """
    sigmas = diffusion.default_levels("ode", steps)
    x = np.atleast_2d(np.asarray(start, dtype=float))
    trajectory = np.empty((steps + 1, *x.shape))
    trajectory[0] = x

    def score_t(xt: np.ndarray, sigma: float) -> np.ndarray:
        return score(net, xt.T, sigma).T

    # the ODE's last step ends at σ = 0, where the score is multiplied by 0: no randomness is drawn
    steps_ = diffusion.reverse(score_t, np.ascontiguousarray(x.T), sigmas, np.random.default_rng(0), method="ode")
    for i, xt in enumerate(steps_):
        trajectory[i + 1] = xt.T
    return trajectory


def sample(net: LearnedScore, n: int, rng: np.random.Generator, *, steps: int = 100) -> np.ndarray:
    """New works by reverse diffusion with the learned score.

    Parameters
    ----------
    net : LearnedScore
    n : int
        Number of works, >= 0.
    rng : numpy.random.Generator
        Draws the start noise (:func:`start_noise`); the sampler is deterministic after it.
    steps : int, default=100
        Noise levels, as on step 7 (see :func:`flow`).

    Returns
    -------
    works : ndarray of shape (n, 2)
        Real-valued grey levels (round and clip them to show them as pixels).
    """
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 0:
        raise ValueError(f"n must be a non-negative integer, got {n!r}")
    if isinstance(steps, bool) or not isinstance(steps, (int, np.integer)) or steps < 1:
        raise ValueError(f"steps must be a positive integer, got {steps!r}")
    return flow(net, start_noise(net, n, rng), steps=int(steps))[-1]


def training_works(n: int, seed: int = 0) -> np.ndarray:
    """``n`` works to train on: the contest's artists first, then fresh contests' (n, 2) int64.

    Up to 300, a random choice (by ``seed``) of the contest's 300 works; beyond, all 300 and
    ``n − 300`` works of a fresh contest of the same three schools (seed ``FRESH_SEED + seed``).
    """
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n must be a positive integer, got {n!r}")
    works = contest.paintings(contest.ARTISTS, 0)
    if n <= len(works):
        return works[np.sort(np.random.default_rng(seed).choice(len(works), n, replace=False))]
    return np.concatenate([works, contest.paintings(n - len(works), FRESH_SEED + seed)])


def nearest_distances(points, works) -> np.ndarray:
    """Distance (grey levels) from each point (m, 2) to its nearest work (n, 2): shape (m,)."""
    points = np.atleast_2d(np.asarray(points, dtype=float))
    works = np.atleast_2d(np.asarray(works, dtype=float))
    gaps = points[:, None, :] - works[None, :, :]
    return np.sqrt((gaps**2).sum(axis=-1).min(axis=1))


def copying(made, works, seed: int) -> tuple[float, float]:
    """How close learned works are to their training works, against unseen works of the same schools.

    Parameters
    ----------
    made : array-like of shape (m, 2)
        Works a network made.
    works : array-like of shape (n, 2)
        The works it learned from.
    seed : int
        The network's seed: the unseen works are a fresh contest (seed ``FRESH_SEED + seed + 1``).

    Returns
    -------
    made_to_works, fresh_to_works : float
        Median distance (grey levels) to the nearest training work, of the made and of the unseen works.
    """
    fresh = contest.paintings(len(made), FRESH_SEED + seed + 1)
    return float(np.median(nearest_distances(made, works))), float(np.median(nearest_distances(fresh, works)))


@dataclass(frozen=True)
class Halves:
    """Two networks trained on disjoint halves, run from the same noise (Kadkhodaie et al., 2024).

    Attributes
    ----------
    size : int
        Works per half.
    first, second : ndarray of shape (n, 2)
        Works generated by each network from the same start noise.
    to_own : ndarray of shape (2n,)
        Each generated work's distance to the nearest work of its own network's half.
    fresh_to_own : ndarray of shape (m,)
        Fresh works' (never trained on) distance to the nearest work of the first half: what
        "new, not copied" looks like.
    between : ndarray of shape (n,)
        Distance between the two networks' works made from the same noise.
    """

    size: int
    first: np.ndarray
    second: np.ndarray
    to_own: np.ndarray
    fresh_to_own: np.ndarray
    between: np.ndarray

    def __post_init__(self) -> None:
        seal(self)

    def medians(self) -> tuple[float, float, float]:
        """The medians of ``to_own``, ``fresh_to_own`` and ``between``: this size's point on each line of the chart."""
        return float(np.median(self.to_own)), float(np.median(self.fresh_to_own)), float(np.median(self.between))


def halves(size: int, *, seed: int = 0, n: int = 200, steps: int = 50) -> Halves:
    """Train two networks on two disjoint sets of ``size`` works each and compare what they make.

    The works are :func:`training_works` ``(2·size, seed)`` split in two at random; both
    networks start from the same ``n`` noise points (drawn for the first). Fresh works come
    from a contest neither half saw.

    Returns
    -------
    halves : Halves
    """
    if isinstance(size, bool) or not isinstance(size, (int, np.integer)) or size < 1:
        raise ValueError(f"size must be a positive integer, got {size!r}")
    pool = training_works(2 * size, seed)
    order = np.random.default_rng(seed + 1).permutation(len(pool))
    one, two = pool[order[:size]], pool[order[size:]]
    first_net, second_net = train(one, seed=seed), train(two, seed=seed + 1)
    start = start_noise(first_net, n, np.random.default_rng(seed + 2))
    first, second = flow(first_net, start, steps=steps)[-1], flow(second_net, start, steps=steps)[-1]
    fresh = contest.paintings(n, FRESH_SEED + seed + 1)
    to_own = np.concatenate([nearest_distances(first, one), nearest_distances(second, two)])
    between = np.sqrt(((first - second) ** 2).sum(axis=1))
    return Halves(int(size), first, second, to_own, nearest_distances(fresh, one), between)


def moved(net: LearnedScore, mixture: Mixture, n: int, rng: np.random.Generator, *, steps: int = 100):
    """Works made from the same start noise by the learned score and by the exact score of a mixture.

    Both run the same sampler (:func:`flow`'s ODE over step 7's schedule); the start is
    :func:`start_noise` of ``net``.

    Returns
    -------
    by_learned, by_exact : ndarray of shape (n, 2)
    """
    start = start_noise(net, n, rng)
    sigmas = diffusion.default_levels("ode", steps)
    *_, end = diffusion.reverse(mixture.factored.score_t, np.ascontiguousarray(start.T), sigmas, rng, method="ode")
    return flow(net, start, steps=steps)[-1], np.ascontiguousarray(end.T)
