"""Prompt → picture: the prompt obeyed, new pictures rather than copies, the memoriser's copies found, bad input."""

import numpy as np
import pytest

from painter import diffusion, neighbours, prompt
from painter.mixture import Mixture


@pytest.fixture(scope="module")
def data():
    return prompt.labelled_split()


@pytest.fixture(scope="module")
def learned(data):
    # avoid side effects from shared instances: a fresh fit, never the app's cached model
    train, labels, _, _ = data
    return prompt.fit(train, labels)


@pytest.fixture(scope="module")
def judged(data):
    train, labels, held_out, held_labels = data
    judge = prompt.judge(train, labels)
    return judge, float(np.mean(judge.predict(held_out / 255.0) == held_labels))


def _agreement(model, judge, guidance: float, n: int = 20) -> float:
    return float(
        np.mean(
            [
                prompt.agreement(
                    judge, prompt.generate(model, d, n, np.random.default_rng(d), guidance=guidance, steps=50), d
                )
                for d in prompt.DIGITS
            ]
        )
    )


def test_the_split_is_the_digits_pages_split(data):
    from painter import digits

    train, labels, held_out, held_labels = data
    expected_train, expected_held_out = digits.split(digits.load())
    np.testing.assert_array_equal(train, expected_train)
    np.testing.assert_array_equal(held_out, expected_held_out)
    assert train.shape == (1500, 64) and held_out.shape == (297, 64)
    assert set(labels) == set(held_labels) == set(range(10))


def test_the_prompt_is_obeyed_and_guidance_does_not_make_it_worse(learned, judged):
    judge, accuracy = judged
    assert accuracy > 0.9  # the judge reads real digits well, so its verdict means something
    plain = _agreement(learned, judge, 0.0)
    assert plain >= accuracy - 0.05
    assert _agreement(learned, judge, 4.0) >= plain - 0.02
    # and the judge is not fooled by anything: noise is not read as the prompt
    noise = np.random.default_rng(0).uniform(0, 255, size=(200, 64))
    assert np.mean([prompt.agreement(judge, noise, d) for d in prompt.DIGITS]) < 0.3


def test_a_digit_asked_for_is_not_another_digit(learned, judged):
    judge, _ = judged
    threes = prompt.generate(learned, 3, 20, np.random.default_rng(1))
    assert prompt.agreement(judge, threes, 3) > 0.8
    assert prompt.agreement(judge, threes, 8) < 0.2


def test_generated_digits_are_new_not_copies(learned, data):
    train, _, held_out, _ = data
    made = np.concatenate([prompt.generate(learned, d, 10, np.random.default_rng(d), steps=50) for d in prompt.DIGITS])
    _, distance, share = prompt.near_copies(made, train, prompt.NEAR_COPY)
    unseen = neighbours.nearest(held_out, train)[1]
    assert share == 0.0
    # about as far from the training set as real digits the model never saw
    assert 0.7 * np.median(unseen) < np.median(distance) < 1.5 * np.median(unseen)


def test_the_memoriser_copies_and_the_copies_are_found(data):
    train, labels, _, _ = data
    memo = prompt.memoriser(train, labels)
    for digit in (0, 7):
        made = prompt.generate(memo, digit, 12, np.random.default_rng(digit), guidance=2.0, steps=50)
        index, distance, share = prompt.near_copies(made, train, prompt.NEAR_COPY)
        assert share == 1.0
        assert np.all(distance < 2 * prompt.MEMORY_SPREAD * 8)  # within about two spreads per pixel
        assert np.all(labels[index] == digit)  # it copied a training picture of the prompt


def test_generation_is_reproducible_for_a_given_generator(learned):
    for method in diffusion.METHODS:
        first = prompt.generate(learned, 5, 6, np.random.default_rng(4), guidance=1.5, steps=20, method=method)
        again = prompt.generate(learned, 5, 6, np.random.default_rng(4), guidance=1.5, steps=20, method=method)
        other = prompt.generate(learned, 5, 6, np.random.default_rng(5), guidance=1.5, steps=20, method=method)
        assert first.shape == (6, 64) and first.dtype == np.uint8
        np.testing.assert_array_equal(first, again)
        assert not np.array_equal(first, other)
        path = prompt.generate_path(learned, prompt.Request(5, 1.5, 20, method, seed=4), 6)
        np.testing.assert_array_equal(path.pictures, first)


