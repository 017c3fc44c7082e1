"""EM written out step by step: it lands where scikit-learn lands, and only ever climbs."""

import numpy as np
import pytest
from sklearn.mixture import GaussianMixture

from painter import contest, em, model, own_works

WORKS = contest.paintings(300, 0).astype(float)


@pytest.mark.parametrize("covariance_type", model.COVARIANCE_TYPES)
@pytest.mark.parametrize("init", em.INITS)
@pytest.mark.parametrize("n_components", [2, 4])
def test_em_converges_where_scikit_learn_does(covariance_type, init, n_components):
    steps = em.em_steps(WORKS, n_components, covariance_type, init=init, seed=3, max_iter=3000, tol=1e-11)
    gmm = GaussianMixture(
        n_components,
        covariance_type=covariance_type,
        init_params=init,
        random_state=3,
        reg_covar=model.REG_COVAR,
        n_init=1,
        tol=1e-11,
        max_iter=3000,
    ).fit(WORKS)
    learned_mixture = model.Mixture.from_sklearn(gmm)
    weights, means, covariances = learned_mixture.weights, learned_mixture.means, learned_mixture.covariances
    last, ll = steps[-1].mixture, steps[-1].log_likelihood
    w, m, c = last.weights, last.means, last.covariances
    np.testing.assert_allclose(w, weights, atol=1e-5)
    np.testing.assert_allclose(m, means, atol=1e-3)
    np.testing.assert_allclose(c, covariances, rtol=1e-4, atol=1e-2)
    assert ll == pytest.approx(gmm.score(WORKS), abs=1e-8)


def test_em_starts_from_scikit_learns_initial_model():
    # max_iter=0: scikit-learn keeps its initial parameters
    gmm = GaussianMixture(3, init_params="random", random_state=5, reg_covar=model.REG_COVAR, max_iter=0)
    gmm.fit(WORKS)
    first = em.em_steps(WORKS, 3, init="random", seed=5)[0].mixture
    w, m, c = first.weights, first.means, first.covariances
    np.testing.assert_allclose(w, gmm.weights_, rtol=1e-12)
    np.testing.assert_allclose(m, gmm.means_, rtol=1e-12)
    np.testing.assert_allclose(c, gmm.covariances_, rtol=1e-12)


@pytest.mark.parametrize("covariance_type", model.COVARIANCE_TYPES)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_log_likelihood_never_decreases(covariance_type, seed):
    steps = em.em_steps(WORKS, 5, covariance_type, init="random", seed=seed, max_iter=300, tol=0)
    curve = np.array([step.log_likelihood for step in steps])
    assert len(curve) == 301  # tol=0: every iteration runs
    assert np.diff(curve).min() > -1e-7  # round-off only
    assert curve[-1] > curve[0] + 0.1  # and it does learn
    # each stored value is the log-likelihood of that step's own parameters
    assert steps[7].log_likelihood == pytest.approx(model.mean_log_likelihood(steps[7].mixture, WORKS), abs=1e-9)


def test_em_steps_stop_at_tolerance_and_reject_bad_input():
    assert len(em.em_steps(WORKS, 3, init="random", max_iter=5)) <= 6
    with pytest.raises(ValueError, match="init"):
        em.em_steps(WORKS, 3, init="bogus")
    with pytest.raises(ValueError, match="covariance_type"):
        em.em_steps(WORKS, 3, "round")
    with pytest.raises(ValueError, match="n_components"):
        em.em_steps(WORKS[:2], 3)


def test_most_likely_components_colour_each_work_by_its_component():
    steps = em.most_likely_components(WORKS, em.em_steps(WORKS, 3, seed=0))
    owner = steps[-1].components
    assert owner.shape == (300,) and owner.dtype == np.uint8
    resp = em.responsibilities(steps[-1].mixture, WORKS)
    np.testing.assert_allclose(resp.sum(axis=1), 1.0)
    gmm = GaussianMixture(3, reg_covar=model.REG_COVAR, random_state=0, n_init=1, tol=1e-3).fit(WORKS)
    # same labels up to the order of the components
    agree = max((owner == perm[gmm.predict(WORKS)]).mean() for perm in map(np.array, _perms(3)))
    assert agree > 0.99


def _perms(k):
    import itertools

    return itertools.permutations(range(k))


def test_temperature_one_draws_the_learned_model():
    learned_mixture = model.Mixture.from_sklearn(model.fit(WORKS, 3))
    weights, means, covariances = learned_mixture.weights, learned_mixture.means, learned_mixture.covariances
    plain = model.sample(model.Mixture(weights, means, covariances), 50, rng=np.random.default_rng(9))
    tempered = model.sample(learned_mixture.tempered(1.0), 50, rng=np.random.default_rng(9))
    np.testing.assert_array_equal(plain, tempered)
    hot = model.sample(learned_mixture.tempered(4.0), 50, rng=np.random.default_rng(9))
    # same components and noise, twice the distance from each centre (sqrt of 4)
    components = np.random.default_rng(9).choice(3, size=50, p=weights / weights.sum())
    np.testing.assert_allclose(hot - means[components], 2 * (plain - means[components]))
    np.testing.assert_allclose(model.temper(covariances, 0.5), covariances / 2)
    with pytest.raises(ValueError, match="positive"):
        model.temper(covariances, 0.0)


def test_presets_return_new_arrays_and_never_touch_the_input():
    base = contest.paintings(300, 0)
    base.setflags(write=False)
    fourth = own_works.apply_preset(base, "fourth", base)
    assert len(fourth) == 360 and (fourth[300:] < 128).all()
    moved = own_works.apply_preset(base, "move", base)
    assert len(moved) == 300 and not np.array_equal(moved, base)
    assert (moved >= 0).all() and (moved <= 255).all()
    thinned = own_works.apply_preset(base, "thin", base)
    assert 300 - 108 * 5 / 6 - 2 <= len(thinned) < 300
    assert len(own_works.apply_preset(base, "empty", base)) == 0
    np.testing.assert_array_equal(own_works.apply_preset(fourth, "reset", base), base)
    np.testing.assert_array_equal(own_works.apply_preset(base, "fourth", base), fourth)  # deterministic
    with pytest.raises(ValueError, match="preset"):
        own_works.apply_preset(base, "explode", base)


def test_added_works_are_whole_pixel_values():
    works = own_works.add_work(np.empty((0, 2)), 300.4, -7.6)
    np.testing.assert_array_equal(works, [[255, 0]])
    works = own_works.add_work(works, 12.5, 99.6)
    assert works.dtype == np.int64 and works.tolist() == [[255, 0], [12, 100]]
    assert own_works.works_digest(works) == own_works.works_digest(works.astype(float))
    assert own_works.works_digest(works) != own_works.works_digest(works[::-1])


def test_a_visitor_cannot_add_works_without_bound():
    from painter import own_works

    works = np.zeros((own_works.MAX_WORKS - 1, 2), dtype=np.int64)
    works = own_works.add_work(works, 10, 20)
    assert len(works) == own_works.MAX_WORKS
    assert len(own_works.add_work(works, 30, 40)) == own_works.MAX_WORKS
    assert len(own_works.apply_preset(works, "fourth", works)) == own_works.MAX_WORKS
