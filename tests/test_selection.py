"""Choosing the model: BIC, AIC and held-out scores over every setting, and the best one."""

import numpy as np
import pytest

from painter import contest, model, selection

WORKS = contest.paintings(300, 0).astype(float)


def test_model_scores_find_the_three_schools():
    scores = selection.model_scores(WORKS)
    assert scores["bic"].shape == scores["aic"].shape == scores["held_out"].shape == (4, 8)
    row, column = np.unravel_index(np.argmin(scores["bic"]), scores["bic"].shape)
    assert model.COVARIANCE_TYPES[row] == "full" and scores["components"][column] == 3
    gmm = model.fit(WORKS, 2, "diag")
    assert scores["bic"][2, 1] == pytest.approx(gmm.bic(WORKS))
    assert scores["aic"][2, 1] == pytest.approx(gmm.aic(WORKS))
    # more components always fit the seen works better, but not the held-out ones
    assert scores["held_out"][0].argmax() < 7


def test_the_best_setting_is_the_lowest_criterion_or_the_highest_held_out_score():
    scores = {"components": np.arange(1, 9), "bic": np.full((4, 8), 10.0), "aic": np.full((4, 8), 10.0)}
    scores["held_out"] = np.full((4, 8), -10.0)
    scores["bic"][2, 5] = 1.0
    scores["aic"][0, 7] = -3.0
    scores["held_out"][1, 3] = -2.0
    assert selection.best_setting(scores, "bic") == (2, 5)
    assert selection.best_setting(scores, "aic") == (0, 7)
    assert selection.best_setting(scores, "held_out") == (1, 3)


def test_shared_schools_counts_every_fine_component_once():
    """The training caption's numbers: 8 components share the 3 schools, and their shares add up."""
    works = contest.paintings(seed=contest.SEED)
    coarse, fine = model.fit(works, 3, "full"), model.fit(works, 8, "full")
    shares = selection.shared_schools(model.Mixture.from_sklearn(fine), model.Mixture.from_sklearn(coarse))
    assert len(shares) == 3
    assert sum(count for count, _, _ in shares) == 8
    assert sum(total for _, total, _ in shares) == pytest.approx(1.0)
    assert all(0 < least <= total for count, total, least in shares if count)


def test_shared_schools_by_place_names_the_schools_by_where_they_sit():
    """Three schools at known places, five fine components placed by hand: each joins the nearest school."""
    coarse = model.Mixture(
        weights=np.full(3, 1 / 3),
        means=np.array([[40.0, 200.0], [128.0, 40.0], [210.0, 190.0]]),
        covariances=np.tile(np.eye(2), (3, 1, 1)),
    )
    fine = model.Mixture(
        weights=np.array([0.1, 0.2, 0.3, 0.15, 0.25]),
        means=np.array([[50.0, 210.0], [30.0, 190.0], [120.0, 50.0], [200.0, 200.0], [220.0, 180.0]]),
        covariances=np.tile(np.eye(2), (5, 1, 1)),
    )
    places = selection.shared_schools_by_place(fine, coarse)
    assert places["left"] == (2, pytest.approx(0.3))
    assert places["bottom"] == (1, pytest.approx(0.3))
    assert places["right"] == (2, pytest.approx(0.4))
    assert places["smallest"][1] == pytest.approx(0.1)
    with pytest.raises(ValueError, match="3-component"):
        selection.shared_schools_by_place(fine, fine)
