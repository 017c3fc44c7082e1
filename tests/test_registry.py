"""The page registry is the single source: numbers, widgets and a new page all follow from it."""

import textwrap

import pytest
from streamlit.testing.v1 import AppTest

import app_pages
from app_pages import STORY, Page, Task, nav_title, page, page_title, step_number
from painter.i18n import CATALOGUES, translate
from painter.urlstate import Param
from tests.apptest import LANGS, ROOT, main_figure_drawn, open_page, rerun, texts


def test_step_numbers_come_from_the_order_of_the_story():
    numbers = [step_number(entry.key) for entry in STORY]
    assert numbers == ["", "1", "2", "3", "4", "4a", "5", "5a", "5b", "6", "6a", "7", "7a", "8"]
    # what the pages showed when the numbers were written into the catalogues
    assert page_title("pixels", "en") == "1 · A picture is a grid of numbers"
    assert page_title("digits", "en") == "5a · Beyond 2 pixels: real 8×8 pictures"
    assert nav_title("training", "ja") == "5b · 学習を観察する"
    assert nav_title("diffusion", "en") == "7 · From noise to picture"
    assert nav_title("prompt", "en") == "8 · Prompt → picture"
    assert page_title("home", "en") == translate("en", "home.title")


@pytest.mark.parametrize("lang", LANGS)
def test_no_catalogue_title_holds_a_step_number(lang):
    for entry in STORY:
        for key in (f"nav.{entry.key}", f"{entry.key}.title"):
            assert " · " not in CATALOGUES[lang][key], key


def test_a_page_inserted_in_the_middle_renumbers_the_rest(monkeypatch):
    here = [entry.key for entry in STORY].index("learn")
    monkeypatch.setattr(app_pages, "STORY", (*STORY[:here], Page("extra", ":material/add:"), *STORY[here:]))
    assert [step_number(key) for key in ("contest", "extra", "learn", "digits", "training", "style", "diffusion")] == [
        "4",
        "5",
        "6",
        "6a",
        "6b",
        "7",
        "8",
    ]


def test_every_default_is_an_allowed_value():
    with pytest.raises(ValueError, match="default"):
        Param("n", "int", 1, 8, default=9)
    with pytest.raises(ValueError, match="default"):
        Param("c", "choice", choices=("a", "b"), default="c")
    assert Param("c", "choice", choices=("a", "b")).default == "a"
    assert Param("b", "bool").default is False


# --- every page declares its tasks, its main control and its main figure -----------------------


def undeclared(entry: Page) -> list[str]:
    """What a story page (every page but the overview) fails to declare in its registry entry."""
    problems = []
    keys = {param.key for param in entry.params}
    if not entry.main_figure:
        problems.append("no main_figure")
    if entry.links and not entry.params:
        # a room page: what it shows and what its visitor moves come from the room its link names
        return problems
    if entry.main not in keys:
        problems.append(f"main control {entry.main!r} is not one of its params")
    if not 2 <= len(entry.tasks) <= 3:
        problems.append(f"{len(entry.tasks)} tasks (2 or 3 wanted)")
    for task in entry.tasks:
        if not isinstance(task, Task):
            problems.append(f"task {task!r} is not a Task")
            continue
        for param, _ in task.settings:
            if param.key not in keys | {other.key for other in entry.others}:
                problems.append(f"task {task.key!r} sets {param.key!r}, which the page does not declare")
    return problems


@pytest.mark.parametrize("entry", STORY[1:], ids=lambda entry: entry.key)
def test_every_page_declares_its_tasks_main_control_and_main_figure(entry):
    assert not undeclared(entry)


