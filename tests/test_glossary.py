"""Every term a page uses is explained on that page, in both languages; the glossary holds every term.

Each page (and each section of the pages that have several) is run under
AppTest; everything it shows is gathered from the element tree -- text,
labels, help tooltips, options, and the figures' titles, legends and hover
texts -- and searched for the glossary's terms with the explanations taken
out. A term found there must be declared in that page's ``terms`` (its ``Page``)
(which is what puts its explanation on the page), and its explanation must
really be shown.

The terms of :data:`painter.glossary.IN_PLACE` (the words issue 22's fresh readers
could not follow) must be explained where they are met, not only in the folded box:
the first element of a page (in page order, figures left out) whose text uses one
must carry that term's plain-words gloss, the catalogue text ``gloss.<term>``, word
for word. Powers are written as superscripts, never with a caret.
"""

import json
import re

import pytest
from google.protobuf.json_format import MessageToDict
from streamlit.testing.v1 import AppTest

from app_pages import DIGITS_SECTION, LEARNED_SECTION, PROMPT_SECTION, STORY, TRAINING_SECTION, page, story
from painter.glossary import IN_PLACE, TERM_KEYS, TERMS, anchor, terms_used
from painter.i18n import LANGUAGES, translate
from tests.apptest import open_page

#: Sections chosen by a switch, by page; every section is read.
SECTIONS = {
    "digits": DIGITS_SECTION,
    "training": TRAINING_SECTION,
    "learned": LEARNED_SECTION,
    "prompt": PROMPT_SECTION,
}
#: Strings that are data, not text: images, binary arrays.
_DATA = re.compile(r"^(data:|/media/|blob:)")


def _strings(value, key: str = ""):
    """Every human-readable string inside a decoded element: nested dicts, lists and JSON (figure specs)."""
    if key in ("bdata", "dtype", "url", "src", "id", "formId", "fragmentId"):
        return
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v, key)
    elif isinstance(value, str) and not _DATA.match(value):
        if value[:1] in "{[":
            try:
                yield from _strings(json.loads(value))
                return
            except ValueError:
                pass
        yield value


def _shown(node):
    """Every string of an AppTest node and its children (blocks hold an expander's label, elements their text)."""
    proto = getattr(node, "proto", None)
    if proto is not None:
        yield from _strings(MessageToDict(proto))
    for child in getattr(node, "children", {}).values():
        yield from _shown(child)


def _elements(node, words: str):
    """Each thing the page shows, in page order, as (its kind, its text); the "Words on this page" box left out.

    A block (an expander, a popover) counts as one thing for its own label, then its children follow.
    """
    proto = getattr(node, "proto", None)
    if type(node).__name__ == "Expander" and proto.label == words:
        return
    children = getattr(node, "children", {})
    if proto is not None:
        yield getattr(node, "type", ""), "\n".join(_strings(MessageToDict(proto)))
    for child in children.values():
        yield from _elements(child, words)


def _page_text(at: AppTest) -> str:
    return "\n".join([*_shown(at.main), *_shown(at.sidebar)])


def _opened(key: str, path: str, lang: str):
    """The page as opened, then with each further section of it chosen."""
    at = open_page(path, lang)
    yield at
    if key in SECTIONS:
        switch = SECTIONS[key]
        for option in switch.choices[1:]:
            at.button_group(key=switch.key).set_value(option).run()
            assert not at.exception, [e.value for e in at.exception]
            yield at


def _views(key: str, path: str, lang: str):
    """The text of the page as opened, then of each further section of it."""
    for at in _opened(key, path, lang):
        yield _page_text(at)


def _without_explanations(text: str, lang: str) -> str:
    """The page's text with the explanations taken out (each term's bold name and its plain-words line)."""
    for key in TERM_KEYS:
        text = text.replace(f"**{translate(lang, f'glossary.{key}.name')}**", "")
        text = text.replace(translate(lang, f"glossary.{key}.short"), "")
    return text


