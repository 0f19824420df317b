"""Tests for recipelint.recipe.amounts: the quantity + unit + alternates grammar."""

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recipelint.recipe.amounts import (
    MASS_GRAMS,
    VOLUME_ML,
    Amount,
    base_value,
    grams,
    parse_amount,
)
from recipelint.recipe.nutrition import lookup
from recipelint.recipe.units import UNITS, convert


def _alternates(amount: Amount) -> list[tuple[Fraction, str | None]]:
    return [(a.number.value, a.unit.name if a.unit else None) for a in amount.alternates]


@pytest.mark.parametrize(
    ("text", "value", "unit", "unit_text", "end", "alternates"),
    [
        ("30 oz", 30, "ounce", "oz", 5, []),
        ("18 tortillas (720 g)", 18, None, "tortillas", 20, [(720, "gram")]),
        ("12 tbsp (180 g)", 12, "tablespoon", "tbsp", 15, [(180, "gram")]),
        ("3 medium (150 g)", 3, "each", "medium", 16, [(150, "gram")]),
        ("6 (600 g)", 6, None, "", 9, [(600, "gram")]),
        ("3 thumbs (36 g)", 3, "thumb", "thumbs", 15, [(36, "gram")]),
        ("1 1/2 cups (190 g)", Fraction(3, 2), "cup", "cups", 18, [(190, "gram")]),
        ("1 cup (240 ml / 8 fl oz)", 1, "cup", "cup", 24, [(240, "milliliter"), (8, "fluid_ounce")]),
        ("500g", 500, "gram", "g", 4, []),
        ("2-3 cloves", Fraction(5, 2), "clove", "cloves", 10, []),
        ("32 oz / 950ml", 32, "ounce", "oz", 13, [(950, "milliliter")]),
        ("600g or 5 cups", 600, "gram", "g", 14, [(5, "cup")]),
        ("1 1/5 metric cup (~300ml)", Fraction(6, 5), "cup", "cup", 25, [(300, "milliliter")]),
        ("1 small can (around 14oz)", 1, "can", "can", 25, [(14, "ounce")]),
    ],
)
def test_parse_amount(text, value, unit, unit_text, end, alternates):
    amount = parse_amount(text)
    assert amount is not None
    assert amount.number.value == value
    assert (amount.unit.name if amount.unit else None) == unit
    assert amount.unit_text == unit_text
    assert (amount.start, amount.end) == (0, end)
    assert _alternates(amount) == alternates


def test_per_item_size_is_scaled_by_the_count():
    amount = parse_amount("2 (14 oz) cans tomatoes")
    assert amount.unit.name == "can"
    assert _alternates(amount) == [(28, "ounce")]
    assert _alternates(parse_amount("2 x 400 g cans")) == [(800, "gram")]
    assert _alternates(parse_amount("1 14.5 oz (400 grams) canned", count_noun=False)) == [
        (Fraction(29, 2), "ounce"), (400, "gram")]


def test_ingredient_lines_do_not_take_the_name_as_a_count_noun():
    amount = parse_amount("3 Shallots (thinly sliced)", count_noun=False)
    assert (amount.number.value, amount.unit, amount.unit_text, amount.end) == (3, None, "", 1)
    assert amount.alternates == ()
    # In a table cell the word is the counted thing.
    assert parse_amount("18 tortillas").unit_text == "tortillas"


@pytest.mark.parametrize("text", ["to taste", "a drizzle", "As needed", "for serving"])
def test_vague_amounts_have_no_number(text):
    amount = parse_amount(text)
    assert amount.number is None and amount.unit is None
    assert (amount.start, amount.end) == (0, len(text))


@pytest.mark.parametrize("text", ["", "Sesame Oil", "Negligible", "(720 g)", "—"])
def test_no_amount(text):
    assert parse_amount(text) is None


def test_suspicious_number_is_kept():
    amount = parse_amount("11/2 cups", count_noun=False)
    assert amount.number.value == Fraction(3, 2)
    assert "without a space" in amount.number.suspicious