def test_a_page_without_its_declarations_is_caught():
    learn = page("learn")
    assert undeclared(Page("bare", ":material/add:", learn.params))
    assert undeclared(Page("bare", ":material/add:", learn.params, learn.tasks, main="learn_n_new"))  # no figure
    assert undeclared(Page("bare", ":material/add:", learn.params, learn.tasks, main="nope", main_figure="f"))
    legacy = (("one", lambda s: True), ("two", lambda s: True))  # the old (key, check) tuples
    assert undeclared(Page("bare", ":material/add:", learn.params, legacy, main="learn_n_new", main_figure="f"))
    assert not undeclared(Page("ok", ":material/add:", learn.params, learn.tasks, main="learn_n_new", main_figure="f"))


def test_a_task_is_done_as_declared():
    k = page("learn").param("model_k")
    one = Task("one", k, 1)
    assert one.done({"model_k": 1}) and not one.done({"model_k": 3}) and not one.done({})
    many = Task("many", k, 5, ">=")
    assert many.done({"model_k": 6}) and not many.done({"model_k": 4})
    fact = Task("fact", k, 2, when=lambda s: s.get("fact_x") == 1)
    assert fact.done({"fact_x": 1}) and not fact.done({"model_k": 2})
    with pytest.raises(ValueError, match="refused"):
        Task("nine", k, 9)


# --- every widget drawn for a declared setting agrees with its declaration ------------------

WIDGETS = ("slider", "number_input", "selectbox", "button_group", "toggle")


def _widgets(at: AppTest) -> dict:
    return {element.key: (kind, element.proto) for kind in WIDGETS for element in getattr(at, kind)}


def _disagreement(param: Param, kind: str, proto) -> str | None:
    """What differs between the widget ``proto`` and ``param``, or None."""
    if kind in ("slider", "number_input"):
        default = proto.default[0] if kind == "slider" else proto.default
        step = param.step or 1
        found = (proto.min, proto.max, proto.step)
        if found != (param.low, param.high, step) or (param.default is not None and default != param.default):
            return f"{kind} {found} default {default}, declared {(param.low, param.high, step)} default {param.default}"
    elif kind in ("selectbox", "button_group"):
        declared = param.choices
        default = list(proto.default) if kind == "button_group" else [proto.default]
        if len(proto.options) != len(declared):
            return f"{len(proto.options)} options, declared {declared}"
        if param.default is not None and default != [declared.index(param.default)]:
            return f"default index {default}, declared {param.default!r}"
    elif kind == "toggle" and proto.default != param.default:
        return f"toggle default {proto.default}, declared {param.default}"
    return None


@pytest.mark.parametrize("entry", [entry for entry in STORY if entry.params], ids=lambda entry: entry.key)
def test_each_widget_agrees_with_its_param(entry):
    at = open_page(entry.path)
    seen, problems = set(), {}

    def look() -> None:
        widgets = _widgets(at)
        for param in entry.params:
            if param.key in widgets:
                seen.add(param.key)
                problem = _disagreement(param, *widgets[param.key])
                if problem:
                    problems[param.key] = problem

    look()
    # every choice drawn as buttons is tried in turn: a section or a mask shows other widgets
    for param in entry.params:
        if param.kind == "choice" and _widgets(at).get(param.key, ("",))[0] == "button_group":
            for choice in param.choices:
                at.button_group(key=param.key).set_value(choice)
                rerun(at)
                look()
    assert seen == {param.key for param in entry.params}, "a declared setting has no widget"
    assert not problems


def test_a_widget_that_disagrees_is_caught():
    at = open_page("app_pages/style.py")
    kind, proto = _widgets(at)["style_x1"]
    assert _disagreement(Param("style_x1", "int", 0, 200, default=170), kind, proto)
    assert _disagreement(Param("style_x1", "int", 0, 255, default=171), kind, proto)
    assert _disagreement(page("style").param("style_x1"), kind, proto) is None


# --- a new page needs one registry entry, its files and its texts ---------------------------

THROWAWAY_PAGE = """
import streamlit as st

import throwaway_logic
from app_pages import page
from app_pages.common import header, slider
from painter.i18n import t

header("throwaway")
n = slider(page("throwaway").param("throwaway_n"), t("throwaway.n"))
st.container(key=page("throwaway").main_figure).markdown(t("throwaway.result", n=n, squared=throwaway_logic.squared(n)))
"""

