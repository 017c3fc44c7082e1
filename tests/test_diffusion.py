"""Diffusion with the exact score: the score against finite differences, the samplers against direct draws."""

import numpy as np
import pytest
from scipy import stats
from scipy.spatial.distance import cdist

from painter import contest, diffusion, model

SIGMAS = (0.0, 1.0, 10.0, 50.0)


def _mixture(covariance_type: str):
    return model.Mixture.from_sklearn(model.fit(contest.paintings(300, 0), 3, covariance_type))


@pytest.fixture(scope="module")
def learned():
    # avoid side effects from shared instances: a fresh fit, never the app's cached model
    return _mixture("full")


def _finite_difference_score(weights, means, covariances, x, sigma, h=1e-4):
    widened = covariances + sigma**2 * np.eye(means.shape[1])
    columns = []
    for e in np.eye(means.shape[1]):
        up = model.log_density(model.Mixture(weights, means, widened), x + h * e)
        down = model.log_density(model.Mixture(weights, means, widened), x - h * e)
        columns.append((up - down) / (2 * h))
    return np.stack(columns, axis=1)


@pytest.mark.parametrize("sigma", SIGMAS)
@pytest.mark.parametrize("covariance_type", ["full", "diag", "spherical"])
def test_score_is_the_gradient_of_the_noised_log_density(covariance_type, sigma):
    fitted = _mixture(covariance_type)
    weights, means, covariances = fitted.weights, fitted.means, fitted.covariances
    x = np.random.default_rng(3).uniform(-50.0, 300.0, size=(40, 2))
    got = diffusion.score(model.Mixture(weights, means, covariances), x, sigma=sigma)
    expected = _finite_difference_score(weights, means, covariances, x, sigma)
    assert got.shape == (40, 2)
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-7)


@pytest.mark.parametrize("sigma", SIGMAS)
def test_score_in_three_dimensions_with_unequal_weights(sigma):
    rng = np.random.default_rng(4)
    factors = rng.normal(size=(4, 3, 3)) * 8
    covariances = factors @ np.swapaxes(factors, 1, 2) + np.eye(3)
    weights, means = np.array([0.1, 0.2, 0.3, 0.4]), rng.uniform(0, 255, size=(4, 3))
    x = rng.uniform(0, 255, size=(25, 3))
    got = diffusion.score(model.Mixture(weights, means, covariances), x, sigma=sigma)
    np.testing.assert_allclose(
        got, _finite_difference_score(weights, means, covariances, x, sigma), rtol=1e-5, atol=1e-7
    )


def test_a_single_gaussian_has_a_linear_score():
    mean, cov = np.array([[100.0, 50.0]]), np.array([[[400.0, 120.0], [120.0, 300.0]]])
    x = np.array([[0.0, 0.0], [100.0, 50.0], [255.0, 255.0]])
    expected = (mean - x) @ np.linalg.inv(cov[0] + 25.0 * np.eye(2)).T
    np.testing.assert_allclose(
        diffusion.score(model.Mixture([1.0], mean, cov), x, sigma=5.0), expected, rtol=1e-10, atol=1e-12
    )


@pytest.mark.parametrize("sigma", SIGMAS)
def test_score_is_finite_and_points_home_far_from_the_data(learned, sigma):
    means, covariances = learned.means, learned.covariances
    far = np.array([[1e5, -1e5], [-3e6, 2e6], [1e7, 1e7]])
    got = diffusion.score(learned, far, sigma=sigma)
    assert np.isfinite(got).all()
    towards_data = means.mean(axis=0) - far
    assert (np.sum(got * towards_data, axis=1) > 0).all()
    # so far away one component takes all: its exact Gaussian score
    widened = model.Mixture(np.ones(len(means)), means, covariances + sigma**2 * np.eye(2))
    nearest = np.argmax(model.weighted_log_densities(widened, far), axis=1)
    precisions = np.linalg.inv(covariances + sigma**2 * np.eye(2))
    expected = np.einsum("nij,nj->ni", precisions[nearest], means[nearest] - far)
    np.testing.assert_allclose(got, expected, rtol=1e-6)


