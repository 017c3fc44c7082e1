"""Every page under Streamlit's AppTest, in both languages: it shows its story and its controls work.

Each test starts from ``app.py`` (so the navigation and language switch run as
in the browser) and moves to the page with ``switch_page``.
"""

import json
import re

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from app_pages import PROMPT_GUIDANCE, nav_title, page_title, story
from painter import diffusion
from painter.figures import frame_indices
from painter.figures.animations import sigma_text
from painter.i18n import translate
from painter.prompt import COMPARED, PAIRS, SIGMA_MAX
from tests.apptest import LANGS, ROOT, chart_specs, do_task, image_urls, main_figure_drawn, open_page, rerun, texts


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("entry", story(), ids=lambda entry: entry.key)
def test_every_page_opens_with_its_title_takeaway_and_main_figure(entry, lang):
    at = open_page(entry.path, lang)
    assert at.title[0].value == page_title(entry.key, lang)
    assert translate(lang, f"{entry.key}.takeaway") in texts(at)
    if entry.main_figure:
        assert main_figure_drawn(at, entry), f"{entry.key} did not draw its main figure {entry.main_figure!r}"


def test_language_follows_the_browser_and_is_kept_across_pages():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.context = {"locale": "ja-JP"}
    at.run()
    assert at.title[0].value == page_title("home", "ja")
    at.button_group(key="lang").set_value("en").run()
    assert at.title[0].value == page_title("home", "en")
    at.switch_page("app_pages/style.py").run()
    assert at.title[0].value == page_title("style", "en")
    assert at.button_group(key="lang").value == "en"


@pytest.mark.parametrize("lang", LANGS)
def test_home_links_every_step(lang):
    at = open_page(None, lang)
    titles = {nav_title(entry.key, lang) for entry in story()}
    cards = [link for link in at.get("page_link") if link.proto.label in titles]
    assert sorted(link.proto.page for link in cards) == sorted(entry.key for entry in story()[1:])


def test_home_cards_fill_rows_in_story_order():
    # one card per column, row after row: a row's cards share its height, and a phone (which stacks a
    # row's columns) reads them in story order; three tall columns of cards had neither
    at = open_page(None)
    cards = [[link.proto.page for link in column.get("page_link")] for column in at.columns]
    steps = [[entry.key] for entry in story()[1:]]
    assert [links for links in cards if links][: len(steps)] == steps  # (the page's foot links to step 1 after them)


@pytest.mark.parametrize("entry", story(), ids=lambda entry: entry.key)
def test_every_page_links_to_the_previous_and_next_step(entry):
    key = entry.key
    at = open_page(None if key == story()[0].key else entry.path)
    keys = [other.key for other in story()]
    here = keys.index(key)
    targets = {link.proto.label: link.proto.page for link in at.get("page_link")}
    if here > 0:
        previous = keys[here - 1]
        label = translate("en", "app.previous", title=nav_title(previous, "en"))
        assert targets[label] == ("" if previous == "home" else previous)
    if here + 1 < len(keys):
        following = keys[here + 1]
        assert targets[translate("en", "app.next", title=nav_title(following, "en"))] == following


@pytest.mark.parametrize("lang", LANGS)
def test_pixels_page_controls_change_the_figures(lang):
    at = open_page("app_pages/pixels.py", lang)
    assert len(chart_specs(at)) == 2
    assert len(at.get("image")) == 5  # colour, grayscale and three channels
    assert [m.value for m in at.metric] == ["640 × 427", "273,280", "819,840"]
    heatmap, grid = chart_specs(at)
    at.slider(key="pixels_x").set_value(300)
    rerun(at)
    assert chart_specs(at)[1] != grid  # the numbers in the box are new
    at.button_group(key="pixels_photo").set_value("flower.jpg")
    rerun(at)
    assert chart_specs(at)[0] != heatmap


