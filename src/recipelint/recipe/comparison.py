"""Whether two amounts state the same quantity, whatever units they are written in.

A calorie-table cell and its ingredient line, or an amount and its bracketed
alternate, often write one quantity two ways (``30 oz`` and ``1.875 lb``,
``18 tortillas (720 g)`` and ``18 Medium Flour Tortillas``). They are compared in
base units, and only when they measure the same kind of thing, so that a rule
stays silent rather than guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from recipelint.recipe.amounts import base_value
from recipelint.recipe.names import normalise_name, stem, words_of

if TYPE_CHECKING:
    from recipelint.recipe.amounts import Amount

_SIZE_WORDS = frozenset({"", "small", "medium", "large", "whole", "each", "count", "ea", "ct",
                         "med", "lg", "sm", "jumbo", "mini", "extra large", "x large"})

METRIC_UNITS = frozenset({"gram", "milligram", "kilogram", "milliliter", "centiliter", "deciliter", "liter"})
IMPERIAL_PINTS = {"pint": 568.26125, "quart": 1136.5225, "gallon": 4546.09, "fluid_ounce": 28.4130625}
"""British sizes of the units that differ between UK and US usage, in ml."""


# -- an amount against another ingredient's amount (ING003) ---------------------------


def _count_kind(amount: Amount, own_name: str, other_name: str) -> str:
    """What a count counts: "item" for plain counts, else the counted word."""
    unit = amount.unit
    if unit is not None and unit.name not in ("each", "dozen"):
        return unit.name
    text = amount.unit_text.lower().rstrip(".")
    if text in _SIZE_WORDS or unit is not None and unit.name == "dozen":
        return "item"
    noun = stem(text.split()[-1])
    if noun in ("piece", "pc"):
        return "piece"
    # "18 tortillas" counts the same things as "18 Medium Flour Tortillas".
    heads = {words[-1] for name in (own_name, other_name) if (words := words_of(normalise_name(name)))}
    return "item" if noun in heads else noun


@dataclass(frozen=True)
class Measure:
    """One reading of an amount in a base unit (gram, milliliter or what is counted)."""

    value_low: float
    value_high: float
    base: str
    approximate: bool
    same_unit_key: str

    @property
    def value(self) -> float:
        return (self.value_low + self.value_high) / 2


def _measures(amount: Amount, own_name: str, other_name: str) -> list[Measure]:
    """The amount and its alternates in base units, main amount first."""
    found = []
    for index, part in enumerate((amount, *amount.alternates)):
        base = base_value(part)
        if base is None or part.number is None:
            continue
        value, unit = base
        number = part.number
        factor = float(value / number.value) if number.value else 0.0
        if unit in ("each",) or part.dimension == "count":
            unit = _count_kind(part, own_name, other_name)
        unit_key = part.unit.name if part.unit else unit
        found.append(Measure(float(number.low) * factor, float(number.high) * factor, unit,
                             number.approximate, unit_key))
        if index == 0 and part.number.value == 0:
            return []
    return found


def _agree(a: Measure, b: Measure, tolerance: float) -> bool:
    if a.value_low <= b.value_high and b.value_low <= a.value_high:
        return True  # ranges overlap, or equal values
    tol = tolerance if a.same_unit_key != b.same_unit_key or a.approximate or b.approximate else 1e-9
    scale = max(abs(a.value), abs(b.value)) or 1.0
    return abs(a.value - b.value) <= tol * scale


def compare_amounts(first: Amount, first_name: str, second: Amount, second_name: str,
                    tolerance: float) -> tuple[Measure, Measure] | None:
    """The disagreeing pair of measures, or None when they agree or cannot be compared.

    They disagree only when some measures are comparable (same base) and none
    of the comparable pairs agree.
    """
    mine = _measures(first, first_name, second_name)
    theirs = _measures(second, second_name, first_name)
    comparable = [(a, b) for a in mine for b in theirs if a.base == b.base]
    if not comparable:
        return None
    if any(_agree(a, b, tolerance) for a, b in comparable):
        return None
    return comparable[0]


# -- an amount against its own alternate (ING004) --------------------------------------


def dual_values(amount: Amount) -> list[float]:
    """The amount in grams or millilitres: US reading first, then a British one."""
    base = base_value(amount)
    if base is None:
        return []
    values = [float(base[0])]
    if amount.unit is not None and amount.unit.name in IMPERIAL_PINTS and amount.number is not None:
        values.append(float(amount.number.value) * IMPERIAL_PINTS[amount.unit.name])
    return values


def unit_system(amount: Amount) -> str:
    """``metric`` or ``us``: conversions between the two are rounded on purpose."""
    return "metric" if amount.unit is not None and amount.unit.name in METRIC_UNITS else "us"
