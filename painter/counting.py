"""Counting every possible picture: exact sizes of ``levels ** n_values``.

A grayscale picture of W×H pixels holds ``n_values = W*H`` numbers, a colour
one ``3*W*H``; with 256 levels each there are ``256 ** n_values`` different
pictures. These numbers are far too large to print for real sizes (a
1000×1000 colour picture gives 7,224,720 digits), so this module answers the
questions a reader actually asks -- how many digits, how it starts, how it
ends -- exactly and instantly, and builds the full decimal expansion only on
request.

Digit counts come from high-precision logarithms with a rigorous error bound,
the leading digits from the same logarithm, the trailing digits from modular
exponentiation, and the full expansion from :mod:`decimal` (libmpdec
multiplies huge numbers with number-theoretic transforms, so a
7-million-digit power takes well under a second without extra dependencies).
"""

from __future__ import annotations

import decimal
import math

__all__ = [
    "count_decimal",
    "count_digits",
    "digits_of_float",
    "leading_digits",
    "log10_chance_in",
    "log10_count",
    "power_text",
    "scientific",
    "trailing_digits",
]

#: Expansions longer than this are refused, to keep memory and time bounded.
MAX_DECIMAL_DIGITS = 10_000_000


def _check(n_values: int, levels: int) -> None:
    if isinstance(n_values, bool) or not isinstance(n_values, int) or n_values < 0:
        raise ValueError(f"n_values must be a non-negative integer, got {n_values!r}")
    if isinstance(levels, bool) or not isinstance(levels, int) or levels < 1:
        raise ValueError(f"levels must be a positive integer, got {levels!r}")


def _power_of_ten(levels: int) -> int | None:
    """Return k if ``levels == 10**k``, else None."""
    k = 0
    while levels % 10 == 0:
        levels //= 10
        k += 1
    return k if levels == 1 else None


def _log10_bracket(n_values: int, levels: int, precision: int) -> tuple[decimal.Decimal, decimal.Decimal]:
    """Bracket ``n_values * log10(levels)`` between two decimals.

    ``Decimal.log10`` is correctly rounded, so its error is at most half a
    unit in the last place; the product is computed exactly. The returned
    interval is guaranteed to contain the true value.
    """
    ctx = decimal.Context(prec=precision, rounding=decimal.ROUND_HALF_EVEN)
    log = ctx.log10(decimal.Decimal(levels))
    # half an ulp of `log`, widened to one ulp for safety
    ulp = decimal.Decimal(1).scaleb(log.adjusted() - precision + 1)
    exact = decimal.Context(prec=precision + len(str(n_values)) + 5)
    centre = exact.multiply(log, n_values)
    radius = exact.multiply(ulp, n_values)
    return exact.subtract(centre, radius), exact.add(centre, radius)


def _log10_floor_and_bracket(n_values: int, levels: int, extra: int = 0):
    """Exact ``floor(n*log10(levels))`` plus a bracket tight to ``extra`` digits."""
    precision = 40 + len(str(n_values)) + extra
    while True:
        low, high = _log10_bracket(n_values, levels, precision)
        if low.to_integral_value(decimal.ROUND_FLOOR) == high.to_integral_value(decimal.ROUND_FLOOR):
            return int(low.to_integral_value(decimal.ROUND_FLOOR)), low, high, precision
        precision *= 2


def count_digits(n_values: int, levels: int = 256) -> int:
    """Exact number of decimal digits of ``levels ** n_values``.

    Parameters
    ----------
    n_values : int
        How many numbers the picture holds (W*H for grayscale, 3*W*H for
        colour). Any non-negative integer; 10**15 and beyond answer instantly.
    levels : int, default=256
        How many values each number can take (256 for 8-bit pixels).

    Returns
    -------
    digits : int
        ``len(str(levels ** n_values))``, computed without building the number.

    Notes
    -----
    The count is ``floor(n_values * log10(levels)) + 1``. That logarithm is
    irrational unless ``levels`` is a power of ten, so a bracket of the product
    tight enough to exclude every integer decides the floor exactly; the
    precision doubles until it does.
    """
    _check(n_values, levels)
    k = _power_of_ten(levels)
    if k is not None:
        return k * n_values + 1
    floor, *_ = _log10_floor_and_bracket(n_values, levels)
    return floor + 1


def log10_count(n_values: int, levels: int = 256) -> float:
    """``n_values * log10(levels)`` as a float, for charts and comparisons."""
    _check(n_values, levels)
    return n_values * math.log10(levels)


def leading_digits(n_values: int, k: int = 20, levels: int = 256) -> str:
    """The first ``k`` decimal digits of ``levels ** n_values`` (fewer if it is shorter).

    Computed as ``10 ** frac(n_values * log10(levels))`` at a precision that
    brackets the answer, so every returned digit is exact.
    """
    _check(n_values, levels)
    digits = count_digits(n_values, levels)
    if digits <= max(k, 60):
        return count_decimal(n_values, levels)[:k]
    extra = k + 10
    while True:
        floor, low, high, precision = _log10_floor_and_bracket(n_values, levels, extra)
        ctx = decimal.Context(prec=precision)
        lo = ctx.power(decimal.Decimal(10), ctx.subtract(low, floor))
        hi = ctx.power(decimal.Decimal(10), ctx.subtract(high, floor))
        # widen by the rounding of the two powers themselves
        slack = decimal.Decimal(1).scaleb(-precision + 3)
        lo_digits = _mantissa_digits(ctx.subtract(lo, slack), k, ctx)
        hi_digits = _mantissa_digits(ctx.add(hi, slack), k, ctx)
        if lo_digits == hi_digits:
            return lo_digits
        extra *= 2