@pytest.mark.parametrize("lang", LANGS)
def test_counting_page_counts_exactly(lang):
    at = open_page("app_pages/count.py", lang)
    assert at.metric[0].value == "2,408,240"  # 1000 × 1000 grayscale by default
    at.toggle(key="count_colour").set_value(True)
    rerun(at)
    assert at.metric[0].value == "7,224,720"
    at.button_group(key="count_preset").set_value("2×2")
    rerun(at)
    assert at.number_input(key="count_w").value == 2 and at.number_input(key="count_h").value == 2
    at.toggle(key="count_colour").set_value(False)
    rerun(at)
    assert at.code[0].value == "4294967296"
    assert len(at.get("download_button")) == 1
    assert len(chart_specs(at)) == 1


def test_counting_page_answers_enormous_sizes_instantly():
    at = open_page("app_pages/count.py")
    at.number_input(key="count_w").set_value(10**9)
    at.number_input(key="count_h").set_value(10**9)
    rerun(at)
    assert at.metric[0].value == "2,408,239,965,311,849,562"  # digits of 256^(10^18), see test_counting
    assert not at.get("download_button")
    assert at.info  # too long to write out, said kindly


@pytest.mark.parametrize("lang", LANGS)
def test_untrained_page_paints_new_noise_on_request(lang):
    at = open_page("app_pages/untrained.py", lang)
    first = image_urls(at)
    assert len(first) == 10 + 1  # ten random pictures and the real photo
    at.button(key="untrained_seed_again").click()
    rerun(at)
    assert at.number_input(key="untrained_seed").value == 1
    assert image_urls(at)[:10] != first[:10]
    at.slider(key="untrained_count").set_value(3)
    rerun(at)
    assert len(image_urls(at)) == 3 + 1
    assert "10^{2{,}466}" in texts(at)  # a 32×32 grayscale picture: 1 in about 10^2466


def drawn_with(monkeypatch, command: str) -> list[dict]:
    """The arguments of each ``st.<command>`` the page draws, in order, by name (AppTest keeps no width
    or height of an element)."""
    import inspect

    from streamlit.delta_generator import DeltaGenerator

    drawn, original = [], getattr(DeltaGenerator, command)
    signature = inspect.signature(original)

    def recorded(self, *args, **kwargs):
        bound = signature.bind(self, *args, **kwargs)
        bound.apply_defaults()
        drawn.append(bound.arguments)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(DeltaGenerator, command, recorded)
    return drawn


@pytest.mark.parametrize("lang", LANGS)
def test_untrained_pictures_are_all_drawn_at_one_exact_size_in_order(lang, monkeypatch):
    drawn = drawn_with(monkeypatch, "image")
    open_page("app_pages/untrained.py", lang)
    gallery = drawn[-11:-1]  # the ten random pictures, then the real photo
    assert [image["caption"] for image in gallery] == [translate(lang, "untrained.caption", i=i) for i in range(1, 11)]
    # an exact width, the same for all ten: "content" let the widest caption stretch its picture
    assert {image["width"] for image in gallery} == {32 * 3}


@pytest.mark.parametrize(
    ("size", "colour", "key"), [(2, True, "untrained.odds_percent"), (2, False, "untrained.odds_likely")]
)
def test_untrained_page_states_the_odds_of_tiny_pictures_honestly(size, colour, key):
    at = open_page("app_pages/untrained.py")
    at.slider(key="untrained_size").set_value(size)
    at.toggle(key="untrained_colour").set_value(colour)
    rerun(at)
    if key == "untrained.odds_percent":  # 2×2 colour: about 0.55 %, not "almost surely"
        assert translate("en", key, percent="0.55%") in texts(at)
    else:  # 2×2 grayscale: 256^4 pictures, certain to come up
        assert translate("en", key) in texts(at)


@pytest.mark.parametrize("lang", LANGS)
def test_contest_page_shows_the_chosen_work(lang):
    at = open_page("app_pages/contest.py", lang)
    spec = chart_specs(at)[0]
    assert spec.count('"type":"scatter"') >= 2
    at.slider(key="contest_artist").set_value(2)
    rerun(at)
    assert chart_specs(at)[0] != spec
    assert "**25**" in texts(at)  # artist 2's style value is 25
    before = image_urls(at)[1]
    at.slider(key="contest_strip").set_value(30)
    rerun(at)
    assert image_urls(at)[1] != before