def test_score_rejects_negative_sigma(learned):
    with pytest.raises(ValueError, match="sigma"):
        diffusion.score(learned, np.zeros((1, 2)), sigma=-1.0)


def test_noise_levels_are_geometric_and_decreasing():
    sigmas = diffusion.noise_levels(150.0, 0.5, 100)
    assert sigmas.shape == (100,)
    assert sigmas[0] == pytest.approx(150.0) and sigmas[-1] == pytest.approx(0.5)
    ratios = sigmas[1:] / sigmas[:-1]
    np.testing.assert_allclose(ratios, ratios[0])
    assert ratios[0] < 1
    np.testing.assert_allclose(diffusion.noise_levels(7.0, 1.0, 1), [7.0])
    with pytest.raises(ValueError):
        diffusion.noise_levels(1.0, 2.0, 10)
    with pytest.raises(ValueError):
        diffusion.noise_levels(2.0, 1.0, 0)


@pytest.mark.parametrize("method", diffusion.METHODS)
def test_trajectory_shape_start_and_determinism(learned, method):
    sigmas = diffusion.default_levels(method, 30)
    first = diffusion.sample(learned, 50, sigmas=sigmas, rng=np.random.default_rng(9), method=method)
    again = diffusion.sample(learned, 50, sigmas=sigmas, rng=np.random.default_rng(9), method=method)
    other = diffusion.sample(learned, 50, sigmas=sigmas, rng=np.random.default_rng(10), method=method)
    assert first.shape == (31, 50, 2)
    np.testing.assert_array_equal(first, again)
    assert not np.allclose(first[-1], other[-1])
    start = diffusion.start_noise(learned, 50, sigma_max=sigmas[0], rng=np.random.default_rng(9), method=method)
    np.testing.assert_array_equal(first[0], start)


def test_langevin_starts_from_the_untrained_ais_uniform_pixels(learned):
    start = diffusion.sample(learned, 4000, sigmas=[60.0], rng=np.random.default_rng(1))[0]
    assert start.min() >= 0 and start.max() <= 255
    assert abs(start.mean() - 127.5) < 3 and abs(start.std() - 255 / np.sqrt(12)) < 2


def test_ode_starts_from_the_noised_mixtures_moments(learned):
    start = diffusion.start_noise(learned, 20000, sigma_max=150.0, rng=np.random.default_rng(2), method="ode")
    draws = model.sample(learned, 200000, rng=np.random.default_rng(2))
    np.testing.assert_allclose(start.mean(axis=0), draws.mean(axis=0), atol=4.0)
    np.testing.assert_allclose(np.cov(start.T), np.cov(draws.T) + 150.0**2 * np.eye(2), rtol=0.04, atol=300)


@pytest.mark.parametrize(
    ("sigmas", "method", "match"),
    [([], "ode", "sigmas"), ([1.0, 2.0], "ode", "sigmas"), ([-1.0], "langevin", "sigmas"), ([1.0], "ddpm", "method")],
)
def test_sample_rejects_bad_arguments(learned, sigmas, method, match):
    with pytest.raises(ValueError, match=match):
        diffusion.sample(learned, 5, sigmas=sigmas, rng=np.random.default_rng(0), method=method)


def _energy_test(a: np.ndarray, b: np.ndarray, permutations: int = 200, seed: int = 0) -> float:
    """p-value of the two-sample energy-distance permutation test (Székely & Rizzo).

    A 2-D test rather than per-axis KS: the clusters differ in both pixels at
    once, and a wrong mixture weight or spread shows in the joint distribution.
    """
    pooled = np.vstack([a, b])
    dist = cdist(pooled, pooled)
    n = len(a)

    def statistic(order):
        d = dist[np.ix_(order, order)]
        return 2 * d[:n, n:].mean() - d[:n, :n].mean() - d[n:, n:].mean()

    observed = statistic(np.arange(len(pooled)))
    rng = np.random.default_rng(seed)
    null = [statistic(rng.permutation(len(pooled))) for _ in range(permutations)]
    return (1 + sum(s >= observed for s in null)) / (1 + permutations)


