"""Tests for recipelint.recipe.units."""

import os
import subprocess
import sys
import time
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import recipelint
from recipelint.recipe.quantity import find_leading_quantity
from recipelint.recipe.units import (
    ALIASES,
    UNITS,
    BaseQuantity,
    IncompatibleUnits,
    UnitInfo,
    UnknownUnit,
    build_registry,
    convert,
    lookup_unit,
    match_unit,
    registry,
    to_base,
)


@pytest.mark.parametrize(
    ("token", "name", "dimension"),
    [
        ("tbsp", "tablespoon", "volume"),
        ("Tbsp", "tablespoon", "volume"),
        ("TBSP", "tablespoon", "volume"),
        ("tbsp.", "tablespoon", "volume"),
        ("tbs", "tablespoon", "volume"),
        ("tbl", "tablespoon", "volume"),
        ("TB", "tablespoon", "volume"),
        ("tablespoons", "tablespoon", "volume"),
        ("tsp", "teaspoon", "volume"),
        ("Teaspoons", "teaspoon", "volume"),
        ("cup", "cup", "volume"),
        ("Cups", "cup", "volume"),
        ("fl oz", "fluid_ounce", "volume"),
        ("fl. oz.", "fluid_ounce", "volume"),
        ("fl.oz", "fluid_ounce", "volume"),
        ("floz", "fluid_ounce", "volume"),
        ("fluid ounces", "fluid_ounce", "volume"),
        ("pints", "pint", "volume"),
        ("qt", "quart", "volume"),
        ("gal", "gallon", "volume"),
        ("ml", "milliliter", "volume"),
        ("mL", "milliliter", "volume"),
        ("cc", "milliliter", "volume"),
        ("cl", "centiliter", "volume"),
        ("dl", "deciliter", "volume"),
        ("l", "liter", "volume"),
        ("L", "liter", "volume"),
        ("litres", "liter", "volume"),
        ("liters", "liter", "volume"),
        ("g", "gram", "mass"),
        ("gr", "gram", "mass"),
        ("grams", "gram", "mass"),
        ("kg", "kilogram", "mass"),
        ("mg", "milligram", "mass"),
        ("oz", "ounce", "mass"),
        ("oz.", "ounce", "mass"),
        ("ounces", "ounce", "mass"),
        ("lb", "pound", "mass"),
        ("lbs", "pound", "mass"),
        ("Pounds", "pound", "mass"),
        ("cloves", "clove", "count"),
        ("Cloves", "clove", "count"),
        ("thumbs", "thumb", "count"),
        ("medium", "each", "count"),
        ("Large", "each", "count"),
        ("small", "each", "count"),
        ("pieces", "each", "count"),
        ("dozen", "dozen", "count"),
        ("cans", "can", "count"),
        ("sticks", "stick", "count"),
        ("slices", "slice", "count"),
        ("pinch", "pinch", "count"),
        ("dashes", "dash", "count"),
        ("bunches", "bunch", "count"),
        ("sprigs", "sprig", "count"),
        ("heads", "head", "count"),
        ("pkg", "package", "count"),
        ("handfuls", "handful", "count"),
    ],
)
def test_lookup_unit(token, name, dimension):
    assert lookup_unit(token) == UnitInfo(name, dimension, ambiguous=False)


@pytest.mark.parametrize(
    ("token", "name"),
    [("T", "tablespoon"), ("T.", "tablespoon"), ("t", "teaspoon"), ("t.", "teaspoon"),
     ("c", "cup"), ("C", "cup"), ("c.", "cup")],
)
def test_ambiguous_forms(token, name):
    assert lookup_unit(token) == UnitInfo(name, "volume", ambiguous=True)


@pytest.mark.parametrize(
    "token", ["", " ", ".", "pinches of", "tortillas", "eggs", "spoon", "x", "inch",
              "Tt", "fl", "#"],
)
def test_lookup_unknown(token):
    assert lookup_unit(token) is None


