"""Step 7a (what a real model does) and step 8's schools under AppTest, in both languages."""

from __future__ import annotations

import base64
import json
import re

import numpy as np
import pytest

from app_pages import LEARNED_N
from painter import cached
from painter.i18n import translate
from tests.apptest import chart_specs, image_urls, open_page, rerun, texts

PAGE = "app_pages/learned.py"


def section(at, name: str):
    at.button_group(key="learned_section").set_value(name)
    return rerun(at)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_score_section_shows_both_scores_and_the_loss(lang):
    at = open_page(PAGE, lang)
    specs = chart_specs(at)
    assert len(specs) == 3  # arrows, moved points, loss
    names = [trace.get("name") for spec in specs[:2] for trace in json.loads(spec)["data"]]
    learned_name = "learned score" if lang == "en" else "学習したスコア"
    assert learned_name in names
    assert at.metric[0].value  # the loss after the last pass
    # the reading's loss numbers add up as printed, and end on the metric's value
    base, drop, now = re.search(r"(\d\.\d{3}) − (\d\.\d{3}) = (\d\.\d{3})", texts(at)).groups()
    assert round(float(base) - float(drop), 3) == float(now) and now == at.metric[0].value
    # the floor it quotes is the best denoiser's loss for these works, below the network's
    floor = cached.learned_floor_loss(LEARNED_N.default, 0)
    assert f"{floor:.3f}" in texts(at) and floor < float(now)
    before = specs[0]
    at.slider(key="learned_sigma").set_value(60)
    assert chart_specs(rerun(at))[0] != before  # σ changes the arrows


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_few_works_are_copied_on_the_memorise_section(lang):
    at = section(open_page(PAGE, lang), "memorise")
    at.slider(key="learned_n").set_value(5)
    at = rerun(at)
    own, fresh = (float(m.value) for m in at.metric[:2])
    assert own < 0.5 * fresh
    # the note beside the metrics quotes this median and step 5's, both computed
    step5 = float(np.median(cached.unseen_works_distances()))
    assert translate(lang, "learned.fresh_note", fresh=f"{fresh:.1f}", step5=f"{step5:.1f}") in texts(at)
    assert ("copies" if lang == "en" else "写して") in texts(at)
    halves = json.loads(chart_specs(at)[-1])
    assert len(halves["data"]) == 3
    # the reading quotes the medians the figure draws at its smallest and largest N
    for trace in halves["data"]:
        y = trace["y"]
        y = np.frombuffer(base64.b64decode(y["bdata"]), dtype=y["dtype"]) if isinstance(y, dict) else y
        for index in (0, -1):
            assert f"{y[index]:.1f}" in texts(at), (trace["name"], index)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_compress_section_follows_k(lang):
    at = section(open_page(PAGE, lang), "compress")
    error_16 = float(at.metric[0].value)
    at.button_group(key="learned_k").set_value(64)
    at = rerun(at)
    assert float(at.metric[0].value) < error_16
    assert len(image_urls(at)) >= 3


def test_forged_settings_get_a_clear_message(monkeypatch):
    from painter import cached

    at = open_page(PAGE)

    def refuse(*args, **kwargs):
        raise ValueError("forged")

    monkeypatch.setattr(cached, "learned_arrows_figure", refuse)
    at = rerun(at)
    assert any("cannot be shown" in w.value for w in at.warning)


def test_a_bad_url_value_falls_back():
    at = open_page()
    at.query_params["learned_n"] = "99999"
    at.switch_page(PAGE).run()
    assert not at.exception
    assert at.slider(key="learned_n").value == 300


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_step_8_guides_towards_a_school(lang):
    at = open_page("app_pages/prompt.py", lang)
    at.button_group(key="prompt_section").set_value("schools")
    at = rerun(at)
    low = float(at.metric[0].value.rstrip("%"))
    at.slider(key="prompt_guidance").set_value(6.0)
    at = rerun(at)
    assert float(at.metric[0].value.rstrip("%")) > low  # agreement rises with w
    assert len(chart_specs(at)) == 2