@pytest.mark.parametrize("method", diffusion.METHODS)
def test_the_path_and_the_predicted_final_pictures(learned, method):
    made = prompt.generate_path(learned, prompt.Request(2, 3.0, 15, method, seed=0), 4)
    assert made.path.shape == made.predicted.shape == (16, 4, 64)
    assert made.levels[0] == pytest.approx(prompt.SIGMA_MAX) and made.levels[-1] == 0
    np.testing.assert_array_equal(made.path[-1], made.raw)
    for i in (0, 7, 14):
        sigma = made.levels[i]
        score = diffusion.guided_score(
            learned.conditional[2], learned.marginal, made.path[i], sigma=sigma, guidance=3.0
        )
        np.testing.assert_allclose(made.predicted[i], made.path[i] + sigma**2 * score, rtol=1e-9, atol=1e-6)
    np.testing.assert_array_equal(made.predicted[-1], made.path[-1])
    # the start is noise, far wider than pictures; the prediction from it is already near a digit's mean
    assert made.path[0].std() > 150
    assert np.abs(made.predicted[0].mean(axis=1) - learned.conditional[2].moments[0].mean()).max() < 40


def test_the_marginal_is_the_prior_weighted_sum_of_the_digits():
    rng = np.random.default_rng(0)
    parts = []
    for _ in range(10):
        k = int(rng.integers(1, 4))
        factors = rng.normal(size=(k, 64, 64))
        parts.append((rng.dirichlet(np.ones(k)), rng.uniform(0, 255, (k, 64)), factors @ factors.swapaxes(1, 2) + 9))
    parts = [(w, m, c + np.eye(64)) for w, m, c in parts]
    priors = rng.dirichlet(np.ones(10))
    model = prompt._assemble([Mixture(*part) for part in parts], priors)
    weights = np.concatenate([p * w for p, (w, _, _) in zip(priors, parts, strict=True)])
    means = np.concatenate([m for _, m, _ in parts])
    covariances = np.concatenate([c for _, _, c in parts])
    x = rng.uniform(0, 255, (5, 64))
    for sigma in (0.0, 20.0):
        np.testing.assert_allclose(
            diffusion.score(model.marginal, x, sigma=sigma),
            diffusion.score(Mixture(weights, means, covariances), x, sigma=sigma),
            rtol=1e-7,
        )
        np.testing.assert_allclose(
            diffusion.score(model.conditional[4], x, sigma=sigma),
            diffusion.score(Mixture(*parts[4]), x, sigma=sigma),
            rtol=1e-7,
        )


def test_low_noise_guidance_changes_only_the_low_noise_steps(learned):
    plain = prompt.guided(learned, 6, 5.0)
    late = prompt.guided(learned, 6, 5.0, low_noise_only=True)
    unguided = prompt.guided(learned, 6, 0.0)
    xt = np.random.default_rng(0).uniform(0, 255, (64, 3))
    high, low = prompt.LOW_NOISE * 3, prompt.LOW_NOISE / 2
    np.testing.assert_array_equal(late(xt, high), unguided(xt, high))
    np.testing.assert_array_equal(late(xt, low), plain(xt, low))
    assert not np.allclose(plain(xt, high), unguided(xt, high))


def test_tradeoff_curves_have_one_value_per_guidance(learned, judged):
    judge, _ = judged
    curves = prompt.tradeoff(learned, judge, [0.0, 6.0], 3, steps=10)
    assert set(curves) == {"guidance", "agreement", "variety", "outside"}
    assert all(len(v) == 2 for v in curves.values())
    assert np.all((curves["agreement"] >= 0) & (curves["agreement"] <= 1))
    assert np.all(curves["variety"] > 0)
    assert curves["outside"][1] >= curves["outside"][0]  # guidance pushes pixels past black and white


