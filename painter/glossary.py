"""The words a newcomer meets on the pages, where each is explained, and how to find them in a page's text.

Each term has a name and a one-line explanation in the catalogues
(``glossary.<key>.name``, ``glossary.<key>.short``), and the patterns by which
its use is recognised in each language. :attr:`app_pages.Page.terms` declares which
terms each page explains (the page header lists them, each linked to the
glossary on the overview page); a test reads every page and fails when a
term is used there but not declared, or declared but never used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """A word that needs explaining, as it is written on the pages.

    Attributes
    ----------
    key : str
        Names its texts: ``glossary.<key>.name`` and ``glossary.<key>.short``.
    patterns : dict of str to str
        Per language, a regular expression that finds the term in a page's text.
    """

    key: str
    patterns: dict[str, str]


#: Every term, in the order the story meets them.
TERMS: tuple[Term, ...] = (
    Term("style_scene", {"en": r"pixel 1 \(style\)|style \(pixel 1\)", "ja": r"ピクセル 1（画風）|画風（ピクセル 1）"}),
    Term("gaussian", {"en": r"Gaussian", "ja": r"ガウス"}),
    Term("component", {"en": r"(?i)\bcomponents?\b", "ja": r"(?<!主)成分"}),
    Term("covariance", {"en": r"covariance|\bspherical\b", "ja": r"共分散|spherical"}),
    Term("log_likelihood", {"en": r"log-likelihood", "ja": r"対数尤度"}),
    Term("pca", {"en": r"\bPCA\b", "ja": r"PCA"}),
    Term("bic", {"en": r"\bBIC\b", "ja": r"BIC"}),
    Term("bits_per_pixel", {"en": r"bits per pixel", "ja": r"ビット／ピクセル|ピクセルあたり[^。]*ビット"}),
    # step 6a's style z, not step 6's pixel 1 (style)
    Term("handwriting_style", {"en": r"(?i)style space|\bstyle z\b|\bstyle numbers\b", "ja": r"書きぐせ"}),
    Term("sigma", {"en": r"σ", "ja": r"σ"}),
    # the diffusion score only, not a model's score (BIC, AIC) on the watch-it-learn page
    Term("score", {"en": r"\bthe score\b|\bscore \(|\bexact score\b", "ja": r"スコア（|でのスコア|スコアを"}),
    Term("langevin", {"en": r"Langevin", "ja": r"ランジュバン"}),
    Term("ode", {"en": r"\bODE\b", "ja": r"ODE"}),
    Term("geometric", {"en": r"geometric schedule|\(geometric\)", "ja": r"等比"}),
    Term("guidance", {"en": r"(?i)\bguidance\b", "ja": r"ガイダンス"}),
    Term("neural_network", {"en": r"(?i)neural network", "ja": r"ニューラルネットワーク"}),
    Term("training_loss", {"en": r"(?i)training loss", "ja": r"学習の損失"}),
    Term("denoising", {"en": r"(?i)\bdenois", "ja": r"ノイズ除去"}),
    # the verbs, not step 8's "memoriser" (丸暗記モデル)
    Term("memorise", {"en": r"(?i)\bmemoris(?:e|es|ed|ing)\b|\bgeneralis", "ja": r"丸暗記し|汎化"}),
    Term("latent", {"en": r"(?i)\blatent\b", "ja": r"潜在"}),
)
TERM_KEYS = tuple(term.key for term in TERMS)


def terms_used(text: str, lang: str) -> set[str]:
    """The keys of the terms that ``text`` uses.

    Parameters
    ----------
    text : str
        Everything a page shows, joined (its explanations already taken out).
    lang : str
        The language of ``text``: ``"en"`` or ``"ja"``.

    Returns
    -------
    set of str
        Keys of :data:`TERMS` whose pattern for ``lang`` occurs in ``text``.
    """
    return {term.key for term in TERMS if re.search(term.patterns[lang], text)}


def anchor(key: str) -> str:
    """The id of a term's entry in the glossary (a link target on the overview page)."""
    return f"glossary-{key.replace('_', '-')}"
