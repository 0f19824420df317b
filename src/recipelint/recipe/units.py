"""Units of measure in recipe text, backed by a small pint registry.

Raw recipe text never reaches pint: its default registry reads ``pinch`` as
pico-inch, ``T`` as tesla, ``c`` as the speed of light and ``fl oz`` as
femtolitre-ounce. Instead every surface form ("Tbsp", "fl. oz.", "cloves")
is looked up in our own alias table, and pint only ever sees one of the
canonical names defined here, in a registry holding nothing else.

Three kinds of unit exist, reported as ``UnitInfo.dimension``:

- ``mass``: base gram; metric and avoirdupois units.
- ``volume``: base milliliter; metric and US customary units (US cup of
  236.5882365 ml).
- ``count``: things counted. Plain counts (``each``, ``piece``, the size
  words ``small``/``medium``/``large``, ``dozen``) share the base ``each``,
  so "6 medium" equals "6". Every container or portion word (``clove``,
  ``can``, ``pinch``...) is a pint dimension of its own, because a clove
  is not a can: 3 cloves compare with 3 cloves only.

Mass and volume are never interconverted here; that needs a density.

Importing this module does not import pint; the registry is built on first
use and takes a few milliseconds.
"""

from __future__ import annotations

import functools
import re
from fractions import Fraction
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import pint


class UnitInfo(NamedTuple):
    """A unit recognised in recipe text."""

    name: str
    """Canonical name, which is also the unit's name in the pint registry."""
    dimension: str
    """``"mass"``, ``"volume"`` or ``"count"``."""
    ambiguous: bool = False
    """The surface form could plausibly mean another unit (``T``, ``t``, ``c``)."""


class BaseQuantity(NamedTuple):
    """A quantity expressed in its base unit.

    Two quantities are comparable exactly when their ``unit`` is equal.
    """

    magnitude: float
    unit: str
    """``gram``, ``milliliter``, ``each``, or a counted thing like ``clove``."""


class UnitError(ValueError):
    """Base class for unit errors."""


class UnknownUnit(UnitError):
    """A unit name that is not one of our canonical names."""


class IncompatibleUnits(UnitError):
    """Two units measure different things (mass vs volume, clove vs can)."""


class _Unit(NamedTuple):
    name: str
    dimension: str
    definition: str
    words: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()


def _counted(name: str, words: tuple[str, ...], *abbreviations: str) -> _Unit:
    """A counted thing that is its own pint dimension."""
    return _Unit(name, "count", f"{name} = [{name}]", words, abbreviations)