def test_variety_is_the_mean_distance_between_two_pictures():
    pictures = np.array([[0.0] * 64, [3.0] * 64, [0.0] * 63 + [4.0]])
    pairs = [np.linalg.norm(pictures[i] - pictures[j]) for i in range(3) for j in range(3) if i != j]
    assert prompt.variety(pictures) == pytest.approx(np.mean(pairs))
    assert prompt.variety(pictures[:1]) == 0.0


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        (dict(digit=10), "digit"),
        (dict(digit=-1), "digit"),
        (dict(digit=3.0), "digit"),
        (dict(digit="3"), "digit"),
        (dict(digit=True), "digit"),
        (dict(guidance=-0.5), "guidance"),
        (dict(guidance=float("nan")), "guidance"),
        (dict(guidance=float("inf")), "guidance"),
        (dict(guidance="2"), "guidance"),
        (dict(n=0), "n must"),
        (dict(steps=0), "steps"),
        (dict(method="ddpm"), "method"),
    ],
)
def test_bad_requests_are_refused(learned, kwargs, match):
    request = dict(digit=1, n=2, guidance=0.0, steps=10, method="ode") | kwargs
    digit, n = request.pop("digit"), request.pop("n")
    with pytest.raises(ValueError, match=match):
        prompt.generate(learned, digit, n, np.random.default_rng(0), **request)


def test_bad_training_data_is_refused(data):
    train, labels, _, _ = data
    with pytest.raises(ValueError, match="shape"):
        prompt.fit(train[:, :10], labels)
    with pytest.raises(ValueError, match="between 0 and 255"):
        prompt.fit(train * 2, labels)
    with pytest.raises(ValueError, match="labels"):
        prompt.fit(train, np.where(labels == 9, 8, labels))
    with pytest.raises(ValueError, match="spread"):
        prompt.memoriser(train, labels, spread=0.0)


def test_strip_grid_puts_each_picture_and_its_prediction_in_place():
    from painter import figures

    now = np.arange(3 * 64).reshape(3, 64) % 256
    predicted = 255 - now
    grid = figures.strip_grid(now - 300 * (now == 5), predicted)  # a value below 0 is shown as 0
    assert grid.shape == (17, 26) and grid.dtype == np.uint8
    np.testing.assert_array_equal(grid[:8, 9:17], np.where(now[1] == 5, 0, now[1]).reshape(8, 8))
    np.testing.assert_array_equal(grid[9:, 18:], predicted[2].reshape(8, 8))
    assert (grid[8] == 255).all() and (grid[:, 8] == 255).all()  # white gaps


def test_prompt_figures_are_valid_plotly():
    import plotly.graph_objects as go

    from painter import figures

    rng = np.random.default_rng(0)
    path = rng.uniform(0, 255, (5, 4, 64))
    strip = figures.strip_animation(
        path, path, np.array([300.0, 30, 3, 0.5, 0]), labels={k: k for k in figures.strip_animation.labels}
    )
    go.Figure(strip)
    assert len(strip["frames"]) == 5 and strip["layout"]["sliders"][0]["active"] == 4
    assert [s["label"] for s in strip["layout"]["sliders"][0]["steps"]] == ["300", "30", "3", "0.5", "0"]
    curves = {
        "guidance": np.array([0.0, 5.0]),
        **{k: np.array([0.5, 0.6]) for k in ("agreement", "variety", "outside")},
    }
    tradeoff = figures.tradeoff_figure(
        curves, curves, 2.5, 400.0, labels={k: k for k in figures.tradeoff_figure.labels}
    )
    go.Figure(tradeoff)
    assert tradeoff["layout"]["shapes"][0]["x0"] == 2.5
    assert len(tradeoff["data"]) == 7  # three panels × two curves, and the real digits' variety
    with_judge = figures.tradeoff_figure(
        curves, curves, 2.5, 400.0, 0.96, labels={k: k for k in figures.tradeoff_figure.labels}
    )
    go.Figure(with_judge)
    assert len(with_judge["data"]) == 8  # and the judge's accuracy on real digits, in the agreement panel
    assert with_judge["data"][-1]["yaxis"] == "y" and not with_judge["data"][-1]["showlegend"]


def test_the_tradeoffs_batch_of_all_digits_scores_each_picture_with_its_own_prompt(learned):
    xt = np.random.default_rng(2).uniform(0, 255, (64, 30))
    for low_noise_only in (False, True):
        batch = prompt._guided_batch(learned, 3, 2.0, low_noise_only)
        for sigma in (100.0, 5.0):
            together = batch(xt, sigma)
            for d in prompt.DIGITS:
                alone = prompt.guided(learned, d, 2.0, low_noise_only)(xt[:, 3 * d : 3 * d + 3], sigma)
                np.testing.assert_allclose(together[:, 3 * d : 3 * d + 3], alone, rtol=1e-9, atol=1e-9)
