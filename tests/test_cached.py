"""The shared cache: one fit per setting for the whole server, read-only, bounded.

Avoid side effects from shared instances: everything cached here is seen by
every visitor, so these tests check that nothing can change it in place.
"""

import inspect

import numpy as np
import pytest
import streamlit as st
from sklearn.mixture import GaussianMixture
from streamlit.runtime.caching.cache_utils import CachedFunc

import painter.model
from app_pages import story
from painter import cached, images, prompt
from tests.apptest import open_page


def test_a_model_is_fitted_once_per_setting(monkeypatch):
    calls = []
    real_fit = painter.model.fit

    def counting_fit(*args, **kwargs):
        calls.append(args[1:])
        return real_fit(*args, **kwargs)

    monkeypatch.setattr(painter.model, "fit", counting_fit)
    cached.model.clear()
    first = cached.model(3, "full")
    assert cached.model(3, "full") is first
    cached.model(2, "diag")
    cached.model(2, "diag")
    assert calls == [(3, "full"), (2, "diag")]
    cached.model.clear()


def test_shared_arrays_are_read_only():
    gmm = cached.model(3, "tied")
    for array in (gmm.weights_, gmm.means_, gmm.covariances_, gmm.precisions_cholesky_):
        with pytest.raises(ValueError, match="read-only"):
            array[...] = 0
    works = cached.works()
    with pytest.raises(ValueError, match="read-only"):
        works[0, 0] = 255
    with pytest.raises(ValueError, match="read-only"):
        cached.photo("china.jpg")[0, 0, 0] = 0
    small = cached.shrunk_photo("china.jpg", 16, True)
    np.testing.assert_array_equal(small, images.shrink(cached.photo("china.jpg"), 16, 16))
    with pytest.raises(ValueError, match="read-only"):
        small[0, 0, 0] = 0


@pytest.mark.parametrize("path", [entry.path for entry in story()], ids=[entry.key for entry in story()])
def test_no_page_samples_with_the_shared_models_own_random_state(monkeypatch, path):
    # GaussianMixture.sample would draw with random state shared by every session
    # (and the same points each call); every page must use painter.model.sample.
    def forbidden(self, n_samples=1):
        raise AssertionError("GaussianMixture.sample called on a shared model")

    monkeypatch.setattr(GaussianMixture, "sample", forbidden)
    st.cache_data.clear()  # draws made by earlier tests would otherwise be served from the caches
    st.cache_resource.clear()
    at = open_page(None if path.endswith("home.py") else path)
    assert not at.exception


def test_density_is_a_lean_float32_grid():
    grid, density = cached.density(3, "full")
    assert grid.dtype == density.dtype == np.float32
    assert density.shape == (len(grid), len(grid)) == (128, 128)


def _public_function(name: str, value: object) -> bool:
    own = inspect.isfunction(value) and value.__module__ == cached.__name__
    return not name.startswith("_") and (own or isinstance(value, CachedFunc))


#: Every public function of painter.cached, found rather than listed, so a new one cannot slip through.
CACHED_NAMES = sorted(name for name, value in vars(cached).items() if _public_function(name, value))


def test_the_cache_module_holds_only_cached_functions():
    assert len(CACHED_NAMES) >= 10
    assert all(isinstance(getattr(cached, name), CachedFunc) for name in CACHED_NAMES)


@pytest.mark.parametrize("name", CACHED_NAMES)
def test_every_cache_is_bounded(name):
    function = getattr(cached, name)
    assert isinstance(function, CachedFunc)
    assert function._info.max_entries is not None and function._info.max_entries <= 64


def test_diffusion_path_is_cached_frozen_and_float32():
    path, levels = cached.diffusion_path(3, "full", 60, 20, "ode", 1)
    assert cached.diffusion_path(3, "full", 60, 20, "ode", 1)[0].tobytes() == path.tobytes()
    assert path.shape == (21, 60, 2) and path.dtype == np.float32
    assert levels.shape == (21,) and levels[-1] == 0.0
    points, vectors = cached.score_arrows(3, "full", (60.0, 1.0))
    assert points.shape == (144, 2) and vectors.shape == (2, 144, 2) and vectors.dtype == np.float32


def test_the_prompt_models_and_generations_are_shared_read_only():
    learned, memo = cached.prompt_model(), cached.prompt_model("memo")
    assert cached.prompt_model() is learned
    for mixture in (learned.conditional[0], learned.marginal, memo.marginal):
        with pytest.raises(ValueError, match="read-only"):
            mixture.means[0, 0] = 0
    for array in (learned.marginal.factored.vectors, learned.conditional[0].cholesky, memo.marginal.covariances):
        with pytest.raises(ValueError, match="read-only"):
            array[0, 0] = 0
    made = cached.prompt_generation(prompt.Request(4, 1.0, 10, "ode", 0))
    assert cached.prompt_generation(prompt.Request(4, 1.0, 10, "ode", 0)) is made
    for array in (made.pictures, made.path, made.predicted):
        with pytest.raises(ValueError, match="read-only"):
            array[0] = 0