def test_alias_table_is_normalised_and_complete():
    for form, name in ALIASES.items():
        assert form == form.lower() and "." not in form, form
        assert lookup_unit(form).name == name
    for name in UNITS:
        assert ALIASES[name] == name


@pytest.mark.parametrize(
    ("text", "name", "end"),
    [
        ("tbsp Sesame Oil", "tablespoon", 4),
        (" tbsp Sesame Oil", "tablespoon", 5),
        ("Thumbs Fresh Ginger", "thumb", 6),
        ("Cloves Garlic (minced)", "clove", 6),
        ("oz Carrots (grated)", "ounce", 2),
        ("oz)", "ounce", 2),
        ("oz. bottle of Beer", "ounce", 3),
        ("tsp. salt", "teaspoon", 4),
        ("T. butter", "tablespoon", 2),
        ("T sugar", "tablespoon", 1),
        ("T Sugar", "tablespoon", 1),
        ("T, softened", "tablespoon", 1),
        ("t salt", "teaspoon", 1),
        ("fl oz milk", "fluid_ounce", 5),
        ("fl. oz. milk", "fluid_ounce", 7),
        ("fl.oz. milk", "fluid_ounce", 6),
        ("fluid ounces. Stir", "fluid_ounce", 12),
        ("cans cannellini beans", "can", 4),
        ("g flour", "gram", 1),
        ("g+", "gram", 1),
        ("lbs./500g", "pound", 4),
        ("Medium Flour Tortillas", "each", 6),
        ("\u00a0lbs\u00a0Shrimp", "pound", 4),
    ],
)
def test_match_unit(text, name, end):
    info, matched_end = match_unit(text)
    assert (info.name, matched_end) == (name, end)


@pytest.mark.parametrize(
    "text",
    ["Tomato", "T-bone steaks", "T's", "cannellini beans", "canned tomatoes",
     "gingerroot", "Shallots (thinly sliced)", "Mini Cucumbers", "tortillas",
     "large-ish", "", "   ", "(600 g)", "12 oz"],
)
def test_match_unit_needs_a_whole_unit_word(text):
    assert match_unit(text) is None


def test_match_unit_from_an_offset():
    line = "2 cans cannellini beans"
    number = find_leading_quantity(line)
    info, end = match_unit(line, number.end)
    assert (info.name, line[end:]) == ("can", " cannellini beans")


def _parse_cell(cell):
    """Read a calorie-table quantity such as "3 medium (150 g)"."""
    number = find_leading_quantity(cell)
    unit = match_unit(cell, number.end)
    name, end = (unit[0].name, unit[1]) if unit else ("each", number.end)
    inner = cell.find("(", end)
    weight = find_leading_quantity(cell[inner + 1:]) if inner >= 0 else None
    weight_unit = match_unit(cell[inner + 1:], weight.end)[0].name if weight else None
    return to_base(number.value, name), weight and to_base(weight.value, weight_unit)


@pytest.mark.parametrize(
    ("cell", "amount", "weight"),
    [
        ("30 oz", BaseQuantity(850.48569375, "gram"), None),
        ("18 tortillas (720 g)", BaseQuantity(18, "each"), BaseQuantity(720, "gram")),
        ("12 tbsp (180 g)", BaseQuantity(177.441177375, "milliliter"),
         BaseQuantity(180, "gram")),
        ("3 tbsp (45 ml)", BaseQuantity(44.36029434375, "milliliter"),
         BaseQuantity(45, "milliliter")),
        ("3 medium (150 g)", BaseQuantity(3, "each"), BaseQuantity(150, "gram")),
        ("6 (600 g)", BaseQuantity(6, "each"), BaseQuantity(600, "gram")),
        ("9 oz (255 g)", BaseQuantity(255.145708125, "gram"),
         BaseQuantity(255, "gram")),
        ("3 thumbs (36 g)", BaseQuantity(3, "thumb"), BaseQuantity(36, "gram")),
        ("3 cloves (9 g)", BaseQuantity(3, "clove"), BaseQuantity(9, "gram")),
    ],
)
def test_seed_recipe_quantity_cells(cell, amount, weight):
    assert _parse_cell(cell) == (pytest.approx(amount), pytest.approx(weight))