# Ordered so that each definition only refers to units defined before it.
_UNITS = (
    _Unit("gram", "mass", "gram = [mass]",
          ("gram", "grams", "gramme", "grammes"),
          ("g", "gr", "grs", "gm", "gms")),
    _Unit("milligram", "mass", "milligram = gram / 1000",
          ("milligram", "milligrams", "milligramme", "milligrammes"), ("mg",)),
    _Unit("kilogram", "mass", "kilogram = 1000 * gram",
          ("kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo",
           "kilos"),
          ("kg", "kgs")),
    _Unit("pound", "mass", "pound = 453.59237 * gram",
          ("pound", "pounds"), ("lb", "lbs")),
    _Unit("ounce", "mass", "ounce = pound / 16",
          ("ounce", "ounces"), ("oz",)),
    _Unit("milliliter", "volume", "milliliter = [volume]",
          ("milliliter", "milliliters", "millilitre", "millilitres"),
          ("ml", "mls", "cc")),
    _Unit("centiliter", "volume", "centiliter = 10 * milliliter",
          ("centiliter", "centiliters", "centilitre", "centilitres"), ("cl",)),
    _Unit("deciliter", "volume", "deciliter = 100 * milliliter",
          ("deciliter", "deciliters", "decilitre", "decilitres"), ("dl",)),
    _Unit("liter", "volume", "liter = 1000 * milliliter",
          ("liter", "liters", "litre", "litres"), ("l", "lt", "ltr", "ltrs")),
    _Unit("cup", "volume", "cup = 236.5882365 * milliliter",
          ("cup", "cups"), ("c",)),
    _Unit("tablespoon", "volume", "tablespoon = cup / 16",
          ("tablespoon", "tablespoons"),
          ("tbsp", "tbsps", "tbs", "tb", "tbl", "tbls", "tblsp", "tblspn")),
    _Unit("teaspoon", "volume", "teaspoon = tablespoon / 3",
          ("teaspoon", "teaspoons"), ("tsp", "tsps", "tspn")),
    _Unit("fluid_ounce", "volume", "fluid_ounce = cup / 8",
          ("fluid ounce", "fluid ounces", "fl ounce", "fl ounces"),
          ("fl oz", "floz", "fluid oz")),
    _Unit("pint", "volume", "pint = 2 * cup",
          ("pint", "pints"), ("pt", "pts")),
    _Unit("quart", "volume", "quart = 2 * pint",
          ("quart", "quarts"), ("qt", "qts")),
    _Unit("gallon", "volume", "gallon = 4 * quart",
          ("gallon", "gallons"), ("gal", "gals")),
    _Unit("each", "count", "each = [count]",
          ("each", "count", "piece", "pieces", "whole", "small", "medium",
           "large"),
          ("ea", "ct", "pc", "pcs", "med", "lg")),
    _Unit("dozen", "count", "dozen = 12 * each", ("dozen", "dozens"), ("doz",)),
    _counted("clove", ("clove", "cloves")),
    _counted("thumb", ("thumb", "thumbs")),
    _counted("can", ("can", "cans", "tin", "tins")),
    _counted("jar", ("jar", "jars")),
    _counted("bottle", ("bottle", "bottles")),
    _counted("package", ("package", "packages", "pack", "packs", "packet",
                         "packets", "box", "boxes"), "pkg", "pkgs"),
    _counted("stick", ("stick", "sticks")),
    _counted("slice", ("slice", "slices")),
    _counted("pinch", ("pinch", "pinches")),
    _counted("dash", ("dash", "dashes")),
    _counted("bunch", ("bunch", "bunches")),
    _counted("sprig", ("sprig", "sprigs")),
    _counted("head", ("head", "heads")),
    _counted("handful", ("handful", "handfuls")),
)

UNITS: dict[str, UnitInfo] = {
    unit.name: UnitInfo(unit.name, unit.dimension) for unit in _UNITS
}
"""Every canonical unit, by name."""

ALIASES: dict[str, str] = {
    form: unit.name
    for unit in _UNITS
    for form in (unit.name, *unit.words, *unit.abbreviations)
}
"""Lowercased surface forms, dots removed, to canonical names."""

def _exact_factors() -> dict[str, Fraction]:
    """Each unit in its dimension's base unit (gram, milliliter, each, or itself), exactly.

    Read from the same definitions the pint registry is built from, so the tables that
    convert without importing pint (``amounts.MASS_GRAMS``…) cannot drift from it.
    """
    factors: dict[str, Fraction] = {}
    for unit in _UNITS:
        expression = unit.definition.split("=", 1)[1].strip()
        if expression.startswith("["):
            factors[unit.name] = Fraction(1)
        elif "*" in expression:
            number, other = (part.strip() for part in expression.split("*"))
            factors[unit.name] = Fraction(number) * factors[other]
        else:
            other, number = (part.strip() for part in expression.split("/"))
            factors[unit.name] = factors[other] / Fraction(number)
    return factors


BASE_FACTORS: dict[str, Fraction] = _exact_factors()
"""Exact factor from each unit to its dimension's base unit."""

CASE_SENSITIVE_ALIASES: dict[str, str] = {"t": "teaspoon", "T": "tablespoon"}
"""Forms whose case decides the unit; they win over ``ALIASES``."""

AMBIGUOUS_FORMS = frozenset({"t", "T", "c", "C"})
"""Forms a reader may misread: t/T differ only in case, c is also Celsius."""

_ABBREVIATIONS = frozenset(
    form.lower()
    for form in (*CASE_SENSITIVE_ALIASES,
                 *(form for unit in _UNITS for form in unit.abbreviations))
)

_LETTERS = r"[^\W\d_]+"
_ONE_WORD = re.compile(rf"({_LETTERS})(\.?)")
_TWO_WORDS = re.compile(rf"({_LETTERS})\.?[^\S\r\n]*({_LETTERS})(\.?)")
_HORIZONTAL_SPACE = re.compile(r"[^\S\r\n]*")
# A letter, digit or joiner right after a unit means it was part of a word
# ("cannellini", "T-bone", "T's").
_WORD_CONTINUES = re.compile(r"[\w\-'’]")


