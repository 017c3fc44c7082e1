"""Real 8×8 pictures: conditioning in many dimensions, bits per pixel, nearest neighbours."""

import numpy as np
import pytest
from scipy.spatial.distance import cdist
from scipy.special import logsumexp
from scipy.stats import multivariate_normal
from sklearn.decomposition import PCA
from sklearn.mixture import GaussianMixture

from painter import digits, images, model, neighbours


def _random_mixture(k: int, d: int, seed: int):
    rng = np.random.default_rng(seed)
    weights = rng.dirichlet(np.ones(k))
    means = rng.uniform(0, 255, size=(k, d))
    factors = rng.normal(size=(k, d, d)) * 20.0
    covariances = factors @ np.swapaxes(factors, 1, 2) / d + 25.0 * np.eye(d)
    return weights, means, covariances


def _mixture_moments(mixture):
    weights, means, covariances = mixture.weights, mixture.means, mixture.covariances
    mean = weights @ means
    second = np.einsum("k,kij->ij", weights, covariances + np.einsum("ki,kj->kij", means, means))
    return mean, second - np.outer(mean, mean)


@pytest.fixture(scope="module")
def fitted():
    train, held_out = digits.split(digits.load())
    return train, held_out, digits.fit(train, 4)


@pytest.mark.parametrize("d", [4, 16, 64])
def test_condition_matches_the_precision_matrix_and_bayes_rule(d):
    weights, means, covariances = _random_mixture(3, d, seed=d)
    rng = np.random.default_rng(1)
    known = np.sort(rng.choice(d, size=d // 2, replace=False))
    free = np.setdiff1d(np.arange(d), known)
    values = rng.uniform(0, 255, size=len(known))
    conditional = model.condition(model.Mixture(weights, means, covariances), known_idx=known, known_values=values)
    new_w, new_m, new_c = conditional.weights, conditional.means, conditional.covariances
    for k in range(3):
        # independent route: the precision matrix Λ = Σ⁻¹ gives Σ_f|k = Λ_ff⁻¹ and μ_f - Λ_ff⁻¹ Λ_fk (x_k - μ_k)
        precision = np.linalg.inv(covariances[k])
        cov = np.linalg.inv(precision[np.ix_(free, free)])
        mean = means[k, free] - cov @ precision[np.ix_(free, known)] @ (values - means[k, known])
        np.testing.assert_allclose(new_c[k], cov, rtol=1e-6, atol=1e-6)
        np.testing.assert_allclose(new_m[k], mean, rtol=1e-6, atol=1e-5)
    log_w = np.log(weights) + [
        multivariate_normal(means[k, known], covariances[k][np.ix_(known, known)]).logpdf(values) for k in range(3)
    ]
    np.testing.assert_allclose(new_w, np.exp(log_w - logsumexp(log_w)), rtol=1e-6, atol=1e-12)


def test_condition_by_rejection_in_three_dimensions():
    weights, means, covariances = _random_mixture(2, 3, seed=7)
    means = np.array([[60.0, 80.0, 100.0], [90.0, 180.0, 40.0]])
    rng = np.random.default_rng(0)
    draws = model.sample(model.Mixture(weights, means, covariances), 2_000_000, rng=rng)
    x0 = 75.0
    kept = draws[np.abs(draws[:, 0] - x0) < 0.5][:, 1:]
    assert len(kept) > 2_000
    mean, cov = _mixture_moments(
        model.condition(model.Mixture(weights, means, covariances), known_idx=[0], known_values=[x0])
    )
    error = np.sqrt(np.diag(cov) / len(kept))
    np.testing.assert_array_less(np.abs(kept.mean(axis=0) - mean), 5 * error)
    np.testing.assert_allclose(np.cov(kept.T), cov, rtol=0.1)


def test_inpainting_draws_follow_the_conditional_in_64_dimensions(fitted):
    _, held_out, fit = fitted
    hidden = digits.mask("bottom")
    visible = np.flatnonzero(~hidden)
    conditional = model.condition(fit.mixture, known_idx=visible, known_values=held_out[3][visible])
    weights, means, covariances = conditional.weights, conditional.means, conditional.covariances
    # the same draws inpaint makes, before rounding, against the conditional's moments (precision-matrix route)
    draws = model.sample(model.Mixture(weights, means, covariances), 40_000, rng=np.random.default_rng(2))
    expected_mean = np.zeros(hidden.sum())
    for k in range(len(fit.mixture.weights)):
        precision = np.linalg.inv(fit.mixture.covariances[k])
        h = np.flatnonzero(hidden)
        cov = np.linalg.inv(precision[np.ix_(h, h)])
        mean_k = fit.mixture.means[k, h] - cov @ precision[np.ix_(h, visible)] @ (
            held_out[3][visible] - fit.mixture.means[k, visible]
        )
        expected_mean += weights[k] * mean_k
    np.testing.assert_allclose(draws.mean(axis=0), expected_mean, atol=1.5)
    _, expected_cov = _mixture_moments(conditional)
    np.testing.assert_allclose(np.cov(draws.T), expected_cov, atol=0.05 * np.abs(expected_cov).max())


def test_inpainting_draws_exactly_what_sampling_the_conditional_draws(fitted):
    # the inpainter factorises the conditional covariances once; its draws are those of model.sample
    _, held_out, fit = fitted
    hidden = digits.mask("bottom")
    visible = np.flatnonzero(~hidden)
    picture = held_out[5].astype(float)
    conditional = model.condition(fit.mixture, known_idx=visible, known_values=picture[visible])
    expected = np.repeat(picture[None, :], 6, axis=0)
    expected[:, hidden] = model.sample(conditional, 6, rng=np.random.default_rng(4))
    completions = digits.inpaint(fit, picture, hidden, 6, np.random.default_rng(4))
    np.testing.assert_array_equal(completions, images.to_pixels(expected))


def test_a_prepared_inpainter_can_be_reused_for_any_picture(fitted):
    # the page keeps one inpainter per hidden region for every visitor: a call must leave nothing behind
    _, held_out, fit = fitted
    hidden = digits.mask("right")
    shared = digits.inpainter(fit, hidden)
    for picture in held_out[:4]:
        shared(held_out[-1], 5, np.random.default_rng(3))  # another visitor's picture in between
        fresh = digits.inpainter(fit, hidden)(picture, 8, np.random.default_rng(11))
        again = shared(picture, 8, np.random.default_rng(11))
        np.testing.assert_array_equal(again, fresh)
        assert not np.array_equal(again, shared(held_out[-1], 8, np.random.default_rng(11)))


def test_inpainting_keeps_the_visible_pixels(fitted):
    _, held_out, fit = fitted
    hidden = digits.mask("box", (1, 4, 2, 6))
    completions = digits.inpaint(fit, held_out[0], hidden, 16, np.random.default_rng(0))
    assert completions.shape == (16, 64) and completions.dtype == np.uint8
    np.testing.assert_array_equal(
        completions[:, ~hidden], np.repeat(digits.hide(held_out[0], hidden)[None, ~hidden], 16, 0)
    )
    assert len({c[hidden].tobytes() for c in completions}) == 16


def test_masks():
    assert digits.mask("bottom").sum() == 32 and digits.mask("bottom")[32:].all()
    assert digits.mask("right").reshape(8, 8)[:, 4:].all() and digits.mask("right").sum() == 32
    assert digits.mask("box", (2, 3, 0, 4)).sum() == 10
    with pytest.raises(ValueError, match="visible"):
        digits.mask("box", (0, 7, 0, 7))
    with pytest.raises(ValueError, match="kind"):
        digits.mask("top")


def test_bits_per_pixel_against_a_direct_computation(fitted):
    _, held_out, fit = fitted
    log_p = logsumexp(
        [
            np.log(fit.mixture.weights[k])
            + multivariate_normal(fit.mixture.means[k], fit.mixture.covariances[k]).logpdf(held_out)
            for k in range(len(fit.mixture.weights))
        ],
        axis=0,
    )
    direct = -np.mean(log_p) / np.log(2.0) / 64
    assert digits.bits_per_pixel(fit.mixture, held_out) == pytest.approx(direct, rel=1e-9)
    assert 0 < direct < 8  # the learned model beats the untrained AI on digits it never saw
    assert -model.uniform_log_likelihood(64) / np.log(2.0) / 64 == pytest.approx(8.0, rel=1e-12)


def test_pixel_mixture_is_the_pca_mixture_plus_isotropic_residual(fitted):
    train, held_out, fit = fitted
    # refit PCA and the mixture the documented way and add the left-out dimensions' Gaussian by hand
    pca = PCA(digits.PCA_DIMS, random_state=0).fit(train)
    gmm = GaussianMixture(4, covariance_type="full", reg_covar=digits.REG_COVAR, random_state=0, max_iter=200)
    gmm.fit(pca.transform(train))
    s2 = pca.noise_variance_
    z = pca.transform(held_out)
    residual = held_out - pca.mean_ - z @ pca.components_
    inside = logsumexp(
        [
            np.log(gmm.weights_[k])
            + multivariate_normal(gmm.means_[k], gmm.covariances_[k] + s2 * np.eye(digits.PCA_DIMS)).logpdf(z)
            for k in range(4)
        ],
        axis=0,
    )
    outside = -0.5 * (64 - digits.PCA_DIMS) * np.log(2 * np.pi * s2) - 0.5 * np.sum(residual**2, axis=1) / s2
    np.testing.assert_allclose(
        model.log_density(fit.mixture, held_out),
        inside + outside,
        rtol=1e-8,
    )


def test_variance_kept_is_what_pca_explains(fitted):
    train, _, _ = fitted
    pca = PCA(n_components=digits.PCA_DIMS).fit(train)
    assert digits.variance_kept(train) == pytest.approx(pca.explained_variance_ratio_.sum())
    assert digits.variance_kept(train, 64) == pytest.approx(1.0)
    assert digits.variance_kept(train, 10) < digits.variance_kept(train) < 1.0


def test_drawn_digits_are_valid_pixels_and_reproducible(fitted):
    fit = fitted[2]
    a = digits.sample(fit, 16, np.random.default_rng(5))
    b = digits.sample(fit, 16, np.random.default_rng(5))
    assert a.dtype == np.uint8 and a.shape == (16, 64)
    np.testing.assert_array_equal(a, b)


def test_split_is_fixed_and_disjoint():
    X = digits.load()
    assert X.shape == (1797, 64) and X.min() == 0 and X.max() == 255
    train, held_out = digits.split(X)
    assert len(held_out) == digits.HELD_OUT and len(train) + len(held_out) == 1797
    np.testing.assert_array_equal(digits.split(X)[1], held_out)
    # the held-out rows are rows the model is never given
    order = np.random.default_rng(0).permutation(1797)
    np.testing.assert_array_equal(held_out, X[order[: digits.HELD_OUT]])


def test_nearest_finds_a_planted_copy():
    rng = np.random.default_rng(0)
    train = rng.uniform(0, 255, size=(500, 64))
    queries = rng.uniform(0, 255, size=(40, 64))
    queries[13] = train[321]
    index, distance = neighbours.nearest(queries, train, chunk=7)
    assert index[13] == 321 and distance[13] == 0.0
    brute = cdist(queries, train)
    np.testing.assert_array_equal(index, brute.argmin(axis=1))
    np.testing.assert_allclose(distance, brute.min(axis=1), rtol=1e-10)
    assert (np.delete(distance, 13) > 100).all()


def test_nearest_refuses_mismatched_shapes():
    with pytest.raises(ValueError, match="columns"):
        neighbours.nearest(np.zeros((2, 3)), np.zeros((2, 4)))


def test_tile_marks_the_hidden_pixels():
    grid = digits.tile(np.zeros((3, 64)), per_row=2, scale=4)
    assert grid.shape == (2 * (32 + 2) + 2, 2 * (32 + 2) + 2, 3)
    marked = digits.tile(np.zeros((1, 64)), scale=4, hidden=digits.mask("bottom"))
    assert (marked == (230, 159, 0)).all(axis=-1).any()