@pytest.mark.parametrize("lang", LANGS)
def test_learn_page_fits_and_draws(lang):
    at = open_page("app_pages/learn.py", lang)
    assert len(at.dataframe[0].value) == 3
    spec = chart_specs(at)[0]
    at.slider(key="model_k").set_value(5)
    rerun(at)
    assert len(at.dataframe[0].value) == 5
    assert chart_specs(at)[0] != spec
    at.selectbox(key="model_cov").set_value("spherical")
    rerun(at)
    likelihood = at.metric[0].value
    strip = image_urls(at)
    at.button(key="learn_seed_again").click()
    rerun(at)
    assert image_urls(at) != strip
    assert at.metric[0].value == likelihood  # drawing again does not refit
    at.slider(key="learn_n_new").set_value(0)
    rerun(at)
    assert not image_urls(at)


@pytest.mark.parametrize("lang", LANGS)
def test_style_page_keeps_the_style(lang):
    at = open_page("app_pages/style.py", lang)
    spec = chart_specs(at)[0]
    shares = translate(lang, "style.share", k=3, p="42%")
    assert shares in texts(at)
    at.slider(key="style_x1").set_value(62)
    rerun(at)
    assert chart_specs(at)[0] != spec
    assert translate(lang, "style.share", k=2, p="100%") in texts(at)
    assert len(image_urls(at)) == 2


def test_model_settings_follow_the_visitor_from_page_to_page():
    at = open_page("app_pages/learn.py")
    at.slider(key="model_k").set_value(2).run()
    # AppTest hands a persisted widget its value one run after a page switch (a real
    # browser does so at once; the browser walk-through checks that), hence two runs.
    at.switch_page("app_pages/style.py").run()
    rerun(at)
    assert at.slider(key="model_k").value == 2
    assert translate("en", "style.model_note", k=2, cov=translate("en", "model.cov.full")) in texts(at)


@pytest.mark.parametrize(
    ("param", "lang"), [("ja", "ja"), ("en", "en"), ("<script>alert(1)</script>", "en"), ("", "en"), ("JA", "en")]
)
def test_language_from_the_url(param, lang):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["lang"] = param
    at.run()
    assert not at.exception
    assert at.title[0].value == page_title("home", lang)
    assert at.query_params["lang"] == lang  # the URL now names the language actually shown


# --- step 5b: watch it learn -------------------------------------------------


def open_section(section: str, lang: str = "en") -> AppTest:
    at = open_page("app_pages/training.py", lang)
    at.button_group(key="training_section").set_value(section)
    return rerun(at)


@pytest.mark.parametrize("lang", LANGS)
def test_training_em_animates_every_iteration(lang):
    at = open_section("em", lang)
    (spec,) = chart_specs(at)
    figure = json.loads(spec)
    assert len(figure["frames"]) == len(figure["layout"]["sliders"][0]["steps"]) > 3
    assert translate(lang, "training.em.fig.play") in figure["layout"]["updatemenus"][0]["buttons"][0]["label"]
    at.selectbox(key="em_init").set_value("kmeans")
    rerun(at)
    assert chart_specs(at)[0] != spec
    spec = chart_specs(at)[0]
    at.slider(key="em_k").set_value(5)
    rerun(at)
    assert chart_specs(at)[0] != spec
    spec = chart_specs(at)[0]
    at.number_input(key="em_seed").set_value(4)
    rerun(at)
    at.selectbox(key="em_cov").set_value("diag")
    rerun(at)
    assert chart_specs(at)[0] != spec
    assert (
        translate(lang, "training.em.fig.iteration")
        in json.loads(chart_specs(at)[0])["layout"]["xaxis2"]["title"]["text"]
    )