def test_exact_conversions():
    assert convert(30, "ounce", "pound") == 1.875
    assert convert(Fraction(12), "tablespoon", "cup") == 0.75
    assert convert(12, "tablespoon", "milliliter") == pytest.approx(177.441177375)
    assert convert(1, "cup", "fluid_ounce") == 8
    assert convert(1, "gallon", "liter") == pytest.approx(3.785411784)
    assert convert(3, "teaspoon", "tablespoon") == 1
    assert convert(1, "kilogram", "pound") == pytest.approx(2.20462262)
    assert convert(Fraction(1, 3), "cup", "tablespoon") == pytest.approx(16 / 3)
    assert convert(1.5, "liter", "deciliter") == 15


def test_convert_accepts_unit_info():
    assert convert(2, lookup_unit("T"), lookup_unit("tsp")) == 6


def test_counts_compare_by_what_is_counted():
    assert to_base(6, lookup_unit("medium")) == to_base(6, "each")
    assert to_base(1, "dozen") == BaseQuantity(12, "each")
    assert to_base(3, "clove") == BaseQuantity(3, "clove")
    assert convert(3, "clove", "clove") == 3


@pytest.mark.parametrize(
    ("source", "target", "message"),
    [
        ("gram", "cup", "cannot convert gram (mass) to cup (volume)"),
        ("tablespoon", "ounce", "cannot convert tablespoon (volume) to ounce (mass)"),
        ("clove", "can", "cannot convert clove to can: they count different things"),
        ("each", "clove", "cannot convert each to clove: they count different things"),
        ("pinch", "teaspoon", "cannot convert pinch (count) to teaspoon (volume)"),
    ],
)
def test_incompatible_units(source, target, message):
    with pytest.raises(IncompatibleUnits) as raised:
        convert(1, source, target)
    assert str(raised.value) == message


@pytest.mark.parametrize("name", ["tsp", "T", "inch", "pico_inch", ""])
def test_unknown_canonical_names(name):
    with pytest.raises(UnknownUnit):
        convert(1, name, "gram")
    with pytest.raises(UnknownUnit):
        to_base(1, name)


def test_registry_holds_only_our_units():
    assert set(registry()) == set(UNITS)
    assert registry() is registry()


def test_registry_builds_in_milliseconds():
    registry()  # pint itself is imported by now
    started = time.perf_counter()
    build_registry()
    assert time.perf_counter() - started < 0.1


def test_importing_units_does_not_import_pint():
    source = str(Path(recipelint.__file__).parents[1])
    path = os.pathsep.join([source, os.environ.get("PYTHONPATH", "")])
    env = {**os.environ, "PYTHONPATH": path}
    code = ("import sys, recipelint.recipe.units, recipelint.recipe.quantity; "
            "print('pint' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == "False"


_SAME_DIMENSION = st.sampled_from(["mass", "volume"]).flatmap(
    lambda dimension: st.tuples(*[st.sampled_from(
        sorted(name for name, info in UNITS.items() if info.dimension == dimension)
    )] * 2)
)


@given(st.fractions(min_value=0, max_value=10**6), _SAME_DIMENSION)
def test_conversion_round_trips(value, units):
    source, target = units
    there = convert(value, source, target)
    assert convert(there, target, source) == pytest.approx(float(value), rel=1e-12)


@given(st.text(), st.integers(min_value=0, max_value=50))
def test_unit_matching_never_raises(text, pos):
    lookup_unit(text)
    found = match_unit(text, min(pos, len(text)))
    if found:
        assert min(pos, len(text)) < found[1] <= len(text)
