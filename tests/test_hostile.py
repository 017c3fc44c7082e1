"""Hostile or odd input: each case gets a sensible answer and the app keeps working."""

import warnings

import numpy as np
import pytest

from app_pages import PROMPT_GUIDANCE
from painter import model
from tests.apptest import open_page, rerun


@pytest.mark.parametrize("value", [0, -5, 10**30, 2.5])
def test_counting_page_ignores_impossible_sizes(value):
    # Streamlit refuses values outside a number input's bounds; a forged one must not break the page.
    at = open_page("app_pages/count.py")
    at.number_input(key="count_w").set_value(value)
    rerun(at)
    assert at.metric[0].value.replace(",", "").isdigit()


@pytest.mark.parametrize(("key", "value"), [("untrained_size", 0), ("untrained_count", 10**6), ("untrained_size", -1)])
def test_untrained_page_ignores_impossible_sliders(key, value):
    at = open_page("app_pages/untrained.py")
    at.slider(key=key).set_value(value)
    rerun(at)
    assert len(at.get("image")) >= 2


@pytest.mark.parametrize("k", [0, 9, 50])
def test_learn_page_ignores_impossible_component_counts(k):
    at = open_page("app_pages/learn.py")
    at.slider(key="model_k").set_value(k)
    rerun(at)
    assert 1 <= len(at.dataframe[0].value) <= 8


@pytest.mark.parametrize("param", ["<script>alert(1)</script>", "ja\x00", "%%%", "en" * 500])
def test_garbage_language_parameter_falls_back(param):
    from streamlit.testing.v1 import AppTest

    from tests.apptest import ROOT

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["lang"] = param
    at.run()
    assert not at.exception
    assert at.query_params["lang"] in ("en", "ja")


@pytest.mark.parametrize("covariance_type", model.COVARIANCE_TYPES)
def test_fit_survives_identical_works(covariance_type):
    X = np.full((40, 2), 128.0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # k-means says it found fewer distinct clusters: expected here
        gmm = model.fit(X, 3, covariance_type)
    learned_mixture = model.Mixture.from_sklearn(gmm)
    weights, means, covs = learned_mixture.weights, learned_mixture.means, learned_mixture.covariances
    assert np.all(np.linalg.eigvalsh(covs) > 0)  # the regularisation keeps every covariance invertible
    assert np.isfinite(model.log_density(model.Mixture(weights, means, covs), X)).all()
    assert np.isfinite(model.style_conditional(model.Mixture.from_sklearn(gmm), 128.0).means).all()


def test_fit_refuses_fewer_works_than_components_with_a_clear_message():
    with pytest.raises(ValueError, match="number of works"):
        model.fit(np.array([[1.0, 2.0], [3.0, 4.0]]), 3)


def test_fit_takes_works_outside_the_pixel_range():
    X = np.array([[-300.0, 900.0], [1e4, -1e4], [5.0, 5.0], [6.0, 7.0], [250.0, 260.0]])
    gmm = model.fit(X, 2, "full")
    assert np.isfinite(model.log_density(model.Mixture.from_sklearn(gmm), X)).all()


@pytest.mark.parametrize("index", [-1, 10**6, 2.5])
def test_digits_page_ignores_impossible_digit_numbers(index):
    at = open_page("app_pages/digits.py")
    at.button_group(key="digits_section").set_value("inpaint")
    rerun(at)
    at.number_input(key="digits_index").set_value(index)
    rerun(at)
    assert len(at.get("image")) == 3


@pytest.mark.parametrize(("key", "value"), [("prompt_guidance", -3.0), ("prompt_steps", 0)])
def test_prompt_page_keeps_working_after_a_forged_slider_value(key, value):
    at = open_page("app_pages/prompt.py")
    at.slider(key=key).set_value(value)
    rerun(at)
    assert at.slider(key=key).value != value  # Streamlit refused it
    assert len(at.get("plotly_chart")) == 1


def test_prompt_page_explains_a_refused_request_in_words(monkeypatch):
    from painter import cached
    from painter.i18n import translate

    def refuse(*args, **kwargs):
        raise ValueError("guidance must be a number >= 0")

    at = open_page("app_pages/prompt.py", "ja")
    monkeypatch.setattr(cached, "prompt_generation", refuse)
    rerun(at)
    assert [w.value for w in at.warning] == [translate("ja", "prompt.bad_input", digits="0–9", wmax=10.0)]
    assert not at.get("plotly_chart")


def test_prompt_page_drops_a_forged_link():
    from streamlit.testing.v1 import AppTest

    from tests.apptest import ROOT

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params.update({"prompt_guidance": "-3", "prompt_digit": "12", "prompt_steps": "7"})
    at.run()
    at.switch_page("app_pages/prompt.py").run()
    assert not at.exception
    assert at.slider(key="prompt_guidance").value == PROMPT_GUIDANCE.default
    assert at.button_group(key="prompt_digit").value == 3