THROWAWAY_TEXTS = {
    "en": {
        "nav.throwaway": "Squares",
        "throwaway.title": "A number times itself",
        "throwaway.takeaway": "Squares grow fast.",
        "home.throwaway": "Square a number.",
        "throwaway.n": "Number",
        "throwaway.result": "{n} squared is {squared}.",
        "tasks.throwaway.largest": "Square the largest number.",
    },
    "ja": {
        "nav.throwaway": "平方",
        "throwaway.title": "数を自分自身とかける",
        "throwaway.takeaway": "平方はすぐ大きくなる。",
        "home.throwaway": "数を 2 乗してみよう。",
        "throwaway.n": "数",
        "throwaway.result": "{n} の 2 乗は {squared}。",
        "tasks.throwaway.largest": "いちばん大きい数を 2 乗してみよう。",
    },
}


@pytest.fixture
def throwaway(tmp_path, monkeypatch):
    """A page registered after the contest: its file, its logic, its texts, and one registry entry."""
    (tmp_path / "throwaway_logic.py").write_text("def squared(n):\n    return n * n\n", encoding="utf-8")
    path = tmp_path / "throwaway.py"
    path.write_text(textwrap.dedent(THROWAWAY_PAGE), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    for lang, texts_ in THROWAWAY_TEXTS.items():
        for key, text in texts_.items():
            monkeypatch.setitem(CATALOGUES[lang], key, text)
    n = Param("throwaway_n", "int", 1, 12, default=3)
    entry = Page(
        "throwaway",
        ":material/functions:",
        (n,),
        (Task("largest", n, n.high),),
        main="throwaway_n",
        main_figure="throwaway_result",
        file=str(path),
    )
    here = [e.key for e in STORY].index("learn")
    monkeypatch.setattr(app_pages, "STORY", (*STORY[:here], entry, *STORY[here:]))
    return entry


@pytest.mark.parametrize("lang", LANGS)
def test_a_throwaway_page_joins_the_story_through_one_entry(throwaway, lang):
    at = open_page(None, lang)
    cards = {link.proto.label for link in at.get("page_link")}
    assert nav_title("throwaway", lang) in cards and nav_title("throwaway", lang).startswith("5 · ")
    assert translate(lang, "home.step", number="5") in texts(at)
    assert nav_title("learn", lang).startswith("6 · ")

    at.switch_page(throwaway.path)
    rerun(at)
    assert at.title[0].value == page_title("throwaway", lang) == f"5 · {translate(lang, 'throwaway.title')}"
    assert translate(lang, "throwaway.result", n=3, squared=9) in texts(at)
    links = {link.proto.label for link in at.get("page_link")}
    assert translate(lang, "app.next", title=nav_title("learn", lang)) in links
    before = app_pages.STORY[app_pages.STORY.index(throwaway) - 1]  # the step it was inserted after
    assert translate(lang, "app.previous", title=nav_title(before.key, lang)) in links
    assert at.query_params["throwaway_n"] == "3"
    assert main_figure_drawn(at, throwaway)
    task = translate(lang, "tasks.throwaway.largest")
    assert f":material/radio_button_unchecked: {task}" in [md.value for md in at.markdown]

    at.slider(key="throwaway_n").set_value(12)
    rerun(at)
    assert translate(lang, "throwaway.result", n=12, squared=144) in texts(at)
    assert at.query_params["throwaway_n"] == "12"
    assert f":material/check_circle: {task}" in [md.value for md in at.markdown]


def test_a_throwaway_page_reads_its_setting_from_a_link(throwaway):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["throwaway_n"] = "7"
    at.switch_page(throwaway.path).run()
    assert not at.exception
    assert translate("en", "throwaway.result", n=7, squared=49) in texts(at)