STEPS = [(entry.key, entry.path) for entry in story()[1:]]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("key", "path"), STEPS, ids=[key for key, _ in STEPS])
def test_every_term_on_a_page_is_explained_there(key, path, lang):
    declared = page(key).terms
    used: set[str] = set()
    for text in _views(key, path, lang):
        found = terms_used(_without_explanations(text, lang), lang)
        missing = sorted(found - set(declared))
        assert not missing, f"{key} ({lang}) uses {missing} without explaining them (add them to its Page's terms)"
        for term in found:  # the explanation itself is on the page, with its link to the glossary
            assert translate(lang, f"glossary.{term}.short") in text
            assert f"#{anchor(term)}" in text
        used |= found
    assert set(declared) <= used, f"{key} ({lang}) explains {sorted(set(declared) - used)}, which it never uses"


#: Where a caret may stand: inside LaTeX ($...$), which shows it as a superscript.
_LATEX = re.compile(r"\$[^$]*\$")


#: Kinds of element that are not sentences: a gloss is not looked for there.
_NOT_SENTENCES = ("plotly_chart", "title", "subheader", "header")


def first_uses_without_gloss(elements: list[tuple[str, str]], lang: str) -> dict[str, str]:
    """The in-place terms whose first use lacks their gloss: term -> that element's text.

    Figures and headings are left out: a heading names what the sentences under it explain.
    """
    prose = [text for kind, text in elements if kind not in _NOT_SENTENCES]
    missing = {}
    for key in IN_PLACE:
        first = next((text for text in prose if key in terms_used(text, lang)), None)
        if first is not None and translate(lang, f"gloss.{key}").casefold() not in first.casefold():
            missing[key] = first[:160]
    return missing


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("key", "path"), STEPS, ids=[key for key, _ in STEPS])
def test_every_newcomer_term_is_explained_in_the_sentence_that_first_uses_it(key, path, lang):
    words = translate(lang, "glossary.on_this_page")
    for at in _opened(key, path, lang):
        elements = [*_elements(at.main, words), *_elements(at.sidebar, words)]
        missing = first_uses_without_gloss(elements, lang)
        assert not missing, f"{key} ({lang}) first uses these terms without their gloss (gloss.<term>): {missing}"
        carets = [text for text in _page_text(at).split("\n") if "^" in _LATEX.sub("", text)]
        assert not carets, f"{key} ({lang}) writes a power with a caret: {carets}"


def test_a_first_use_without_its_gloss_is_found():
    gloss = translate("en", "gloss.seed")
    assert first_uses_without_gloss([("markdown", "Choose a seed."), ("caption", f"Seed: {gloss}")], "en") == {
        "seed": "Choose a seed."
    }
    assert (
        first_uses_without_gloss(
            [("plotly_chart", "seed"), ("subheader", "Seeds"), ("caption", f"a seed ({gloss})")], "en"
        )
        == {}
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_glossary_on_the_overview_holds_every_term_under_its_anchor(lang):
    at = open_page(None, lang)
    headings = {h.proto.anchor: h.value for h in at.subheader}
    for key in TERM_KEYS:
        assert headings[anchor(key)] == translate(lang, f"glossary.{key}.name")
    shown = "\n".join(m.value for m in at.markdown)
    assert "^" not in _LATEX.sub("", shown), "the glossary writes a power with a caret"
    for key in TERM_KEYS:
        assert translate(lang, f"glossary.{key}.short") in shown


def test_each_term_is_found_in_its_own_words_and_not_in_others():
    """The patterns find each term in a sentence that uses it, and not in one that does not."""
    uses = {
        "en": {
            "log_likelihood": "the average log-likelihood rose",
            "component": "three Components",
            "score": "follow the score (where to move)",
            "bits_per_pixel": "8 bits per pixel",
        },
        "ja": {"component": "成分 3 個", "pca": "主成分（PCA）", "score": "スコア（進む向き）"},
    }
    for lang, sentences in uses.items():
        for term, sentence in sentences.items():
            assert term in terms_used(sentence, lang)
    assert terms_used("Score: BIC for 1–8 models, held-out score", "en") == {"bic"}
    assert terms_used("主成分の空間", "ja") == set()
    assert terms_used("one byte (8 bits)", "en") == set()
    assert {term.key for term in TERMS} == set(TERM_KEYS) and len(TERM_KEYS) == len(TERMS)


def test_page_terms_name_real_terms():
    for entry in STORY:
        assert set(entry.terms) <= set(TERM_KEYS) and len(set(entry.terms)) == len(entry.terms)