@pytest.mark.slow
@pytest.mark.parametrize("method", diffusion.METHODS)
def test_end_points_are_distributed_like_the_mixture(learned, method):
    ends = diffusion.sample(
        learned, 800, sigmas=diffusion.default_levels(method, 100), rng=np.random.default_rng(11), method=method
    )
    direct = model.sample(learned, 800, rng=np.random.default_rng(12))
    assert _energy_test(ends[-1], direct) > 0.01
    # and the test has the power to see a wrong result: the start noise, or a stop at a large σ
    assert _energy_test(ends[0], direct) < 0.01
    halfway = diffusion.sample(
        learned, 800, sigmas=diffusion.noise_levels(60.0, 25.0, 100), rng=np.random.default_rng(11)
    )
    assert _energy_test(halfway[-1], direct) < 0.01


def _old_annealed_langevin(mixture, n, sigmas, rng):
    """The sampler the page offered before: one Langevin step of size σ² per level, nothing else."""
    x = rng.uniform(0.0, 255.0, size=(n, 2))
    for sigma in sigmas:
        x = x + 0.5 * sigma**2 * diffusion.score(mixture, x, sigma=sigma)
        x = x + sigma * rng.standard_normal(x.shape)
    return x


def _same_distribution(ends, direct, mixture) -> float:
    """Smallest p-value of three two-sample tests of ``ends`` against ``direct`` draws.

    Per-pixel Kolmogorov-Smirnov (where the points are), and Welch's t-test on
    their log-likelihood under the mixture (how concentrated they are: points
    that are too spread out are less likely on average, which the energy test
    on 800 points did not see).
    """
    tests = [stats.ks_2samp(ends[:, j], direct[:, j]).pvalue for j in range(ends.shape[1])]
    ll_ends, ll_direct = (model.log_density(mixture, p) for p in (ends, direct))
    tests.append(stats.ttest_ind(ll_ends, ll_direct, equal_var=False).pvalue)
    return min(tests)


N_TWO_SAMPLE = 3000


@pytest.mark.slow
@pytest.mark.parametrize("steps", [100, 200])  # the page's default and its largest step count
@pytest.mark.parametrize("method", diffusion.METHODS)
def test_end_points_pass_two_sample_tests_against_direct_draws(learned, method, steps):
    direct = model.sample(learned, N_TWO_SAMPLE, rng=np.random.default_rng(20))
    for seed in (1, 2):
        ends = diffusion.sample(
            learned,
            N_TWO_SAMPLE,
            sigmas=diffusion.default_levels(method, steps),
            rng=np.random.default_rng(seed),
            method=method,
        )[-1]
        assert _same_distribution(ends, direct, learned) > 0.01 / 8  # Bonferroni over the 8 runs of this test


@pytest.mark.parametrize("steps", [100, 200])
def test_the_two_sample_tests_reject_the_old_annealed_langevin(learned, steps):
    # the power to see what was wrong: the old sampler's end points were too spread out
    direct = model.sample(learned, N_TWO_SAMPLE, rng=np.random.default_rng(20))
    sigmas = diffusion.default_levels("langevin", steps)
    ends = _old_annealed_langevin(learned, N_TWO_SAMPLE, sigmas, np.random.default_rng(1))
    assert _same_distribution(ends, direct, learned) < 0.01 / 8


@pytest.mark.parametrize("method", diffusion.METHODS)
def test_end_points_are_as_likely_as_direct_draws(learned, method):
    ends = diffusion.sample(
        learned, 2000, sigmas=diffusion.default_levels(method, 100), rng=np.random.default_rng(1), method=method
    )
    direct = model.sample(learned, 2000, rng=np.random.default_rng(2))
    start, end = (model.mean_log_likelihood(learned, ends[i]) for i in (0, -1))
    reference = model.mean_log_likelihood(learned, direct)
    assert abs(end - reference) < 0.05
    assert start < reference - 1.0


def test_path_levels_name_the_level_of_every_point_of_the_path():
    sigmas = diffusion.noise_levels(60.0, 1.0, 5)
    np.testing.assert_array_equal(diffusion.path_levels(sigmas), [*sigmas, 0.0])  # both samplers


def _random_mixture(rng, k: int, d: int) -> model.Mixture:
    factors = rng.normal(size=(k, d, d)) * 6
    covariances = factors @ np.swapaxes(factors, 1, 2) / d + np.eye(d) * 4.0
    return model.Mixture(rng.dirichlet(np.ones(k)), rng.uniform(60, 200, size=(k, d)), covariances)


