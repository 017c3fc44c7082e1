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
    in_place : bool
        A term a newcomer cannot follow without a word of explanation in the very
        sentence that first uses it (issue 22's list, :data:`IN_PLACE`): that sentence
        carries the few plain words of ``gloss.<key>``, word for word.
    """

    key: str
    patterns: dict[str, str]
    in_place: bool = False


#: Every term, in the order the story meets them.
TERMS: tuple[Term, ...] = (
    Term("seed", {"en": r"(?i)\bseeds?\b", "ja": r"シード"}, True),
    Term("uniform", {"en": r"(?i)\buniform(?:ly)?\b", "ja": r"一様"}, True),
    Term("style_scene", {"en": r"pixel 1 \(style\)|style \(pixel 1\)", "ja": r"ピクセル 1（画風）|画風（ピクセル 1）"}),
    Term("probability", {"en": r"\bp\(", "ja": r"\bp\("}, True),
    Term("density", {"en": r"(?i)\bdens(?:e|ity)\b", "ja": r"密度"}, True),
    Term("e_notation", {"en": r":\.\d+e\}|\d[eE][−-]\d", "ja": r":\.\d+e\}|\d[eE][−-]\d"}, True),
    Term("gaussian", {"en": r"Gaussian", "ja": r"ガウス"}),
    Term("mixture", {"en": r"(?i)\bmixtures?\b", "ja": r"混合"}, True),
    Term("component", {"en": r"(?i)\bcomponents?\b", "ja": r"(?<!主)成分"}),
    Term("covariance", {"en": r"covariance|\bspherical\b", "ja": r"共分散|spherical"}, True),
    Term("real_numbers", {"en": r"(?i)real numbers", "ja": r"実数"}, True),
    Term("log_likelihood", {"en": r"log-likelihood", "ja": r"対数尤度"}, True),
    Term(
        "log",
        {"en": r"\blog(?:arithm)?(?!-likelihood)(?:\b|₂)", "ja": r"対数(?!尤度)|\blog(?!-likelihood)(?:\b|₂)"},
        True,
    ),
    Term("nats", {"en": r"\bnats?\b", "ja": r"ナット"}, True),
    Term("e_power", {"en": r"\be(?:\^|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻ᵈ])", "ja": r"\be(?:\^|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻ᵈ])"}, True),
    Term("conditioning", {"en": r"(?i)\bcondition(?:al|ed|ing)\b", "ja": r"条件付き"}, True),
    Term("dimension", {"en": r"(?i)\bdimension(?:s|al)?\b", "ja": r"次元"}, True),
    Term("pca", {"en": r"\bPCA\b", "ja": r"PCA"}, True),
    Term("bic", {"en": r"\bBIC\b", "ja": r"BIC"}),
    Term("bits_per_pixel", {"en": r"bits per pixel", "ja": r"ビット／ピクセル|ピクセルあたり[^。]*ビット"}, True),
    # step 6a's style z, not step 6's pixel 1 (style)
    Term("handwriting_style", {"en": r"(?i)style space|\bstyle z\b|\bstyle numbers\b", "ja": r"書きぐせ"}),
    Term("kmeans", {"en": r"k-means", "ja": r"k-means"}, True),
    Term("aic", {"en": r"\bAIC\b", "ja": r"AIC"}, True),
    Term("parameter", {"en": r"(?i)\bparameters?\b", "ja": r"パラメータ"}, True),
    Term("temperature", {"en": r"(?i)\btemperatures?\b", "ja": r"温度"}),
    Term("sigma", {"en": r"σ", "ja": r"σ"}),
    Term("sigma2_i", {"en": r"σ²·I", "ja": r"σ²·I"}, True),
    # the diffusion score only, not a model's score (BIC, AIC) on the watch-it-learn page
    Term("score", {"en": r"\bthe score\b|\bscore \(|\bexact score\b", "ja": r"スコア（|でのスコア|スコアを"}),
    Term("nabla", {"en": r"∇", "ja": r"∇"}, True),
    Term("p_sigma", {"en": r"p_σ|pσ", "ja": r"p_σ|pσ"}, True),
    Term("langevin", {"en": r"Langevin|predictor-corrector", "ja": r"ランジュバン|予測子・修正子"}, True),
    Term("reverse_diffusion", {"en": r"(?i)\breverse diffusion|reverse-diffusion", "ja": r"逆拡散"}, True),
    Term("ode", {"en": r"\bODE\b|(?i:probability-flow|deterministic)", "ja": r"ODE|確率フロー|決定的"}, True),
    Term("geometric", {"en": r"geometric schedule|\(geometric\)", "ja": r"等比"}),
    Term("statistical_tests", {"en": r"(?i)statistical tests?|two-sample tests?", "ja": r"検定"}, True),
    Term("guidance", {"en": r"(?i)\bguidance\b", "ja": r"ガイダンス"}, True),
    Term("classifier_free", {"en": r"(?i)classifier-free", "ja": r"(?i)classifier-free|分類器なし"}, True),
    Term("logistic_regression", {"en": r"(?i)logistic regression", "ja": r"ロジスティック回帰"}, True),
    Term("tweedie", {"en": r"Tweedie", "ja": r"トウィーディー"}, True),
    Term("neural_network", {"en": r"(?i)neural network", "ja": r"ニューラルネットワーク"}, True),
    Term("training_loss", {"en": r"(?i)training loss", "ja": r"学習の損失"}),
    Term("denoising", {"en": r"(?i)\bdenois", "ja": r"ノイズ除去"}),
    # the verbs, not step 8's "memoriser" (丸暗記モデル)
    Term("memorise", {"en": r"(?i)\bmemoris(?:e|es|ed|ing)\b|\bgeneralis", "ja": r"丸暗記し|汎化"}),
    Term("latent", {"en": r"(?i)\blatent\b", "ja": r"潜在"}),
)
#: The terms issue 22's newcomers could not follow: each is explained in the sentence that first uses it.
IN_PLACE: tuple[str, ...] = tuple(term.key for term in TERMS if term.in_place)
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
