"""painter.model checked against independent computations.

The conditional is compared with numerical integration of the joint density,
densities with SciPy's own Gaussian, draws with statistical tests.
"""

import copy
import pickle

import numpy as np
import pytest
from scipy import stats
from scipy.special import logsumexp

from painter import model
from painter.contest import paintings

WORKS = paintings().astype(float)


@pytest.fixture(scope="module", params=model.COVARIANCE_TYPES)
def gmm(request):
    return model.fit(WORKS, 3, request.param)


def _joint_log_pdf_scipy(weights, means, covs, X):
    """Mixture log-density from SciPy's multivariate normal, term by term."""
    parameters = zip(weights, means, covs, strict=True)
    terms = [np.log(w) + stats.multivariate_normal(m, c).logpdf(X) for w, m, c in parameters]
    return logsumexp(np.stack(terms, axis=-1), axis=-1)


def arrays(mixture: model.Mixture) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A mixture's arrays, for the tests' own computations (the app's maths takes the Mixture whole)."""
    return mixture.weights, mixture.means, mixture.covariances


def one_d(conditional: model.Mixture) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A 1-D mixture's weights, means and standard deviations."""
    return conditional.weights, conditional.means[:, 0], np.sqrt(conditional.covariances[:, 0, 0])


def test_mixture_gives_full_covariances_that_match_sklearn(gmm):
    weights, means, covs = arrays(model.Mixture.from_sklearn(gmm))
    assert covs.shape == (3, 2, 2)
    np.testing.assert_allclose(
        model.log_density(model.Mixture(weights, means, covs), WORKS), gmm.score_samples(WORKS), atol=1e-8
    )


def test_log_density_matches_scipy(gmm):
    weights, means, covs = arrays(model.Mixture.from_sklearn(gmm))
    X = np.array([[0.0, 0.0], [128.0, 70.0], [255.0, 255.0], [-400.0, 900.0]])
    np.testing.assert_allclose(
        model.log_density(model.Mixture(weights, means, covs), X),
        _joint_log_pdf_scipy(weights, means, covs, X),
        rtol=1e-10,
    )


def test_mixture_holds_read_only_copies(gmm):
    mixture = model.Mixture.from_sklearn(gmm)
    for array in arrays(mixture):
        with pytest.raises(ValueError, match="read-only"):
            array[...] = 0
    source = [np.array([0.5, 0.5]), np.zeros((2, 2)), np.stack([np.eye(2)] * 2)]
    own = model.Mixture(*source)
    source[1][:] = 7.0
    assert np.abs(own.means).sum() == 0 and own.n_components == 2
    assert gmm.weights_.sum() == pytest.approx(1.0)


@pytest.mark.parametrize("covariance_type", model.COVARIANCE_TYPES)
def test_mixture_from_sklearn_writes_every_shape_as_full_matrices(covariance_type):
    gmm = model.fit(WORKS, 3, covariance_type)
    precisions = {"full": gmm.precisions_, "tied": np.stack([gmm.precisions_] * 3)}.get(covariance_type)
    if precisions is None:  # diag and spherical: one variance per pixel, or one per component
        variances = np.broadcast_to(np.asarray(gmm.covariances_).reshape(3, -1), (3, 2))
        expected = np.stack([np.diag(v) for v in variances])
    else:
        expected = np.linalg.inv(precisions)
    np.testing.assert_allclose(model.Mixture.from_sklearn(gmm).covariances, expected, rtol=1e-8)


def test_a_mixture_refuses_parts_that_do_not_fit_together():
    with pytest.raises(ValueError, match="weights"):
        model.Mixture([1.0], np.zeros((2, 2)), np.stack([np.eye(2)] * 2))
    with pytest.raises(ValueError, match="weights"):
        model.Mixture([0.5, 0.5], np.zeros((2, 2)), np.stack([np.eye(3)] * 2))


def test_a_tempered_mixture_scales_only_the_covariances(gmm):
    mixture = model.Mixture.from_sklearn(gmm)
    hot = mixture.tempered(2.0)
    np.testing.assert_array_equal(hot.means, mixture.means)
    np.testing.assert_allclose(hot.covariances, 2.0 * mixture.covariances)


@pytest.mark.parametrize("x1", [20.0, 62.0, 100.0, 150.0, 170.0, 230.0])
def test_conditional_matches_numerical_integration(gmm, x1):
    x2 = np.linspace(-300.0, 560.0, 8601)
    weights, means, covs = arrays(model.Mixture.from_sklearn(gmm))
    log_joint = _joint_log_pdf_scipy(weights, means, covs, np.column_stack([np.full_like(x2, x1), x2]))
    joint = np.exp(log_joint - log_joint.max())
    expected = joint / np.trapezoid(joint, x2)

    w, m, s = one_d(model.style_conditional(model.Mixture.from_sklearn(gmm), x1))
    got = (w[:, None] * stats.norm(m[:, None], s[:, None]).pdf(x2[None, :])).sum(axis=0)
    np.testing.assert_allclose(got, expected, atol=1e-6 * expected.max(), rtol=1e-5)
    assert w.sum() == pytest.approx(1.0)
    total, parts = model.conditional_curve(model.style_conditional(model.Mixture.from_sklearn(gmm), x1), x2)
    np.testing.assert_allclose(total, got, rtol=1e-12)
    np.testing.assert_allclose(parts.sum(axis=0), total, rtol=1e-12)


@pytest.mark.parametrize("x1", [-5000.0, -300.0, 600.0, 1e6])
def test_conditional_is_stable_far_from_the_data(gmm, x1):
    w, m, s = one_d(model.style_conditional(model.Mixture.from_sklearn(gmm), x1))
    assert np.all(np.isfinite(w)) and np.all(np.isfinite(m)) and np.all(s > 0)
    assert w.sum() == pytest.approx(1.0)
    # far out, the conditional is (almost) entirely the component reaching furthest towards x1
    weights, means, covs = arrays(model.Mixture.from_sklearn(gmm))
    reach = np.log(weights) + stats.norm(means[:, 0], np.sqrt(covs[:, 0, 0])).logpdf(x1)
    assert np.argmax(w) == np.argmax(reach)


def test_condition_in_three_dimensions_matches_integration():
    rng = np.random.default_rng(1)
    k, d = 3, 3
    weights = np.array([0.2, 0.5, 0.3])
    means = rng.normal(0, 3, size=(k, d))
    a = rng.normal(size=(k, d, d))
    covs = a @ np.swapaxes(a, 1, 2) + 0.5 * np.eye(d)
    known_value = 0.7
    w, m, c = arrays(model.condition(model.Mixture(weights, means, covs), known_idx=[1], known_values=[known_value]))
    assert m.shape == (k, 2) and c.shape == (k, 2, 2)
    # brute force: the joint on a 2-D grid of the free coordinates (0 and 2), normalised
    g = np.linspace(-25, 25, 401)
    x0, x2 = np.meshgrid(g, g, indexing="ij")
    points = np.column_stack([x0.ravel(), np.full(x0.size, known_value), x2.ravel()])
    joint = np.exp(_joint_log_pdf_scipy(weights, means, covs, points)).reshape(x0.shape)
    expected = joint / np.trapezoid(np.trapezoid(joint, g, axis=1), g)
    got = np.exp(model.log_density(model.Mixture(w, m, c), np.column_stack([x0.ravel(), x2.ravel()]))).reshape(x0.shape)
    np.testing.assert_allclose(got, expected, atol=1e-6 * expected.max())


def test_condition_agrees_with_conditional_in_two_dimensions(gmm):
    w, m, c = arrays(model.condition(model.Mixture.from_sklearn(gmm), known_idx=[0], known_values=[170.0]))
    w2, m2, s2 = one_d(model.style_conditional(model.Mixture.from_sklearn(gmm), 170.0))
    np.testing.assert_allclose(w, w2)
    np.testing.assert_allclose(m[:, 0], m2)
    np.testing.assert_allclose(np.sqrt(c[:, 0, 0]), s2)


def _condition_by_inverses(weights, means, covs, known, values):
    """Textbook conditioning with explicit inverses and SciPy densities: an independent reference."""
    from scipy.stats import multivariate_normal

    free = [i for i in range(means.shape[1]) if i not in known]
    out_w, out_m, out_c = [], [], []
    for w, mu, cov in zip(weights, means, covs, strict=True):
        s_kk_inv = np.linalg.inv(cov[np.ix_(known, known)])
        gain = cov[np.ix_(free, known)] @ s_kk_inv
        out_m.append(mu[free] + gain @ (values - mu[known]))
        out_c.append(cov[np.ix_(free, free)] - gain @ cov[np.ix_(known, free)])
        out_w.append(w * multivariate_normal(mu[known], cov[np.ix_(known, known)]).pdf(values))
    return np.array(out_w) / np.sum(out_w), np.array(out_m), np.array(out_c)


def test_one_prepared_conditioner_serves_many_values():
    rng = np.random.default_rng(5)
    k, d, known = 3, 5, [3, 0]
    weights = np.array([0.5, 0.3, 0.2])
    means = rng.normal(0, 2, size=(k, d))
    a = rng.normal(size=(k, d, d))
    covs = a @ np.swapaxes(a, 1, 2) + 0.3 * np.eye(d)
    given = model.conditioner_for(model.Mixture(weights, means, covs), known_idx=known)
    for values in rng.normal(0, 3, size=(4, 2)):
        w, m, c = arrays(given(values))
        w_ref, m_ref, c_ref = _condition_by_inverses(weights, means, covs, known, values)
        np.testing.assert_allclose(w, w_ref, rtol=1e-8, atol=1e-12)
        np.testing.assert_allclose(m, m_ref, rtol=1e-8, atol=1e-10)
        np.testing.assert_allclose(c, c_ref, rtol=1e-8, atol=1e-10)
    with pytest.raises(ValueError, match="read-only"):
        c[0, 0, 0] = 1.0  # shared by every call of ``given``
    with pytest.raises(ValueError, match="known_idx"):
        given([1.0, 2.0, 3.0])


def test_condition_refuses_bad_indices():
    with pytest.raises(ValueError, match="known_idx"):
        model.condition(model.Mixture([1.0], [[0.0, 0.0]], [np.eye(2)]), known_idx=[2], known_values=[0.0])


def test_sample_conditional_follows_the_conditional(gmm):
    x1 = 170.0
    draws = model.sample(
        model.style_conditional(model.Mixture.from_sklearn(gmm), x1), 4000, rng=np.random.default_rng(0)
    )[:, 0]
    assert draws.shape == (4000,)
    w, m, s = one_d(model.style_conditional(model.Mixture.from_sklearn(gmm), x1))

    def cdf(x):
        return (w[None, :] * stats.norm(m, s).cdf(np.asarray(x)[:, None])).sum(axis=1)

    assert stats.kstest(draws, cdf).pvalue > 0.001


def test_sample_matches_the_mixture_moments(gmm):
    weights, means, covs = arrays(model.Mixture.from_sklearn(gmm))
    draws = model.sample(model.Mixture(weights, means, covs), 20000, rng=np.random.default_rng(3))
    mean = weights @ means
    second = np.einsum("k,kij->ij", weights, covs + np.einsum("ki,kj->kij", means, means))
    np.testing.assert_allclose(draws.mean(axis=0), mean, atol=1.5)
    expected = second - np.outer(mean, mean)
    # sampling error of a covariance entry scales with the variances, not the entry itself
    np.testing.assert_allclose(np.cov(draws.T), expected, atol=0.04 * np.diag(expected).max())


def test_a_conditional_sharing_its_factors_draws_what_a_fresh_mixture_draws(gmm):
    given = model.conditioner_for(model.Mixture.from_sklearn(gmm), known_idx=[0])
    shared = given([170.0])
    fresh = model.Mixture(*arrays(shared))
    assert shared.cholesky is given([20.0]).cholesky  # factored once, for every value
    np.testing.assert_array_equal(
        model.sample(shared, 50, rng=np.random.default_rng(9)), model.sample(fresh, 50, rng=np.random.default_rng(9))
    )


def test_a_mixture_factors_once_and_its_views_agree_with_numpy(gmm):
    mixture = model.Mixture.from_sklearn(gmm)
    assert mixture.cholesky is mixture.cholesky and mixture.factored is mixture.factored
    np.testing.assert_allclose(mixture.cholesky @ np.swapaxes(mixture.cholesky, 1, 2), mixture.covariances)
    mean, cov = mixture.moments
    draws = model.sample(mixture, 200_000, rng=np.random.default_rng(0))
    np.testing.assert_allclose(mean, draws.mean(axis=0), atol=0.5)
    np.testing.assert_allclose(cov, np.cov(draws.T), rtol=0.02)


def test_sampling_is_reproducible_and_leaves_the_model_alone(gmm):
    before = pickle.dumps(gmm)
    a = model.sample(model.style_conditional(model.Mixture.from_sklearn(gmm), 120.0), 10, rng=np.random.default_rng(7))[
        :, 0
    ]
    b = model.sample(model.style_conditional(model.Mixture.from_sklearn(gmm), 120.0), 10, rng=np.random.default_rng(7))[
        :, 0
    ]
    np.testing.assert_array_equal(a, b)
    c = model.sample(model.Mixture.from_sklearn(gmm), 10, rng=np.random.default_rng(7))
    d = model.sample(model.Mixture.from_sklearn(gmm), 10, rng=np.random.default_rng(7))
    np.testing.assert_array_equal(c, d)
    assert pickle.dumps(gmm) == before


def test_draws_are_not_grouped_by_component():
    weights, means, covs = arrays(model.Mixture.from_sklearn(model.fit(WORKS, 3, "full")))
    draws = model.sample(model.Mixture(weights, means, covs), 60, rng=np.random.default_rng(0))
    nearest = np.argmin(np.linalg.norm(draws[:, None, :] - means[None], axis=-1), axis=1)
    # grouped draws would change component at most twice
    assert np.count_nonzero(np.diff(nearest)) > 10


def test_fit_is_deterministic_and_validates():
    a, b = model.fit(WORKS, 3, "full", seed=1), model.fit(WORKS, 3, "full", seed=1)
    np.testing.assert_array_equal(a.means_, b.means_)
    with pytest.raises(ValueError, match="covariance_type"):
        model.fit(WORKS, 3, "round")
    with pytest.raises(ValueError, match="n_components"):
        model.fit(WORKS[:2], 3)
    with pytest.raises(ValueError, match="finite"):
        model.fit(np.array([[np.nan, 1.0]] * 5))


def test_fit_recovers_three_schools():
    gmm = model.fit(WORKS, 3, "full")
    found = np.sort(gmm.means_[:, 0])
    np.testing.assert_allclose(found, [62, 142, 196], atol=8)


def test_density_grid_integrates_to_one(gmm):
    grid, density = model.density_grid(model.Mixture.from_sklearn(gmm), step=1.0)
    assert density.shape == (256, 256)
    assert np.trapezoid(np.trapezoid(density, grid, axis=1), grid) == pytest.approx(1.0, abs=0.02)


def test_learned_model_beats_the_untrained_one(gmm):
    learned = model.mean_log_likelihood(model.Mixture.from_sklearn(gmm), WORKS)
    assert model.uniform_log_likelihood(2) == pytest.approx(-2 * np.log(256))
    assert learned > model.uniform_log_likelihood(2) + 1.0
    # the integer-valued works are read as floats whatever dtype arrives
    assert model.mean_log_likelihood(model.Mixture.from_sklearn(gmm), WORKS.astype(int)) == pytest.approx(learned)


def test_deepcopy_of_a_frozen_model_still_samples(gmm):
    frozen = copy.deepcopy(gmm)
    for name in ("weights_", "means_", "covariances_"):
        getattr(frozen, name).setflags(write=False)
    assert model.sample(
        model.style_conditional(model.Mixture.from_sklearn(frozen), 100.0), 3, rng=np.random.default_rng(0)
    )[:, 0].shape == (3,)


def test_count_modes_counts_separate_peaks():
    x = np.linspace(0, 255, 512)
    one = stats.norm(100, 10).pdf(x)
    two = 0.5 * stats.norm(60, 10).pdf(x) + 0.5 * stats.norm(190, 10).pdf(x)
    assert model.count_modes(one) == 1
    assert model.count_modes(two) == 2
    assert model.count_modes(two + 1e-9 * np.sin(x)) == 2  # ripples in the tails are not peaks


def test_the_contest_model_has_two_scenes_for_a_middle_style_and_one_for_a_dark_one():
    gmm = model.fit(WORKS, 3, "full")
    x2 = np.linspace(0, 255, 256)
    assert (
        model.count_modes(
            model.conditional_curve(model.style_conditional(model.Mixture.from_sklearn(gmm), 170.0), x2)[0]
        )
        == 2
    )
    assert (
        model.count_modes(
            model.conditional_curve(model.style_conditional(model.Mixture.from_sklearn(gmm), 50.0), x2)[0]
        )
        == 1
    )