def _guided_log_density(cond, uncond, x, sigma, guidance):
    d = x.shape[1]

    def log_p(mixture):
        return model.log_density(
            model.Mixture(mixture.weights, mixture.means, mixture.covariances + sigma**2 * np.eye(d)), x
        )

    return (1 + guidance) * log_p(cond) - guidance * log_p(uncond)


@pytest.mark.parametrize("sigma", [0.0, 2.0, 30.0])
@pytest.mark.parametrize("d", [2, 3, 64])
def test_guided_score_is_the_gradient_of_the_guided_log_density(d, sigma):
    rng = np.random.default_rng(d)
    cond, uncond = _random_mixture(rng, 3, d), _random_mixture(rng, 5, d)
    x = cond.means[0] + rng.normal(scale=10.0, size=(6, d))
    guidance, h = 2.5, 1e-4  # the guided log density bends sharply: a small step
    got = diffusion.guided_score(cond, uncond, x, sigma=sigma, guidance=guidance)
    expected = np.stack(
        [
            (
                _guided_log_density(cond, uncond, x + h * e, sigma, guidance)
                - _guided_log_density(cond, uncond, x - h * e, sigma, guidance)
            )
            / (2 * h)
            for e in np.eye(d)
        ],
        axis=1,
    )
    assert got.shape == (6, d)
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("sigma", [0.0, 7.0])
@pytest.mark.parametrize("d", [2, 3, 64])
def test_guided_score_is_the_formula_on_the_plain_scores(d, sigma):
    rng = np.random.default_rng(10 + d)
    cond, uncond = _random_mixture(rng, 2, d), _random_mixture(rng, 4, d)
    x = rng.uniform(0, 255, size=(5, d))
    for guidance in (0.0, 1.0, 7.5):
        expected = (1 + guidance) * diffusion.score(cond, x, sigma=sigma) - guidance * diffusion.score(
            uncond, x, sigma=sigma
        )
        np.testing.assert_allclose(
            diffusion.guided_score(cond, uncond, x, sigma=sigma, guidance=guidance), expected, rtol=1e-8
        )


def test_factored_isotropic_mixture_matches_the_general_score():
    # the memoriser's shortcut (no rotation when every covariance is a multiple of I)
    rng = np.random.default_rng(5)
    means = rng.uniform(0, 255, size=(50, 64))
    covariances = np.eye(64)[None] * rng.uniform(1.0, 9.0, size=(50, 1, 1))
    weights = rng.dirichlet(np.ones(50))
    isotropic = model.Mixture(weights, means, covariances)
    assert isotropic.factored.vectors is None
    x = means[:5] + rng.normal(scale=40.0, size=(5, 64))
    for sigma in (0.0, 3.0, 50.0):
        # the textbook formula: responsibilities from SciPy's densities, explicit inverses
        widened = covariances + sigma**2 * np.eye(64)
        log_r = np.stack(
            [
                np.log(w) + stats.multivariate_normal(m, c).logpdf(x)
                for w, m, c in zip(weights, means, widened, strict=True)
            ],
            axis=1,
        )
        r = np.exp(log_r - log_r.max(axis=1, keepdims=True))
        r /= r.sum(axis=1, keepdims=True)
        pulls = np.einsum("kij,nkj->nki", np.linalg.inv(widened), means[None] - x[:, None])
        expected = np.einsum("nk,nki->ni", r, pulls)
        np.testing.assert_allclose(diffusion.score(isotropic, x, sigma=sigma), expected, rtol=1e-7, atol=1e-9)


def test_guided_score_is_finite_far_from_the_data():
    rng = np.random.default_rng(6)
    cond, uncond = _random_mixture(rng, 2, 64), _random_mixture(rng, 4, 64)
    far = np.full((2, 64), 1e5)
    assert np.isfinite(diffusion.guided_score(cond, uncond, far, sigma=0.0, guidance=10.0)).all()
    with pytest.raises(ValueError, match="guidance"):
        diffusion.guided_score(cond, uncond, far, sigma=0.0, guidance=float("nan"))
