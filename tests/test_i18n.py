"""The text catalogues: complete, consistent, and the only home of user-facing text."""

import ast
import re
import string
from pathlib import Path

import pytest

from painter.i18n import CATALOGUES, language_for_locale, translate

ROOT = Path(__file__).resolve().parents[1]
UI_FILES = [ROOT / "app.py", *sorted((ROOT / "app_pages").glob("*.py"))]


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_language_has_every_key():
    keys = {lang: set(cat) for lang, cat in CATALOGUES.items()}
    for lang, own in keys.items():
        for other_lang, other in keys.items():
            assert not other - own, f"{lang} lacks {sorted(other - own)} (present in {other_lang})"


@pytest.mark.parametrize("lang", sorted(CATALOGUES))
def test_no_text_is_empty(lang):
    empty = [key for key, text in CATALOGUES[lang].items() if not text.strip()]
    assert not empty


def test_placeholders_agree_between_languages():
    en, ja = CATALOGUES["en"], CATALOGUES["ja"]
    differing = [key for key in en if _placeholders(en[key]) != _placeholders(ja[key])]
    assert not differing


def test_japanese_texts_are_japanese():
    ja = CATALOGUES["ja"]
    # hover templates and language names may be Latin; prose must not be left untranslated
    untranslated = [k for k, v in ja.items() if v == CATALOGUES["en"][k] and len(v) > 12 and k != "app.language"]
    assert not untranslated


def _figure_label_keys() -> tuple[set[str], set[str]]:
    """The texts of every ``figure_labels(figures.<figure>, prefix, **shared)`` call in the UI, from the
    label keys each figure declares (``figure.labels``); and the prefixes (not keys themselves)."""
    from painter import figures

    keys, prefixes = set(), set()
    for path in UI_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "figure_labels":
                figure = getattr(figures, node.args[0].attr)
                prefix = node.args[1].value
                shared = {keyword.arg: keyword.value.value for keyword in node.keywords}
                keys |= {shared.get(key, f"{prefix}.{key}") for key in figure.labels}
                prefixes.add(prefix)
    assert keys, "no figure_labels call found: the test would check nothing"
    return keys, prefixes


def _used_keys() -> set[str]:
    """Keys named as literals in the UI, plus the families read from the registry (every page's texts,
    its tasks, each choice's option labels) and the few the pages build from a logic module's names."""
    from app_pages import declared_params, page, story
    from painter import counting, handwriting, own_works, upload
    from painter.glossary import IN_PLACE, TERM_KEYS

    source = "\n".join(path.read_text(encoding="utf-8") for path in UI_FILES)
    used = set(re.findall(r"""\bt\(\s*["']([\w.]+)["']""", source))
    # choice(param, key) is labelled t(key)
    used |= set(re.findall(r"""\bchoice\(\s*\w+,\s*["']([\w.]+)["']""", source))
    figure_keys, prefixes = _figure_label_keys()
    used |= set(re.findall(r"""["']((?:untrained|learn|style|count|training)\.[\w.]+)["']""", source)) - prefixes
    used |= figure_keys
    for entry in story():
        key = entry.key
        used |= {f"nav.{key}", f"{key}.title", f"{key}.takeaway"} | (
            {f"home.{key}"} if entry is not story()[0] else set()
        )
        used |= {f"tasks.{key}.{task.key}" for task in entry.tasks}
    # a choice's options: <labels>.<choice>, as declared on its Param
    labelled = [param for param in declared_params() if param.labels]
    assert labelled, "no Param declares its option labels: the test would check nothing"
    used |= {f"{param.labels}.{choice}" for param in labelled for choice in param.choices}
    # families a page builds from a Param's choices under a second prefix
    used |= {f"diffusion.method_note.{m}" for m in page("diffusion").param("diffusion_method").choices}
    used |= {f"diffusion.ll_start_note.{m}" for m in page("diffusion").param("diffusion_method").choices}
    used |= {f"training.choose.note.{m}" for m in page("training").param("choose_metric").choices}
    # ... and from names that are not settings
    used |= {f"app.language.{lang}" for lang in CATALOGUES}
    used |= {f"pixels.layer.{layer}" for layer in ("colour", "gray", "red", "green", "blue")}
    used |= {f"count.bar.{key}" for key, _ in counting.REFERENCES}
    used |= {f"training.choose.thumb.{k}" for k in (1, 3, 8)}
    used |= {f"training.own.{kind}.{p}" for kind in ("preset", "preset_help") for p in own_works.PRESETS}
    used |= {f"digits.grid.{g}{end}" for g in ("real", "drawn", "noise") for end in ("", "_caption")}
    used |= {f"upload.error.{code}" for code in upload.ERROR_CODES}
    used |= {f"handwriting.direction.{name}" for name in handwriting.DIRECTION_NAMES}
    used |= {f"prompt.noise.{name}" for name in handwriting.STATISTICS}
    from painter import rooms

    used |= {f"classroom.error.{reason}" for reason in (*rooms.REASONS, "database")}

    used |= {f"glossary.{key}.{part}" for key in TERM_KEYS for part in ("name", "short")}
    used |= {f"gloss.{key}" for key in IN_PLACE}  # quoted word for word in the pages' sentences
    # a page's folded notes, drawn by the frame when its catalogue has them (common.for_the_curious)
    used |= {f"curious.{entry.key}" for entry in story()} & set(CATALOGUES["en"])
    used |= {f"prompt.copies.{kind}" for kind in ("learned", "memo")}
    # a figure's text alternative is named after the key of the chart that shows it
    used |= {key for key in CATALOGUES["en"] if key.startswith("alt.") and f'"{key[4:]}' in source}
    return used


def test_every_key_the_ui_asks_for_exists():
    missing = sorted(_used_keys() - set(CATALOGUES["en"]))
    assert not missing


def test_no_key_is_dead():
    unused = sorted(set(CATALOGUES["en"]) - _used_keys())
    assert not unused


def _string_constants(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.value


@pytest.mark.parametrize("path", UI_FILES, ids=lambda p: p.name)
def test_pages_hold_no_user_facing_literals(path):
    prose = re.compile(r"[A-Za-z]{3,}\s+[A-Za-z]{3,}|[\u3040-\u30ff\u4e00-\u9fff]")
    offending = [s for s in _string_constants(path) if prose.search(s) and "approx" not in s]
    assert not offending


def test_translate_fills_placeholders_and_falls_back_to_english():
    assert translate("en", "home.step", number=3) == "Step 3"
    assert translate("ja", "home.step", number=3) == "ステップ 3"
    assert translate("xx", "home.step", number=3) == "Step 3"


@pytest.mark.parametrize(
    ("locale", "lang"), [("ja-JP", "ja"), ("ja", "ja"), ("en-US", "en"), ("fr-FR", "en"), (None, "en"), ("", "en")]
)
def test_language_for_locale(locale, lang):
    assert language_for_locale(locale) == lang
