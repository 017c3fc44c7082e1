"""The learned score (painter.learned) against independent computations.

The "known mixture" is the contest's own three schools (painter.contest.SCHOOLS): the works are
drawn from it, and its exact blurred score is painter.diffusion.score of that mixture.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import multivariate_normal

from painter import contest, diffusion, learned, loss_scale
from painter.mixture import Mixture

WEIGHTS = np.array([share for share, _, _ in contest.SCHOOLS])
MEANS = np.array([mean for _, mean, _ in contest.SCHOOLS])
COVARIANCES = np.array([cov for _, _, cov in contest.SCHOOLS])


def mixture_log_density(x: np.ndarray) -> np.ndarray:
    """log p(x) of the schools' mixture, straight from SciPy (independent of painter.model)."""
    parts = [
        np.log(w) + multivariate_normal(m, c).logpdf(x) for w, m, c in zip(WEIGHTS, MEANS, COVARIANCES, strict=True)
    ]
    return np.logaddexp.reduce(np.array(parts), axis=0)


@pytest.fixture(scope="module")
def many() -> tuple[np.ndarray, learned.LearnedScore]:
    works = contest.paintings(1000, 7)
    return works, learned.train(works, seed=0)


@pytest.fixture(scope="module")
def few() -> tuple[np.ndarray, learned.LearnedScore]:
    works = contest.paintings(5, 7)
    return works, learned.train(works, seed=0)


@pytest.mark.parametrize("sigma", [10.0, 40.0])
def test_learned_score_points_like_the_exact_blurred_score(many, sigma):
    _, net = many
    rng = np.random.default_rng(3)
    x = contest.paintings(2000, 99) + sigma * rng.standard_normal((2000, 2))  # points of p_σ
    mine = learned.score(net, x, sigma)
    exact = diffusion.score(Mixture(WEIGHTS, MEANS, COVARIANCES), x, sigma=sigma)
    cosine = (mine * exact).sum(axis=1) / np.linalg.norm(mine, axis=1) / np.linalg.norm(exact, axis=1)
    assert np.median(cosine) >= 0.8
    # and its size too, not only its direction
    assert np.median(np.linalg.norm(mine, axis=1) / np.linalg.norm(exact, axis=1)) == pytest.approx(1.0, abs=0.25)


def test_score_is_tweedie_of_the_network_denoiser(many):
    """score = (D(x; σ) − x)/σ², with D read through scikit-learn's own predict."""
    _, net = many
    x = np.array([[10.0, 250.0], [128.0, 128.0], [300.0, -40.0]])
    sigma = 7.0
    total = sigma**2 + learned.SIGMA_DATA**2
    c_skip, c_out, c_in = learned.SIGMA_DATA**2 / total, sigma * learned.SIGMA_DATA / np.sqrt(total), total**-0.5
    features = np.column_stack(
        [(x - net.centre) * c_in, np.full(3, (np.log(sigma) - np.log(0.4 * 160) / 2) / (np.log(160 / 0.4) / 2))]
    )
    denoised = net.centre + c_skip * (x - net.centre) + c_out * net.network.predict(features)
    np.testing.assert_allclose(learned.score(net, x, sigma), (denoised - x) / sigma**2, rtol=1e-9, atol=1e-12)


def test_samples_sit_on_the_mixture(many):
    _, net = many
    made = learned.sample(net, 600, np.random.default_rng(5))
    direct = contest.paintings(600, 123).astype(float)
    uniform = np.random.default_rng(6).uniform(0, 255, (600, 2))
    assert made.shape == (600, 2) and np.isfinite(made).all()
    made_ll, direct_ll = mixture_log_density(made).mean(), mixture_log_density(direct).mean()
    assert abs(made_ll - direct_ll) < 0.5
    assert mixture_log_density(uniform).mean() < direct_ll - 1.5  # the test can tell noise from the mixture
    # the three schools in about their shares: each sample's most likely school
    parts = [
        multivariate_normal(m, c).logpdf(made) + np.log(w) for w, m, c in zip(WEIGHTS, MEANS, COVARIANCES, strict=True)
    ]
    shares = np.bincount(np.argmax(parts, axis=0), minlength=3) / len(made)
    np.testing.assert_allclose(shares, WEIGHTS, atol=0.08)


def test_few_works_are_memorised_many_are_not(few, many):
    fresh = contest.paintings(400, 8)
    ratios = []
    for works, net in (few, many):
        made = learned.sample(net, 400, np.random.default_rng(1))
        ratios.append(
            np.median(learned.nearest_distances(made, works)) / np.median(learned.nearest_distances(fresh, works))
        )
    assert ratios[0] < 0.35  # crowded onto the 5 works
    assert ratios[1] > 0.7  # as far from the training works as unseen works are