@pytest.mark.parametrize("lang", LANGS)
def test_training_choose_model_scores_and_applies_the_best(lang):
    at = open_section("choose", lang)
    scores, *thumbs = chart_specs(at)
    assert len(thumbs) == 3
    assert translate(lang, "training.choose.best_text", k=3, cov=translate(lang, "model.cov.full")) in texts(at)
    at.button_group(key="choose_metric").set_value("held_out")
    rerun(at)
    assert chart_specs(at)[0] != scores
    assert translate(lang, "training.choose.note.held_out") in texts(at)
    at.button(key="choose_apply").click()
    rerun(at)
    k, cov = at.session_state["model_k"], at.session_state["model_cov"]
    assert translate(lang, "training.choose.best_text", k=k, cov=translate(lang, f"model.cov.{cov}")) in texts(at)
    at.switch_page("app_pages/learn.py").run()
    rerun(at)
    assert at.slider(key="model_k").value == k
    assert at.selectbox(key="model_cov").value == cov
    assert len(at.dataframe[0].value) == k


def test_training_choose_button_moves_the_learn_page_away_from_its_default():
    at = open_section("choose")
    at.button_group(key="choose_metric").set_value("aic")
    rerun(at)
    at.button(key="choose_apply").click()
    rerun(at)
    at.switch_page("app_pages/learn.py").run()
    rerun(at)
    assert (at.slider(key="model_k").value, at.selectbox(key="model_cov").value) == (
        at.session_state["model_k"],
        at.session_state["model_cov"],
    )


@pytest.mark.parametrize("lang", LANGS)
def test_training_own_works_follow_the_visitor(lang):
    at = open_section("own", lang)
    assert at.metric[0].value == "300"
    plane = chart_specs(at)[0]
    at.number_input(key="own_x1").set_value(10)
    at.number_input(key="own_x2").set_value(250)
    at.button(key="own_add").click()
    rerun(at)
    assert at.metric[0].value == "301"
    assert chart_specs(at)[0] != plane
    at.button(key="own_preset_fourth").click()
    rerun(at)
    assert at.metric[0].value == "361"
    at.button(key="own_preset_thin").click()
    rerun(at)
    assert int(at.metric[0].value) < 361
    at.button(key="own_preset_move").click()
    rerun(at)
    at.button(key="own_preset_empty").click()
    rerun(at)
    assert at.metric[0].value == "0"
    assert at.info[0].value == translate(lang, "training.own.too_few", n=0, k=3, need=3)
    assert "contour" not in [trace["type"] for trace in json.loads(chart_specs(at)[0])["data"]]  # no model yet
    assert translate(lang, "training.own.caption") not in texts(at)  # nor the caption that explains them
    at.button(key="own_add").click()
    rerun(at)
    assert at.metric[0].value == "1" and at.info
    at.button(key="own_preset_reset").click()
    rerun(at)
    assert at.metric[0].value == "300" and not at.info


def test_training_own_works_never_leak_into_another_session():
    mine, theirs = open_section("own"), open_section("own")
    mine.button(key="own_preset_fourth").click()
    rerun(mine)
    mine.button(key="own_add").click()
    rerun(mine)
    assert mine.metric[0].value == "361"
    rerun(theirs)
    assert theirs.metric[0].value == "300"
    # the shared contest works stay read-only and unchanged
    from painter import cached, contest

    assert not cached.works().flags.writeable
    assert (cached.works() == contest.paintings(300, 0)).all()
    # and a fresh session starts from the contest again
    assert open_section("own").metric[0].value == "300"


@pytest.mark.parametrize("lang", LANGS)
def test_training_temperature_widens_the_drawing(lang):
    at = open_section("temperature", lang)
    plane, strip = chart_specs(at)[0], image_urls(at)
    at.slider(key="temperature").set_value(2.5)
    rerun(at)
    assert chart_specs(at)[0] != plane
    assert image_urls(at) != strip
    assert translate(lang, "training.temp.state", temp=2.5) in texts(at)
    at.slider(key="temperature").set_value(1.0)
    rerun(at)
    assert image_urls(at) == strip  # temperature 1 is the learned model, draw for draw
    at.button(key="temp_seed_again").click()
    rerun(at)
    assert image_urls(at) != strip


def _frames(spec: str) -> int:
    return len(json.loads(spec).get("frames", []))


