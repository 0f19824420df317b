"""Reference energy data for common recipe ingredients.

The table lives in ``data/ingredients.csv`` (derived from USDA FoodData Central,
rebuilt by ``scripts/build_reference_data.py``; provenance in ``data/README.md``).
Nothing is read at import time: the first :func:`lookup` or :func:`all_foods`
call parses the CSV once and caches it, so a commit hook that never checks
calories never pays for it.

Lookup is exact, after :func:`normalise_name`; fuzzy matching belongs elsewhere.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType

from recipelint.recipe.names import normalise_name

__all__ = ["FoodReference", "all_foods", "lookup"]

_DATA_PACKAGE = "recipelint.recipe.data"
_DATA_FILE = "ingredients.csv"

#: Words that say how an ingredient was bought or sized, not what it is.
#: :func:`lookup` drops them only when the full name finds nothing, so a row
#: named "fresh mozzarella" would still win over "mozzarella".
QUALIFIER_WORDS = frozenset({"fresh", "organic", "small", "medium", "large", "jumbo", "mini"})



@dataclass(frozen=True)
class FoodReference:
    """One reference food: energy, and what is needed to turn a quantity into grams."""

    name: str
    synonyms: tuple[str, ...]
    kcal_per_100g: float
    #: Grams per millilitre, or None where a volume of the food is meaningless.
    density_g_per_ml: float | None
    #: Grams of one counted item, keyed by count word ("clove", "medium", "each").
    unit_weights: Mapping[str, float] = field(hash=False)
    #: Where the energy value comes from (an FDC food, or "curated: why").
    source: str
    #: Where density and unit weights come from; empty when there are none.
    portion_source: str = ""

    def kcal_for_grams(self, grams: float) -> float:
        """Energy of ``grams`` of this food."""
        return grams * self.kcal_per_100g / 100.0




def _parse_unit_weights(text: str) -> Mapping[str, float]:
    """Parse ``"clove=3|head=40"`` into a read-only mapping."""
    pairs = (item.split("=", 1) for item in text.split("|") if item)
    return MappingProxyType({unit.strip(): float(grams) for unit, grams in pairs})


def _food_from_row(row: Mapping[str, str]) -> FoodReference:
    """Build a FoodReference from one CSV row (columns as in data/README.md)."""
    density = row["density_g_per_ml"].strip()
    return FoodReference(
        name=row["name"],
        synonyms=tuple(s for s in row["synonyms"].split("|") if s),
        kcal_per_100g=float(row["kcal_per_100g"]),
        density_g_per_ml=float(density) if density else None,
        unit_weights=_parse_unit_weights(row["unit_weights"]),
        source=row["source"],
        portion_source=row["portion_source"],
    )


@functools.cache
def all_foods() -> tuple[FoodReference, ...]:
    """Every reference food, in table order (sorted by name). Parsed once, then cached."""
    text = resources.files(_DATA_PACKAGE).joinpath(_DATA_FILE).read_text(encoding="utf-8")
    # csv.reader plus one dict per row: half the time of csv.DictReader, same rows.
    rows = csv.reader(text.splitlines())
    header = next(rows)
    return tuple(_food_from_row(dict(zip(header, values))) for values in rows if values)


@functools.cache
def _index() -> Mapping[str, FoodReference]:
    """Normalised name and synonyms -> food. Uniqueness is enforced by the tests."""
    index: dict[str, FoodReference] = {}
    for food in all_foods():
        for alias in (food.name, *food.synonyms):
            index.setdefault(normalise_name(alias), food)
    return MappingProxyType(index)


def _candidates(name: str) -> list[str]:
    """Keys to try for ``name``, most specific first.

    1. The parenthetical kept as words: "Ground Pork (cooked)" -> "ground pork cooked",
       which names the cooked food when the table has it.
    2. The parenthetical dropped: "Flour Tortillas (medium, 40 g)" -> "flour tortilla".
    3. Then both again without leading qualifier words ("Organic Ground Pork",
       "Fresh Ginger", "Medium Flour Tortillas").
    """
    dropped = normalise_name(name)
    # An ASCII name without a "(" has no parenthetical to keep: both keys are the same.
    # (Not so outside ASCII: "⑴" and "（" decompose to brackets.)
    kept = normalise_name(name, keep_parenthetical=True) if "(" in name or not name.isascii() else dropped
    keys = [kept, dropped]
    for key in dict.fromkeys(keys):
        words = key.split()
        while len(words) > 1 and words[0] in QUALIFIER_WORDS:
            words = words[1:]
        keys.append(" ".join(words))
    return list(dict.fromkeys(key for key in keys if key))


@functools.lru_cache(maxsize=8192)
def lookup(name: str) -> FoodReference | None:
    """Find the reference food for an ingredient name, or None.

    Exact match on the normalised name or any synonym (see :func:`normalise_name`
    and :func:`_candidates` for what is tried). Parenthetical remarks are
    preparation or size notes ("(thinly sliced)", "(medium, 40 g)") unless,
    with their brackets removed, they complete a known name, as "(cooked)"
    does for "ground pork cooked".
    """
    index = _index()
    for key in _candidates(name):
        food = index.get(key)
        if food is not None:
            return food
    return None