def _normalise(form: str) -> str:
    """Fold case, drop dots and collapse spaces: "Fl. Oz." -> "fl oz"."""
    return " ".join(form.replace(".", " ").split()).lower()


@functools.lru_cache(maxsize=4096)  # every word after a number is looked up: the same few hundred
def _info(form: str) -> UnitInfo | None:
    """Look up a surface form without a trailing dot, honouring case for t/T."""
    name = CASE_SENSITIVE_ALIASES.get(form) or ALIASES.get(_normalise(form))
    if name is None:
        return None
    return UNITS[name]._replace(ambiguous=form in AMBIGUOUS_FORMS)


def lookup_unit(token: str) -> UnitInfo | None:
    """Return the unit a whole token names ("Tbsp", "fl. oz.", "T"), if any."""
    stripped = token.strip().rstrip(".")
    return _info(stripped) if stripped else None


def match_unit(text: str, pos: int = 0) -> tuple[UnitInfo, int] | None:
    """Match a unit at ``text[pos:]``, after optional spaces.

    Returns the unit and the offset just past it (a dot after an
    abbreviation, as in "tsp.", is part of it). Only whole words match:
    "cannellini" is not "can", "Tomato" and "T-bone" are not "T".
    """
    start = _HORIZONTAL_SPACE.match(text, pos).end()
    two = _TWO_WORDS.match(text, start)
    if two:
        form = f"{two.group(1)} {two.group(2)}"
        found = _accept(text, form, two.end(2), two.group(3))
        if found:
            return found
    one = _ONE_WORD.match(text, start)
    if one:
        return _accept(text, one.group(1), one.end(1), one.group(2))
    return None


def _accept(text: str, form: str, end: int, dot: str) -> tuple[UnitInfo, int] | None:
    """Resolve ``form`` ending at ``end`` if it is a unit and a whole word."""
    info = _info(form)
    if info is None or _WORD_CONTINUES.match(text, end):
        return None
    if dot and _normalise(form) in _ABBREVIATIONS:
        end += 1
    return info, end


@functools.cache
def registry() -> pint.UnitRegistry:
    """The shared registry, built on first use."""
    return build_registry()


def build_registry() -> pint.UnitRegistry:
    """Build a pint registry holding only our units, with exact arithmetic.

    ``UnitRegistry(None)`` skips pint's default definitions file (about
    0.3 s to load); ``non_int_type=Fraction`` keeps factors such as
    236.5882365 exact, so 12 tbsp is exactly 0.75 cup.
    """
    import pint

    ureg = pint.UnitRegistry(None, non_int_type=Fraction)
    for unit in _UNITS:
        ureg.define(unit.definition)
    return ureg


def _name(unit: UnitInfo | str) -> str:
    """The canonical name of ``unit``; raise UnknownUnit for anything else."""
    name = unit.name if isinstance(unit, UnitInfo) else unit
    if name not in UNITS:
        raise UnknownUnit(f"unknown unit {name!r}; look it up with lookup_unit() first")
    return name


def convert(value: Fraction | float, from_unit: UnitInfo | str,
            to_unit: UnitInfo | str) -> float:
    """Convert ``value`` between two canonical units.

    Raises IncompatibleUnits across dimensions (mass and volume need a
    density, a clove is not a can) and UnknownUnit for names not in UNITS.
    """
    source, target = _name(from_unit), _name(to_unit)
    quantity = registry().Quantity(Fraction(value), source)
    from pint import DimensionalityError  # already loaded by registry()

    try:
        return float(quantity.to(target).magnitude)
    except DimensionalityError:
        raise IncompatibleUnits(_incompatibility(source, target)) from None


def to_base(value: Fraction | float, unit: UnitInfo | str) -> BaseQuantity:
    """Express ``value unit`` in grams, milliliters, each, or its own count."""
    base = registry().Quantity(Fraction(value), _name(unit)).to_root_units()
    return BaseQuantity(float(base.magnitude), str(base.units))


def _incompatibility(source: str, target: str) -> str:
    """Explain why two canonical units do not convert."""
    first, second = UNITS[source].dimension, UNITS[target].dimension
    if first == second:
        return f"cannot convert {source} to {target}: they count different things"
    return f"cannot convert {source} ({first}) to {target} ({second})"
