"""painter.counting against Python's own exact integers and independent logarithms."""

import decimal
import math
import sys

import pytest

from painter import counting


@pytest.fixture(autouse=True)
def _allow_long_int_strings():
    # CPython 3.11+ caps int -> str at 4300 digits; the exact references need more.
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    yield
    sys.set_int_max_str_digits(old)


@pytest.mark.parametrize("n_values", [0, 1, 2, 3, 4, 5, 10, 99, 100, 1000, 4321, 30_000])
def test_count_digits_matches_exact_integers(n_values):
    assert counting.count_digits(n_values) == len(str(256**n_values))


@pytest.mark.parametrize("levels", [1, 2, 3, 7, 10, 16, 100, 255, 256, 1000, 65536])
@pytest.mark.parametrize("n_values", [0, 1, 7, 64, 333, 2048])
def test_count_digits_any_base(levels, n_values):
    assert counting.count_digits(n_values, levels) == len(str(levels**n_values))


@pytest.mark.parametrize("n_values", [10**6, 3 * 10**6, 10**9, 123_456_789_012, 10**15, 3 * 10**15, 10**18])
def test_count_digits_huge_against_high_precision_log(n_values):
    # Independent route: log10(256) = 8 ln 2 / ln 10 at 80 digits, far beyond what n needs.
    ctx = decimal.Context(prec=80)
    log10_256 = ctx.divide(ctx.multiply(8, ctx.ln(decimal.Decimal(2))), ctx.ln(decimal.Decimal(10)))
    expected = int(ctx.multiply(log10_256, n_values).to_integral_value(decimal.ROUND_FLOOR)) + 1
    assert counting.count_digits(n_values) == expected


def test_count_digits_of_the_posts_example():
    # 256^(1000*1000): the post's one-megapixel grayscale picture
    assert counting.count_digits(1_000_000) == 2_408_240
    assert counting.count_digits(3_000_000) == 7_224_720


@pytest.mark.parametrize("n_values", [0, 1, 2, 3, 17, 256, 5000])
def test_count_decimal_matches_python_integers(n_values):
    assert counting.count_decimal(n_values) == str(256**n_values)


@pytest.mark.parametrize(("n_values", "levels"), [(5, 10), (3, 100), (0, 10), (7, 2), (40, 3), (12, 1)])
def test_count_decimal_other_bases(n_values, levels):
    assert counting.count_decimal(n_values, levels) == str(levels**n_values)


def test_count_decimal_of_a_colour_megapixel():
    text = counting.count_decimal(3_000_000)
    assert len(text) == 7_224_720
    assert text.isdigit()
    assert text[-12:] == str(pow(256, 3_000_000, 10**12)).rjust(12, "0")
    # the start agrees with an independent high-precision logarithm
    assert text[:15] == counting.leading_digits(3_000_000, 15)


def test_count_decimal_refuses_what_it_cannot_hold():
    with pytest.raises(ValueError, match="digits"):
        counting.count_decimal(10**8)


@pytest.mark.parametrize("bad", [-1, 1.5, "3", True, None])
def test_bad_arguments_are_refused(bad):
    with pytest.raises(ValueError, match="n_values"):
        counting.count_digits(bad)


@pytest.mark.parametrize("k", [1, 4, 20, 40, 100, 300])
@pytest.mark.parametrize("n_values", [1, 25, 1000, 10**5])
def test_leading_and_trailing_digits_are_exact(n_values, k):
    text = str(256**n_values)
    assert counting.leading_digits(n_values, k) == text[:k]
    assert counting.trailing_digits(n_values, k) == text[-k:]


def test_leading_digits_of_huge_counts_agree_with_an_independent_logarithm():
    # mantissa of 256^n = 10^frac(n log10 256), computed here at 100 digits
    n = 10**15
    ctx = decimal.Context(prec=100)
    x = ctx.multiply(ctx.divide(ctx.multiply(8, ctx.ln(decimal.Decimal(2))), ctx.ln(decimal.Decimal(10))), n)
    frac = ctx.subtract(x, x.to_integral_value(decimal.ROUND_FLOOR))
    mantissa = ctx.power(decimal.Decimal(10), frac)
    expected = str(mantissa).replace(".", "")[:30]
    assert counting.leading_digits(n, 30) == expected


def test_log10_chance_in_matches_the_exact_formula():
    # p = 1 - (1 - 1/N)^T, computed directly where floats can hold it
    assert 10 ** counting.log10_chance_in(3.0, 1) == pytest.approx(1 - (255 / 256) ** 1000)
    assert 10 ** counting.log10_chance_in(2.0, 1) == pytest.approx(1 - (255 / 256) ** 100)
    assert 10 ** counting.log10_chance_in(math.log10(65536), 2) == pytest.approx(1 - (1 - 1 / 65536) ** 65536)
    # a 2x2 colour picture against a billion tries a second since the Big Bang: about half a percent
    tries = 1e9 * 4.35e17
    expected = -math.expm1(-tries / 256.0**12)
    assert 10 ** counting.log10_chance_in(counting.TRIES_LOG10, 12) == pytest.approx(expected, rel=1e-9)
    assert 0.005 < expected < 0.006
    # far beyond floats the chance is T/N, in logarithms
    assert counting.log10_chance_in(-1.0, 10**6) == pytest.approx(-1.0 - 10**6 * math.log10(256))


@pytest.mark.parametrize("n_values", [3, 4, 5, 8, 10, 77, 1000, 12345])
@pytest.mark.parametrize("significant", [1, 2, 4, 6])
def test_scientific_rounds_like_python_does(n_values, significant):
    exact = 256**n_values
    mantissa, exponent = counting.scientific(n_values, significant)
    expected = format(decimal.Decimal(exact), f".{significant - 1}e")  # decimal rounds the exact integer
    assert f"{mantissa}e+{exponent}" == expected


def test_scientific_rounds_up_rather_than_truncating():
    assert counting.scientific(8) == ("1.845", 19)  # 1.8446... x 10^19


def test_a_reference_label_quotes_the_number_whose_digits_its_bar_counts():
    assert counting.power_text(7.5e18) == "7.5 × 10¹⁸"
    assert counting.power_text(1e80) == "10⁸⁰"
    assert counting.digits_of_float(1e19) == 20  # 10^19 is a 1 and 19 zeros
    normal = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
    for key, value in counting.REFERENCES:
        mantissa, _, power = counting.power_text(value).rpartition("10")
        quoted = decimal.Decimal(mantissa.rstrip(" ×") or "1") * 10 ** int(power.translate(normal))
        assert len(str(int(quoted))) == counting.digits_of_float(value), key