def test_nearest_distances_by_brute_force():
    rng = np.random.default_rng(0)
    points, works = rng.uniform(0, 255, (7, 2)), rng.uniform(0, 255, (11, 2))
    expected = [min(np.hypot(*(p - w)) for w in works) for p in points]
    np.testing.assert_allclose(learned.nearest_distances(points, works), expected)


def test_the_two_halves_agree_more_as_they_grow():
    small, large = learned.halves(5, n=150), learned.halves(250, n=150)
    assert np.median(large.between) < 0.5 * np.median(small.between)
    # small halves copy their own works; large halves are as close to them as unseen works
    assert np.median(small.to_own) < 0.35 * np.median(small.fresh_to_own)
    assert np.median(large.to_own) > 0.7 * np.median(large.fresh_to_own)
    assert large.first.shape == large.second.shape == (150, 2)


def test_training_works_are_the_contest_first():
    works = learned.training_works(300)
    np.testing.assert_array_equal(np.sort(works, axis=0), np.sort(contest.paintings(300, 0), axis=0))
    more = learned.training_works(700, seed=2)
    np.testing.assert_array_equal(more[:300], contest.paintings(300, 0))
    assert len(more) == 700 and len(learned.training_works(5, seed=1)) == 5
    assert not np.array_equal(learned.training_works(5, seed=1), learned.training_works(5, seed=2))


def test_the_loss_falls_and_the_progress_is_reported():
    seen = []
    net = learned.train(
        contest.paintings(50, 1), seed=3, on_progress=lambda done, losses: seen.append((done, len(losses)))
    )
    assert seen[-1] == (1.0, learned.EPOCHS) and len(seen) == learned.EPOCHS
    assert net.losses.shape == (learned.EPOCHS,)
    assert net.losses[-10:].mean() < net.losses[:3].mean()


def test_the_loss_starts_near_a_network_that_adds_nothing_and_ends_below_it(many):
    # the page compares the training loss with this value (the scale's "learned nothing")
    works, net = many
    base = loss_scale.unlearned_loss(works)
    assert 0.45 < base < 0.55  # half the squared error of a unit-size target
    assert base == loss_scale.unlearned_loss(works)  # seeded: the same value every run
    assert net.losses[-1] < base


def test_same_seed_same_net_and_read_only(few):
    works, net = few
    again = learned.train(works, seed=0)
    np.testing.assert_array_equal(again.losses, net.losses)
    x = np.array([[30.0, 200.0], [150.0, 60.0]])
    np.testing.assert_array_equal(learned.score(again, x, 5.0), learned.score(net, x, 5.0))
    other = learned.train(works, seed=1)
    assert not np.array_equal(other.losses, net.losses)
    np.testing.assert_array_equal(
        learned.sample(net, 5, np.random.default_rng(4)), learned.sample(net, 5, np.random.default_rng(4))
    )
    with pytest.raises(ValueError):
        net.network.coefs_[0][0, 0] = 1.0
    with pytest.raises(ValueError):
        net.centre[0] = 1.0


def test_one_work_is_enough_and_sigma_zero_is_finite():
    net = learned.train([[100, 200]], seed=0)
    assert np.isfinite(learned.score(net, [[0.0, 0.0]], 0.0)).all()
    made = learned.sample(net, 20, np.random.default_rng(0))
    assert np.median(learned.nearest_distances(made, [[100, 200]])) < 10  # all onto the one work


@pytest.mark.parametrize(
    "works",
    [np.empty((0, 2)), np.zeros((4, 3)), np.zeros(4), [[1.0, np.nan]], [[1.0, np.inf]], [["a", "b"]], None],
)
def test_bad_works_are_refused(works):
    with pytest.raises(ValueError, match="works"):
        learned.train(works)


def test_bad_arguments_are_refused(few):
    _, net = few
    for sigma in (-1.0, np.nan, np.inf):
        with pytest.raises(ValueError, match="sigma"):
            learned.score(net, [[1.0, 2.0]], sigma)
    for n in (-1, 2.5, True):
        with pytest.raises(ValueError, match="n must"):
            learned.sample(net, n, np.random.default_rng(0))
    with pytest.raises(ValueError, match="steps"):
        learned.sample(net, 3, np.random.default_rng(0), steps=0)
    with pytest.raises(ValueError):
        learned.training_works(0)
    with pytest.raises(ValueError):
        learned.halves(0)


def test_the_floor_lies_above_0_below_a_network_that_adds_nothing_and_below_the_trained_loss(many):
    # the page quotes this floor as the loss no denoiser can beat, and says the small network stops above it
    works, net = many
    floor = loss_scale.floor_loss(works)
    assert 0 < floor < loss_scale.unlearned_loss(works)
    assert floor == loss_scale.floor_loss(works)  # seeded: the same value every run
    assert floor < net.losses[-1]
    # one work: the best guess is that work, so nothing is ever missed
    assert loss_scale.floor_loss(works[:1]) == pytest.approx(0.0, abs=1e-12)
