"""Guidance on the 2-pixel schools (painter.guidance) against independent computations."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import multivariate_normal

from painter import contest, guidance, model


@pytest.fixture(scope="module")
def mixture() -> model.Mixture:
    """The step-5 mixture with 6 components: its components (the classes) overlap."""
    return model.Mixture.from_sklearn(model.fit(contest.paintings(300, 0), 6, "full"))


@pytest.fixture(scope="module")
def three() -> model.Mixture:
    return model.Mixture.from_sklearn(model.fit(contest.paintings(300, 0), 3, "full"))


def test_posterior_is_bayes_rule_by_scipy(mixture):
    x = np.random.default_rng(0).uniform(0, 255, (50, 2))
    joint = np.column_stack(
        [
            w * multivariate_normal(m, c).pdf(x)
            for w, m, c in zip(mixture.weights, mixture.means, mixture.covariances, strict=True)
        ]
    )
    np.testing.assert_allclose(guidance.posterior(mixture, x), joint / joint.sum(axis=1, keepdims=True), atol=1e-9)


def test_variety_by_brute_force():
    x = np.random.default_rng(1).normal(size=(9, 2))
    pairs = [np.hypot(*(a - b)) for i, a in enumerate(x) for j, b in enumerate(x) if i != j]
    assert guidance.variety(x) == pytest.approx(np.mean(pairs))
    assert guidance.variety(x[:1]) == 0.0


@pytest.mark.parametrize("school", range(6))
def test_guidance_buys_agreement_and_costs_variety(mixture, school):
    guided = guidance.guide_school(mixture, school, n=150)
    agree, spread = guided.agreement, guided.variety
    assert agree[-1] > agree[0] + 0.05 and agree[-1] > 0.9  # pushed away from the other schools
    assert np.all(np.diff(agree) > -0.01)
    assert spread[-1] < 0.75 * spread[0]  # drawn together
    assert np.all(np.diff(spread) < 0.5)


def test_without_guidance_the_points_follow_the_school(mixture):
    school = 0
    guided = guidance.guide_school(mixture, school, [0.0], n=2000, steps=60)
    points = guided.points[0]
    np.testing.assert_allclose(points.mean(axis=0), mixture.means[school], atol=2.0)
    np.testing.assert_allclose(np.cov(points.T), mixture.covariances[school], rtol=0.15, atol=20)


def test_three_schools_barely_overlap(three):
    """Why the section offers more components: with 3 the schools are told apart already at w = 0."""
    guided = guidance.guide_school(three, 0, [0.0, 4.0], n=150)
    assert guided.agreement[0] > 0.99
    assert guided.variety[1] < guided.variety[0]


def test_same_seed_same_points_and_bad_input(mixture):
    a = guidance.guide_school(mixture, 1, [0.0, 2.0], n=20, seed=3)
    b = guidance.guide_school(mixture, 1, [0.0, 2.0], n=20, seed=3)
    np.testing.assert_array_equal(a.points, b.points)
    with pytest.raises(ValueError):
        a.points[0, 0, 0] = 1.0
    for school in (-1, 6, 1.5, True):
        with pytest.raises(ValueError, match="school"):
            guidance.guide_school(mixture, school)
    for ws in ([-1.0], [np.nan], []):
        with pytest.raises(ValueError, match="guidances"):
            guidance.guide_school(mixture, 0, ws)
    with pytest.raises(ValueError, match="n must"):
        guidance.guide_school(mixture, 0, n=0)
