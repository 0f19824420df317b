"""Tests for recipelint.recipe.quantity."""

from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from recipelint.recipe.quantity import (
    VULGAR_FRACTIONS,
    find_leading_quantity,
    format_mixed,
    is_placeholder,
    parse_kcal,
    parse_number,
)

F = Fraction


@pytest.mark.parametrize(
    ("line", "value", "text"),
    [
        # Every quantity in the seed recipe's calorie table and ingredient list.
        ("30 oz", F(30), "30"),
        ("18 tortillas (720 g)", F(18), "18"),
        ("12 tbsp (180 g)", F(12), "12"),
        ("9 tbsp (135 g)", F(9), "9"),
        ("3 tbsp (45 ml)", F(3), "3"),
        ("10 tsp (50 ml)", F(10), "10"),
        ("3 medium (150 g)", F(3), "3"),
        ("6 (600 g)", F(6), "6"),
        ("9 oz (255 g)", F(9), "9"),
        ("3 thumbs (36 g)", F(3), "3"),
        ("3 Cloves Garlic (minced)", F(3), "3"),
        ("18 Medium Flour Tortillas", F(18), "18"),
        # Forms from the based-cooking and chowdown corpora.
        ("1 1/2 cups flour", F(3, 2), "1 1/2"),
        ("1-1/2 cups plain yogurt", F(3, 2), "1-1/2"),
        ("1-2/3 cups frozen mixed vegetables", F(5, 3), "1-2/3"),
        ("10-3/4 ounces soup", F(43, 4), "10-3/4"),
        ("½ tsp salt", F(1, 2), "½"),
        ("1½T butter", F(3, 2), "1½"),
        ("1 ½ cup sugar", F(3, 2), "1 ½"),
        ("1⁄2 cup", F(1, 2), "1⁄2"),
        ("3⁄4 cup", F(3, 4), "3⁄4"),
        ("500g flour", F(500), "500"),
        ("1lbs./500g", F(1), "1"),
        ("1.5 kg", F(3, 2), "1.5"),
        (".5 cup", F(1, 2), ".5"),
        ("1/10 tsp", F(1, 10), "1/10"),
        ("  3 tbsp Sesame Oil", F(3), "3"),
        ("One large onion", F(1), "One"),
        ("A pinch of salt", F(1), "A"),
        ("an onion", F(1), "an"),
        ("half the sesame oil", F(1, 2), "half"),
        ("half a dozen eggs", F(1, 2), "half a"),
        ("a half cup milk", F(1, 2), "a half"),
        ("twelve eggs", F(12), "twelve"),
        ("1. Wash the produce", F(1), "1"),
    ],
)
def test_leading_quantity(line, value, text):
    number = find_leading_quantity(line)
    assert number is not None
    assert (number.value, number.text) == (value, text)
    assert line[number.start:number.end] == text
    assert number.low == number.high == value
    assert not number.is_range
    assert number.suspicious is None


@pytest.mark.parametrize(
    ("line", "low", "high", "text"),
    [
        ("2-3 cloves garlic", F(2), F(3), "2-3"),
        ("2–3 minutes", F(2), F(3), "2–3"),
        ("2—3", F(2), F(3), "2—3"),
        ("2 - 3", F(2), F(3), "2 - 3"),
        ("3 - 5 Bay Leafs", F(3), F(5), "3 - 5"),
        ("2 to 3 cups", F(2), F(3), "2 to 3"),
        ("1 or 2 onions", F(1), F(2), "1 or 2"),
        ("1/2-1 cup", F(1, 2), F(1), "1/2-1"),
        ("1/4-1/2 tsp", F(1, 4), F(1, 2), "1/4-1/2"),
        ("1 1/2-2 cups", F(3, 2), F(2), "1 1/2-2"),
        ("300-400g", F(300), F(400), "300-400"),
        ("one to two", F(1), F(2), "one to two"),
    ],
)
def test_ranges(line, low, high, text):
    number = find_leading_quantity(line)
    assert (number.low, number.high, number.text) == (low, high, text)
    assert number.value == (low + high) / 2
    assert number.is_range


@pytest.mark.parametrize(
    ("line", "text", "value"),
    [
        ("~40g", "~40", F(40)),
        ("~ 40 g", "~ 40", F(40)),
        ("≈ 2 cups", "≈ 2", F(2)),
        ("about 2 cups", "about 2", F(2)),
        ("About 2-3", "About 2-3", F(5, 2)),
        ("approx. 300 g", "approx. 300", F(300)),
        ("approximately 1 cup", "approximately 1", F(1)),
        ("around 6", "around 6", F(6)),
        ("roughly 1/2", "roughly 1/2", F(1, 2)),
        ("ca. 5 kg", "ca. 5", F(5)),
    ],
)
def test_approximate(line, text, value):
    number = find_leading_quantity(line)
    assert (number.text, number.value, number.approximate) == (text, value, True)