@pytest.mark.parametrize("lang", LANGS)
def test_diffusion_page_turns_noise_into_works(lang):
    at = open_page("app_pages/diffusion.py", lang)
    assert at.title[0].value == page_title("diffusion", lang)
    (spec,) = chart_specs(at)
    assert _frames(spec) == 40  # 100 steps, at most 40 frames
    levels = diffusion.path_levels(diffusion.default_levels("langevin", 100))[frame_indices(100)]
    last, smin = sigma_text(float(levels[-2])), sigma_text(diffusion.SIGMA_MIN)  # the slider's σ before 0
    assert translate(lang, "diffusion.figure_caption", frames=40, steps=100, last=last, smin=smin) in texts(at)
    layout = json.loads(spec)["layout"]
    assert layout["updatemenus"][0]["buttons"][0]["label"] == translate(lang, "diffusion.fig.play")
    assert len(layout["sliders"][0]["steps"]) == 40
    labels = [m.label for m in at.metric]
    assert labels == [translate(lang, f"diffusion.{k}") for k in ("ll_end", "ll_direct", "ll_start")]
    end, direct, start = (float(m.value) for m in at.metric)
    assert abs(end - direct) < 0.5 and start < direct - 1  # it worked: the noise became likely works
    # the reading quotes the gap the metric shows, and what it means in "times as likely"
    gap = float(re.search(r"[+-]\d+\.\d\d", at.metric[0].proto.delta).group())  # as the metric shows it
    way = "lower" if gap < 0 else "higher" if gap > 0 else "none"
    numbers = {"gap": f"{abs(gap):.2f}", "ratio": f"{np.exp(abs(gap)):.2f}"} if gap else {}
    assert translate(lang, f"diffusion.ll_gap.{way}", **numbers) in texts(at)
    assert len(image_urls(at)) == 2  # before and after
    assert translate(lang, "diffusion.why_title") in texts(at)

    at.button(key="diffusion_seed_again").click()
    rerun(at)
    assert chart_specs(at)[0] != spec
    seeded = chart_specs(at)[0]
    at.slider(key="diffusion_steps").set_value(20)
    rerun(at)
    assert _frames(chart_specs(at)[0]) == 21
    at.button_group(key="diffusion_method").set_value("ode")
    rerun(at)
    assert chart_specs(at)[0] not in (spec, seeded)
    note = translate(lang, "diffusion.method_note.ode", smax="150", smin=0.5, steps=20, langevin_max="60")
    assert note in texts(at)
    at.slider(key="diffusion_points").set_value(50)
    rerun(at)
    assert _frames(chart_specs(at)[0]) == 21


def test_diffusion_page_uses_the_visitors_model():
    at = open_page("app_pages/diffusion.py")
    before = chart_specs(at)[0]
    at.slider(key="model_k").set_value(2)
    rerun(at)
    assert chart_specs(at)[0] != before
    assert translate("en", "diffusion.model_note", k=2, cov=translate("en", "model.cov.full")) in texts(at)


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("app_pages/untrained.py", "untrained_png"),
        ("app_pages/learn.py", "learn_png"),
        ("app_pages/contest.py", "contest_csv"),
        ("app_pages/style.py", "style_png"),
        ("app_pages/diffusion.py", "diffusion_png"),
        ("app_pages/prompt.py", "prompt_png"),
    ],
)
def test_exports_are_offered(path, key):
    at = open_page(path)
    assert any(button.proto.id.endswith(key) for button in at.get("download_button"))


@pytest.mark.parametrize("lang", LANGS)
def test_digits_page_real_drawn_noise_and_bits_per_pixel(lang):
    from painter import cached, digits

    at = open_page("app_pages/digits.py", lang)
    assert at.button_group(key="digits_section").value == "real"
    grids = image_urls(at)
    assert len(grids) == 3
    fit = cached.digits_model(at.button_group(key="digits_k").value)
    bpp = digits.bits_per_pixel(fit.mixture, cached.digits_split()[1])
    assert at.metric[0].value == f"{bpp:.2f}"
    assert at.metric[1].value == "8.00"
    at.button(key="digits_seed_again").click()
    rerun(at)
    assert image_urls(at) != grids and at.metric[0].value == f"{bpp:.2f}"
    at.button_group(key="digits_k").set_value(1)
    rerun(at)
    assert at.metric[0].value != f"{bpp:.2f}"