@pytest.mark.parametrize("name", sorted(MASS_GRAMS))
def test_mass_factors_agree_with_pint(name):
    assert float(MASS_GRAMS[name]) == pytest.approx(convert(1, name, "gram"), rel=1e-12)


@pytest.mark.parametrize("name", sorted(VOLUME_ML))
def test_volume_factors_agree_with_pint(name):
    assert float(VOLUME_ML[name]) == pytest.approx(convert(1, name, "milliliter"), rel=1e-12)


def test_every_mass_and_volume_unit_has_a_factor():
    for info in UNITS.values():
        if info.dimension == "mass":
            assert info.name in MASS_GRAMS
        elif info.dimension == "volume":
            assert info.name in VOLUME_ML


def test_base_value_converts_exactly():
    assert base_value(parse_amount("30 oz")) == base_value(parse_amount("1.875 lb"))
    assert base_value(parse_amount("12 tbsp")) == base_value(parse_amount("3/4 cup"))
    assert base_value(parse_amount("1 dozen")) == (12, "each")
    assert base_value(parse_amount("3 cloves")) == (3, "clove")
    assert base_value(parse_amount("to taste")) is None


def test_grams():
    assert grams(parse_amount("30 oz"), None) == pytest.approx(850.48569375)
    assert grams(parse_amount("18 tortillas (720 g)"), None) == 720
    mayonnaise = lookup("mayonnaise")
    assert grams(parse_amount("12 tbsp"), mayonnaise) == pytest.approx(
        12 * float(VOLUME_ML["tablespoon"]) * mayonnaise.density_g_per_ml)
    garlic = lookup("garlic")
    assert grams(parse_amount("3 cloves"), garlic) == 3 * garlic.unit_weights["clove"]
    shallot = lookup("shallots")
    assert grams(parse_amount("3 medium"), shallot) == 3 * shallot.unit_weights["medium"]
    assert grams(parse_amount("3"), shallot) == 3 * shallot.unit_weights["each"]
    assert grams(parse_amount("3 cans"), garlic) is None
    assert grams(parse_amount("to taste"), garlic) is None
    assert grams(parse_amount("1 cup"), None) is None
    # counts=False: only stated masses and volumes (CAL005 never guesses a size)
    assert grams(parse_amount("3 cloves"), garlic, counts=False) is None
    assert grams(parse_amount("12 tbsp"), mayonnaise, counts=False) == grams(parse_amount("12 tbsp"), mayonnaise)
    assert grams(parse_amount("18 tortillas (720 g)"), garlic, counts=False) == 720


_units = st.sampled_from(["g", "kg", "oz", "lb", "ml", "l", "cup", "cups", "tbsp", "tsp", "cloves", "medium"])
_numbers = st.one_of(
    st.integers(min_value=1, max_value=5000).map(str),
    st.tuples(st.integers(1, 9), st.sampled_from(["1/2", "1/3", "3/4", "2/3"])).map(lambda t: f"{t[0]} {t[1]}"),
    st.sampled_from(["½", "1½", "¾", "0.5", "2.25", "2-3", "2–3"]),
)


@given(_numbers, _units, st.one_of(st.none(), st.tuples(st.integers(1, 999), st.sampled_from(["g", "ml", "oz"]))))
def test_written_amounts_round_trip(number, unit, alternate):
    text = f"{number} {unit}"
    if alternate:
        text += f" ({alternate[0]} {alternate[1]})"
    amount = parse_amount(text + " Sesame Oil", count_noun=False)
    assert amount is not None
    assert (amount.start, amount.end) == (0, len(text))
    assert amount.unit is not None
    assert amount.number.text == number
    assert len(amount.alternates) == (1 if alternate else 0)
    if alternate:
        assert amount.alternates[0].number.value == alternate[0]


@given(st.text(max_size=40))
def test_never_raises_and_spans_stay_inside(text):
    for count_noun in (True, False):
        amount = parse_amount(text, count_noun=count_noun)
        if amount is not None:
            assert 0 <= amount.start <= amount.end <= len(text)
            for alternate in amount.alternates:
                assert amount.start <= alternate.start <= alternate.end <= amount.end