@pytest.mark.parametrize(
    ("line", "value", "reason"),
    [
        ("11/2 cups", F(3, 2), "'11/2' is probably 1 1/2 written without a space"),
        ("21/2 cups", F(5, 2), "'21/2' is probably 2 1/2 written without a space"),
        ("13/4 cup", F(7, 4), "'13/4' is probably 1 3/4 written without a space"),
        ("33/8 tsp", F(27, 8), "'33/8' is probably 3 3/8 written without a space"),
        ("1,5 kg", F(3, 2), "'1,5' uses a decimal comma; write 1.5"),
        ("2,5kg", F(5, 2), "'2,5' uses a decimal comma; write 2.5"),
        ("3-2 eggs", F(5, 2), "range runs backwards"),
    ],
)
def test_suspicious_forms(line, value, reason):
    number = find_leading_quantity(line)
    assert (number.value, number.suspicious) == (value, reason)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("15/4", F(15, 4)),    # 1 5/4 would be improper: not a missing space
        ("10/3", F(10, 3)),    # a last digit 0 cannot start a fraction
        ("15/20", F(3, 4)),    # 20 is not a kitchen denominator
        ("90/10", F(9)),
        ("3/2", F(3, 2)),      # a one-digit numerator is taken at its word
        ("01/2", F(1, 2)),
    ],
)
def test_improper_fractions_that_are_not_flagged(text, value):
    number = parse_number(text)
    assert (number.value, number.suspicious) == (value, None)


@pytest.mark.parametrize(
    "line",
    [
        "", "   ", "Salt & Pepper", "salt", "a few leaves", "a little oil",
        "Half and half", "half-and-half", "apple", "roughly chopped",
        "1.2.3", "1.25/4 tsp", "1/0 cup", "1,000,5", "1" * 40, "T-bone",
    ],
)
def test_no_leading_quantity(line):
    assert find_leading_quantity(line) is None


@pytest.mark.parametrize(
    ("text", "value", "decimals"),
    [
        ("6,968", F(6968), 0),
        ("1,234,567", F(1234567), 0),
        ("1,161.3", F(11613, 10), 1),
        ("1.50", F(3, 2), 2),
        ("0.125", F(1, 8), 3),
        ("1 1/2", F(3, 2), 0),
        (" 7 ", F(7), 0),
    ],
)
def test_parse_number(text, value, decimals):
    number = parse_number(text)
    assert (number.value, number.decimals) == (value, decimals)


@pytest.mark.parametrize("text", ["30 oz", "1 1/2 cups", "2 3", "1.5.", "a", "abc"])
def test_parse_number_needs_the_whole_text(text):
    assert parse_number(text) is None


def test_offsets_locate_the_number():
    line = "  ~2–3 cloves"
    number = find_leading_quantity(line)
    assert (number.start, number.end) == (2, 6)
    assert line[number.start:number.end] == number.text == "~2–3"


@pytest.mark.parametrize(
    ("cell", "value", "approximate", "text", "start"),
    [
        ("2,295 kcal", F(2295), False, "2,295", 0),
        ("13 kcal", F(13), False, "13", 0),
        ("~300 kcal", F(300), True, "~300", 0),
        ("~5", F(5), True, "~5", 0),
        ("**~1,400 kcal**", F(1400), True, "~1,400", 2),
        ("**6,968 kcal**", F(6968), False, "6,968", 2),
        ("  1,260 kcal ", F(1260), False, "1,260", 2),
        ("120kcal", F(120), False, "120", 0),
        ("120 Cal", F(120), False, "120", 0),
        ("120 calories", F(120), False, "120", 0),
        ("100–150 kcal", F(125), False, "100–150", 0),
    ],
)
def test_parse_kcal(cell, value, approximate, text, start):
    number = parse_kcal(cell)
    assert (number.value, number.approximate) == (value, approximate)
    assert (number.text, number.start) == (text, start)
    assert cell[number.start:number.end] == text
    assert not number.negligible


@pytest.mark.parametrize(
    "cell", ["Negligible", "negligible", "**Negligible**", "trace"]
)
def test_negligible_kcal_is_zero(cell):
    number = parse_kcal(cell)
    assert (number.value, number.negligible, number.approximate) == (0, True, True)
    assert cell[number.start:number.end].lower() in {"negligible", "trace"}


@pytest.mark.parametrize("cell", ["", "  ", "—", "–", "-", "**—**", "N/A", "?"])
def test_placeholder_kcal(cell):
    assert parse_kcal(cell) is None
    assert is_placeholder(cell)