@pytest.mark.parametrize("lang", LANGS)
def test_digits_page_new_not_copied(lang):
    at = open_page("app_pages/digits.py", lang)
    at.button_group(key="digits_section").set_value("copies")
    rerun(at)
    assert len(image_urls(at)) == 12 and len(chart_specs(at)) == 1
    spec = json.loads(chart_specs(at)[0])
    assert {trace["name"] for trace in spec["data"]} == {
        translate(lang, "digits.copies.fig.drawn"),
        translate(lang, "digits.copies.fig.unseen"),
    }
    assert float(at.metric[2].value) > 0  # the closest drawn digit is no copy
    # the pairs shown span the drawn digits from the closest to the farthest, so their middle agrees with the median
    shown = [float(caption.split()[-1]) for caption in captions(at)]
    assert shown == sorted(shown) and shown[0] == float(at.metric[2].value)
    assert shown[len(shown) // 2 - 1] <= float(at.metric[0].value) <= shown[len(shown) // 2]


def captions(at: AppTest) -> list[str]:
    return [img.caption for element in at.get("image") for img in element.proto.imgs]


@pytest.mark.parametrize("lang", LANGS)
def test_inpainting_shows_the_truth_as_large_as_the_models_view_and_names_its_digit(lang, monkeypatch):
    from painter import cached

    drawn = drawn_with(monkeypatch, "image")
    at = open_page("app_pages/digits.py", lang)
    at.button_group(key="digits_section").set_value("inpaint")
    rerun(at)
    at.number_input(key="digits_index").set_value(3)
    rerun(at)
    truth, shown = drawn[-3:-1]  # then the completions
    assert isinstance(truth["width"], int) and truth["width"] == shown["width"]  # "content" let a caption stretch
    digit = cached.prompt_data()[3][3]
    assert digit != 3  # picture no. 3 is not a 3: the caption names the digit drawn, not the number
    assert truth["caption"] == translate(lang, "digits.inpaint.truth", digit=digit)


@pytest.mark.parametrize("lang", LANGS)
def test_digits_page_inpaints_the_hidden_part(lang):
    at = open_page("app_pages/digits.py", lang)
    at.button_group(key="digits_section").set_value("inpaint")
    rerun(at)
    truth, shown, completions = image_urls(at)
    assert translate(lang, "digits.inpaint.completions", n=16, hidden=32) in captions(at)
    at.button(key="digits_seed_again").click()
    rerun(at)
    assert image_urls(at)[:2] == [truth, shown] and image_urls(at)[2] != completions
    at.button_group(key="digits_mask").set_value("box")
    rerun(at)
    at.slider(key="digits_rows").set_value((0, 1))
    rerun(at)
    assert translate(lang, "digits.inpaint.completions", n=16, hidden=8) in captions(at)
    assert image_urls(at)[0] == truth and image_urls(at)[1] != shown
    at.number_input(key="digits_index").set_value(5)
    rerun(at)
    assert image_urls(at)[0] != truth
    at.slider(key="digits_rows").set_value((0, 7))
    at.slider(key="digits_cols").set_value((0, 7))
    rerun(at)
    assert [w.value for w in at.warning] == [translate(lang, "digits.inpaint.all_hidden")]


@pytest.mark.parametrize("lang", LANGS)
def test_learn_page_shows_each_new_works_nearest_contest_work(lang):
    at = open_page("app_pages/learn.py", lang)
    table = at.dataframe[1].value
    assert len(table) == 15
    assert list(table.columns) == [translate(lang, f"learn.copies.{c}") for c in ("new", "nearest", "distance")]
    # each distance is the one between the two works shown beside it
    pairs = [
        [float(v) for v in cell.strip("()").split(",")]
        for column in ("new", "nearest")
        for cell in table[translate(lang, f"learn.copies.{column}")]
    ]
    new, nearest = np.array(pairs[:15]), np.array(pairs[15:])
    shown = np.round(np.hypot(*(new - nearest).T), 1)
    np.testing.assert_allclose(table[translate(lang, "learn.copies.distance")], shown)
    assert len(chart_specs(at)) == 2


def test_learn_page_shows_every_new_work_without_a_scroll(monkeypatch):
    drawn = drawn_with(monkeypatch, "dataframe")
    at = open_page("app_pages/learn.py")
    assert len(at.dataframe[1].value) == 15
    copies = drawn[-1]  # (st.dataframe itself is bound before the patch: the column's table is recorded)
    assert copies["data"].num_rows == 15 and copies["height"] == "content"  # a fixed height showed 8 rows


@pytest.mark.parametrize("lang", LANGS)
def test_learn_plane_legend_says_what_the_crosses_are(lang):
    at = open_page("app_pages/learn.py", lang)
    legend = [trace for trace in json.loads(chart_specs(at)[0])["data"] if trace.get("showlegend", True)]
    crosses = [trace for trace in legend if trace.get("marker", {}).get("symbol") == "x-thin"]
    assert [trace["name"] for trace in crosses] == [translate(lang, "learn.fig.centre")]


def test_pixels_box_keeps_its_place_when_its_size_changes():
    at = open_page("app_pages/pixels.py")
    at.slider(key="pixels_x").set_value(600)
    at.slider(key="pixels_y").set_value(400)
    rerun(at)
    at.slider(key="pixels_size").set_value(16)
    rerun(at)
    assert (at.slider(key="pixels_x").value, at.slider(key="pixels_y").value) == (600, 400)


def _task_marks(at: AppTest, page: str) -> dict[str, bool]:
    marks = {}
    for task in next(entry for entry in story() if entry.key == page).tasks:
        text = translate("en", f"tasks.{page}.{task.key}")
        line = next(m.value for m in at.sidebar.markdown if text in m.value)
        marks[task.key] = line.startswith(":material/check_circle:")
    return marks


TASKS = [(entry, task) for entry in story() for task in entry.tasks]


@pytest.mark.parametrize(("entry", "task"), TASKS, ids=[f"{entry.key}-{task.key}" for entry, task in TASKS])
def test_a_task_is_ticked_by_its_declared_setting_and_stays_ticked(entry, task):
    """The action is the task's own declaration: set its setting(s) to the value that completes it."""
    at = open_page(entry.path)
    assert not _task_marks(at, entry.key)[task.key]
    do_task(at, task)
    assert _task_marks(at, entry.key)[task.key]
    rerun(at)
    assert _task_marks(at, entry.key)[task.key]


@pytest.mark.parametrize("page", ["learn", "style", "contest", "diffusion"])
def test_strips_of_works_are_sent_as_lossless_png(page):
    # Streamlit's "auto" format would turn PNG bytes of a colour picture into a blurry JPEG.
    urls = image_urls(open_page(f"app_pages/{page}.py", "en"))
    assert urls and all(url.endswith(".png") for url in urls), urls


@pytest.mark.parametrize("lang", LANGS)
def test_prompt_page_draws_the_digit_asked_for_out_of_noise(lang):
    at = open_page("app_pages/prompt.py", lang)
    assert translate(lang, "prompt.text_prompt") in texts(at)
    assert translate(lang, "prompt.strip_title", digit=3) in texts(at)
    (spec,) = chart_specs(at)
    figure = json.loads(spec)
    assert _frames(spec) == 25  # 100 steps, at most 25 frames
    assert figure["layout"]["updatemenus"][0]["buttons"][0]["label"] == translate(lang, "prompt.fig.play")
    assert len(figure["layout"]["sliders"][0]["steps"]) == 25
    assert figure["layout"]["yaxis"]["ticktext"] == [  # the rows' names
        translate(lang, "prompt.fig.now"),
        translate(lang, "prompt.fig.predicted"),
    ]
    assert len(image_urls(at)) == 1 and image_urls(at)[0].endswith(".png")  # the exported strip
    # the page opens guided, so a first look shows what guidance does (w = 0 is one slide away)
    assert PROMPT_GUIDANCE.default > 0
    assert translate(lang, "prompt.guidance_note", w=PROMPT_GUIDANCE.default) in texts(at)

    seen = {spec}
    for kind, key, value in (
        ("button_group", "prompt_digit", 7),
        ("slider", "prompt_guidance", 0.0),
        ("button_group", "prompt_method", "langevin"),
    ):
        getattr(at, kind)(key=key).set_value(value)
        rerun(at)
        assert chart_specs(at)[0] not in seen, key
        seen.add(chart_specs(at)[0])
    assert translate(lang, "prompt.strip_title", digit=7) in texts(at)
    assert translate(lang, "prompt.guidance_note", w=0.0) in texts(at)
    at.button(key="prompt_seed_again").click()
    rerun(at)
    assert chart_specs(at)[0] not in seen
    at.slider(key="prompt_steps").set_value(20)
    rerun(at)
    assert _frames(chart_specs(at)[0]) == 21
    langevin, ode = (f"{diffusion.SIGMA_RANGE[m][0]:.0f}" for m in ("langevin", "ode"))
    starts = dict(smax=f"{SIGMA_MAX:.0f}", langevin_max=langevin, ode_max=ode)
    assert translate(lang, "prompt.strip_caption", n=8, steps=20, frames=21, **starts) in texts(at)


@pytest.mark.parametrize("lang", LANGS)
def test_prompt_page_shows_what_guidance_trades_with_the_visitors_w_marked(lang):
    at = open_page("app_pages/prompt.py", lang)
    at.button_group(key="prompt_section").set_value("tradeoff")
    rerun(at)
    (spec,) = chart_specs(at)
    figure = json.loads(spec)
    names = {trace["name"] for trace in figure["data"]}
    assert names == {translate(lang, f"prompt.fig.{k}") for k in ("all", "low", "real")}
    assert figure["layout"]["shapes"][0]["x0"] == PROMPT_GUIDANCE.default
    (metric,) = at.metric
    assert metric.label == translate(lang, "prompt.judge_accuracy")
    assert translate(lang, "prompt.judge_accuracy") in texts(at)  # also written out, where it can wrap
    assert 0.9 <= float(metric.value.rstrip("%")) / 100 <= 1.0
    off_range = {"outside": "29%", "extreme": "58%", "half": "29%"}  # computed on the page, as it shows them
    assert translate(lang, "prompt.tradeoff_reading", **off_range) in texts(at)
    at.slider(key="prompt_guidance").set_value(6.5)
    rerun(at)
    assert json.loads(chart_specs(at)[0])["layout"]["shapes"][0]["x0"] == 6.5
    at.slider(key="prompt_guidance").set_value(0.0)
    rerun(at)
    layout = json.loads(chart_specs(at)[0])["layout"]
    low, high = layout["xaxis"]["range"]
    assert (layout["shapes"][0]["x0"] - low) / (high - low) >= 0.04  # w = 0 stands clear of the y axes


@pytest.mark.parametrize("lang", LANGS)
def test_prompt_page_finds_the_memorisers_copies_and_not_the_learned_models(lang):
    at = open_page("app_pages/prompt.py", lang)
    at.button_group(key="prompt_section").set_value("copies")
    rerun(at)
    shares = {m.label: m.value for m in at.metric}
    assert [m.label for m in at.metric] == [translate(lang, "prompt.copies_share")] * 2
    learned, memo = (m.value for m in at.metric)
    assert (learned, memo) == ("0%", "100%"), shares
    assert len(image_urls(at)) == 12  # six pairs per model
    assert translate(lang, "prompt.copies_why") in texts(at)
    captions = [c for element in at.get("image") for c in [img.caption for img in element.proto.imgs]]
    distances = [float(re.findall(r"\d+", c)[0]) for c in captions]
    assert max(distances[6:]) < 50 < min(distances[:6])
    # each pair says what the judge reads (the eye can take a coarse 3 for a 7), and each model how often
    assert all(re.fullmatch(r".*\D\d", c) for c in captions)  # the judge's digit, last
    judged = translate(lang, "prompt.copies_judged", count=COMPARED, share=1.0, n=COMPARED, digit=3, shown=PAIRS)
    assert texts(at).count(judged) == 2