def _mantissa_digits(mantissa: decimal.Decimal, k: int, ctx: decimal.Context) -> str:
    """First k digits of a number in [1, 10), read at the precision of ``ctx``."""
    scaled = ctx.scaleb(mantissa, k - 1).to_integral_value(decimal.ROUND_FLOOR, ctx)
    return str(int(scaled)).rjust(k, "0")[:k]


def trailing_digits(n_values: int, k: int = 20, levels: int = 256) -> str:
    """The last ``k`` decimal digits of ``levels ** n_values`` (fewer if it is shorter).

    Exact by modular exponentiation: ``pow(levels, n_values, 10**k)``.
    """
    _check(n_values, levels)
    k = min(k, count_digits(n_values, levels))
    return str(pow(levels, n_values, 10**k)).rjust(k, "0")


def count_decimal(n_values: int, levels: int = 256) -> str:
    """The exact decimal expansion of ``levels ** n_values``.

    Parameters
    ----------
    n_values : int
        Exponent; the result has ``count_digits(n_values, levels)`` digits,
        which must not exceed ``MAX_DECIMAL_DIGITS``.
    levels : int, default=256
        The base.

    Returns
    -------
    expansion : str
        Decimal digits without sign, separators or leading zeros.

    Raises
    ------
    ValueError
        If the expansion would be longer than ``MAX_DECIMAL_DIGITS``.

    Notes
    -----
    ``str(int)`` is quadratic on Python 3.11 and capped by
    ``sys.get_int_max_str_digits``; :mod:`decimal` computes the power at
    exactly the needed precision with subquadratic multiplication and prints
    it in linear time.
    """
    digits = count_digits(n_values, levels)
    if digits > MAX_DECIMAL_DIGITS:
        raise ValueError(f"the expansion has {digits:,} digits, more than {MAX_DECIMAL_DIGITS:,}")
    ctx = decimal.Context(prec=digits + 1, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
    ctx.traps[decimal.Inexact] = True  # a wrong precision fails loudly, never silently
    return str(ctx.power(decimal.Decimal(levels), n_values))


#: Reference quantities to compare with, as (catalogue key, order of magnitude).
#: Rounded, widely quoted estimates; only their number of digits is shown.
REFERENCES = (
    ("sand", 7.5e18),  # grains of sand on all Earth's beaches
    ("seconds", 4.35e17),  # seconds since the Big Bang
    ("atoms", 1e80),  # atoms in the observable universe
    ("chess", 1e120),  # Shannon's estimate of possible chess games
)


def digits_of_float(value: float) -> int:
    """Number of decimal digits of the integer part of a positive float."""
    return math.floor(math.log10(value)) + 1


_SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def power_text(value: float) -> str:
    """A positive float as it is quoted, in scientific notation with a superscript exponent.

    For example ``power_text(7.5e18)`` gives ``"7.5 × 10¹⁸"`` and ``power_text(1e80)`` gives ``"10⁸⁰"``:
    the very number whose digits :func:`digits_of_float` counts, so a label and its bar agree.
    """
    exponent = math.floor(math.log10(value))
    mantissa = f"{value / 10**exponent:.3g}"
    power = f"10{str(exponent).translate(_SUPERSCRIPTS)}"
    return power if mantissa == "1" else f"{mantissa} × {power}"


#: A generous budget of random tries: a billion pictures a second since the Big Bang.
TRIES_LOG10 = math.log10(1e9 * dict(REFERENCES)["seconds"])


def log10_chance_in(n_tries_log10: float, n_values: int, levels: int = 256) -> float:
    """log10 of the chance that ``10**n_tries_log10`` uniform random pictures include one given picture.

    With ``N = levels**n_values`` pictures and ``T`` tries the chance is
    ``p = 1 - (1 - 1/N)**T``. It is computed as ``-expm1(T * log1p(-1/N))``
    while ``N`` fits in a float, and as ``T/N`` (in logarithms) once ``T/N`` is
    below 1e-15, where the two agree to every printed digit.
    """
    ratio_log10 = n_tries_log10 - log10_count(n_values, levels)
    if ratio_log10 < -15:
        return ratio_log10
    n_pictures = float(levels) ** n_values
    p = -math.expm1(10**n_tries_log10 * math.log1p(-1.0 / n_pictures))
    return math.log10(p)


def scientific(n_values: int, significant: int = 4, levels: int = 256) -> tuple[str, int]:
    """``levels ** n_values`` rounded to ``significant`` digits, as (mantissa, exponent).

    For example ``scientific(8)`` gives ``("1.845", 19)``: 256^8 = 18,446,744,073,709,551,616
    ≈ 1.845 × 10^19. The digits come from :func:`leading_digits` (exact), and the
    rounding is half up on the next digit.
    """
    digits = leading_digits(n_values, significant + 1, levels).ljust(significant + 1, "0")
    exponent = count_digits(n_values, levels) - 1
    rounded = int(digits[:significant]) + (digits[significant] >= "5")
    if rounded == 10**significant:  # 9.9996 rounds up to 10.000: carry into the exponent
        rounded, exponent = 10 ** (significant - 1), exponent + 1
    text = str(rounded)
    return (f"{text[0]}.{text[1:]}" if significant > 1 else text), exponent