@pytest.mark.parametrize(
    "cell", ["1,200 kJ", "lots", "**Total (approx): 6,968 kcal**", "300 kcal each"]
)
def test_unreadable_kcal(cell):
    assert parse_kcal(cell) is None
    assert not is_placeholder(cell)


@pytest.mark.parametrize(
    ("value", "text"),
    [(F(3), "3"), (F(1, 2), "1/2"), (F(3, 2), "1 1/2"), (F(0), "0"),
     (F(43, 4), "10 3/4")],
)
def test_format_mixed(value, text):
    assert format_mixed(value) == text


# Property tests ---------------------------------------------------------------

_NUMBERISH = st.lists(
    st.sampled_from(list("0123456789/⁄.,-–— ~≈½¼⅞*_\t")
                    + ["to ", "or ", "about ", "a ", "half ", "one ", "kcal"]),
    max_size=20,
).map("".join)


def _check_invariants(text, number):
    if number is None:
        return
    assert number.low <= number.value <= number.high
    assert 0 <= number.start <= number.end <= len(text)
    assert text[number.start:number.end] == number.text


@given(st.one_of(st.text(), _NUMBERISH))
@example("1" * 5000)
@example("1/" + "9" * 5000)
@example("0/0")
def test_never_raises(text):
    for parse in (parse_number, find_leading_quantity, parse_kcal):
        _check_invariants(text, parse(text))
    is_placeholder(text)


_WHOLES = st.integers(min_value=0, max_value=10_000)


@st.composite
def _proper_fractions(draw):
    denominator = draw(st.integers(min_value=2, max_value=64))
    numerator = draw(st.integers(min_value=1, max_value=denominator - 1))
    return numerator, denominator


@st.composite
def _written_numbers(draw):
    """A positive value and one of the ways recipes write it."""
    kind = draw(st.sampled_from(["integer", "decimal", "fraction", "mixed", "vulgar"]))
    whole = draw(_WHOLES)
    if kind == "integer":
        whole = max(whole, 1)
        text = draw(st.sampled_from([f"{whole}", f"{whole:,}"]))
        return Fraction(whole), text
    if kind == "decimal":
        digits = draw(st.text(alphabet="0123456789", min_size=1, max_size=6))
        value = whole + Fraction(int(digits), 10 ** len(digits))
        if not value:
            value, digits = Fraction(1, 10), "1"
        text = draw(st.sampled_from([f"{whole}.{digits}", f"{whole:,}.{digits}"]))
        return value, text
    if kind == "vulgar":
        glyph = draw(st.sampled_from(sorted(VULGAR_FRACTIONS)))
        value = VULGAR_FRACTIONS[glyph]
        if not whole:
            return value, glyph
        text = draw(st.sampled_from([f"{whole}{glyph}", f"{whole} {glyph}",
                                     f"{whole}-{glyph}"]))
        return whole + value, text
    numerator, denominator = draw(_proper_fractions())
    slash = draw(st.sampled_from("/⁄"))
    fraction = f"{numerator}{slash}{denominator}"
    if kind == "fraction" or not whole:
        return Fraction(numerator, denominator), fraction
    separator = draw(st.sampled_from([" ", "-", "\u00a0", "  "]))
    return whole + Fraction(numerator, denominator), f"{whole}{separator}{fraction}"


@given(_written_numbers())
def test_written_numbers_round_trip(written):
    value, text = written
    number = parse_number(text)
    assert number is not None, text
    assert (number.value, number.low, number.high) == (value, value, value)
    assert number.suspicious is None
    assert number.text == text


@given(st.integers(min_value=0, max_value=10**15))
def test_thousands_separators_round_trip(value):
    assert parse_number(f"{value:,}").value == value
    assert parse_kcal(f"**~{value:,} kcal**").value == value


@given(st.integers(min_value=1, max_value=99), _proper_fractions())
def test_mixed_numbers_round_trip_through_format_mixed(whole, fraction):
    value = whole + Fraction(*fraction)
    assert parse_number(format_mixed(value)).value == value


@given(
    _written_numbers(),
    _written_numbers(),
    st.sampled_from(["-", "–", "—", " - ", " – ", " to ", " or "]),
    st.sampled_from(["", "~", "about ", "≈ "]),
)
def test_ranges_round_trip(first, second, separator, mark):
    (low, low_text), (high, high_text) = sorted([first, second])
    text = f"{mark}{low_text}{separator}{high_text}"
    number = parse_number(text)
    assert number is not None, text
    assert (number.low, number.high) == (low, high)
    assert number.value == (low + high) / 2
    assert number.approximate == bool(mark)
    assert number.low <= number.high


@given(_NUMBERISH)
def test_ranges_are_ordered(text):
    number = find_leading_quantity(text)
    if number is not None:
        assert number.low <= number.high
